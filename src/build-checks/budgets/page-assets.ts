// What a built page asks the browser to download before anyone touches it: stylesheets, scripts,
// preloads and images, read from its HTML. The weight budgets (check-budgets.ts) are sums over these.
import { attribute, textOf, type HtmlNode } from '../dist/html-tree.ts';
import { asDocument, type HtmlDocument } from '../dist/read-built-site.ts';
import { isRunnableScriptType } from '../headers/find-inline-code.ts';

/** A `<link rel="stylesheet">`. */
export interface StylesheetReference {
	href: string;
	/** Its `media`, '' when absent. */
	media: string;
	/** Blocks rendering: every stylesheet except `media="print"` (the budget's rule; see README). */
	renderBlocking: boolean;
}

/** An `<img>`, or a `<source>` of a `<picture>`, with what the image budget needs. */
export interface ImageReference {
	tag: 'img' | 'source';
	src: string | undefined;
	srcset: string | undefined;
	sizes: string | undefined;
	width: string | undefined;
	height: string | undefined;
	/** 1-based line in the page. */
	line: number;
}

/** Everything a page references that counts towards its weight. */
export interface PageAssets {
	stylesheets: StylesheetReference[];
	/** `src` of every runnable `<script src>`, plus `<link rel="modulepreload">` (also fetched at load). */
	scripts: string[];
	/** Text of every runnable inline `<script>`. */
	inlineScripts: string[];
	/** Text of every `<style>`. */
	inlineStyles: string[];
	images: ImageReference[];
}

/**
 * Reads the assets of one page (its HTML, or the tree the built-site reader parsed). `<template>`
 * and `<noscript>` contents are skipped: the browser, with scripting on, loads neither.
 */
export function collectPageAssets(html: string | HtmlDocument): PageAssets {
	const assets: PageAssets = {
		stylesheets: [],
		scripts: [],
		inlineScripts: [],
		inlineStyles: [],
		images: [],
	};
	const visit = (node: HtmlNode, inPicture: boolean) => {
		if ('tagName' in node) {
			const rel = (attribute(node, 'rel') ?? '').toLowerCase().split(/\s+/);
			if (node.tagName === 'link' && rel.includes('stylesheet') && attribute(node, 'href')) {
				const media = (attribute(node, 'media') ?? '').trim();
				assets.stylesheets.push({
					href: attribute(node, 'href') ?? '',
					media,
					renderBlocking: media.toLowerCase() !== 'print',
				});
			} else if (
				node.tagName === 'link' &&
				rel.includes('modulepreload') &&
				attribute(node, 'href')
			) {
				assets.scripts.push(attribute(node, 'href') ?? '');
			} else if (node.tagName === 'script' && isRunnableScriptType(attribute(node, 'type'))) {
				const src = attribute(node, 'src');
				if (src !== undefined) assets.scripts.push(src);
				else assets.inlineScripts.push(textOf(node));
			} else if (node.tagName === 'style') {
				assets.inlineStyles.push(textOf(node));
			} else if (node.tagName === 'img' || (node.tagName === 'source' && inPicture)) {
				assets.images.push({
					tag: node.tagName,
					src: attribute(node, 'src'),
					srcset: attribute(node, 'srcset'),
					sizes: attribute(node, 'sizes'),
					width: attribute(node, 'width'),
					height: attribute(node, 'height'),
					line: node.sourceCodeLocation?.startLine ?? 0,
				});
			}
			if (node.tagName === 'template' || node.tagName === 'noscript') return;
		}
		const picture = inPicture || ('tagName' in node && node.tagName === 'picture');
		if ('childNodes' in node) for (const child of node.childNodes) visit(child, picture);
	};
	// The shared tree is parsed with scripting off, so <noscript> holds elements: skipped above, as
	// in the browsers the budgets are for (scripting on), where its content is never loaded.
	visit(asDocument(html), false);
	return assets;
}

/**
 * The module specifiers a built JavaScript file imports statically (`import … from "x"`,
 * `import "x"`, `export … from "x"`), which the browser fetches before running it. Dynamic
 * `import("x")` is left out: it loads on demand (Pagefind on the search page, for instance).
 * Written for bundler output, where strings and comments do not contain import statements.
 * @example staticImports('import{a as e}from"./chunk.js";e()') // ['./chunk.js']
 */
export function staticImports(code: string): string[] {
	const specifiers: string[] = [];
	const pattern =
		/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/g;
	for (const match of code.matchAll(pattern)) specifiers.push(match[2] ?? '');
	return specifiers;
}

/** `@import` targets in a stylesheet (render-blocking like the sheet itself). */
export function cssImports(css: string): string[] {
	return [...css.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/g)].map(
		(match) => match[2] ?? '',
	);
}
