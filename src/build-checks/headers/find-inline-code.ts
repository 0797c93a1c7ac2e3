// Finds everything in a built page that a Content-Security-Policy treats as inline code:
// <script> and <style> text, style="…" attributes, on…="…" handlers and javascript: URLs.
import { attribute, textOf, type HtmlNode } from '../dist/html-tree.ts';
import { asDocument, type HtmlDocument } from '../dist/read-built-site.ts';
import { allowsAnyInline, allowsInline, cspHash, type Csp, type InlineDirective } from './csp.ts';

/** One piece of inline code in a page. */
export interface InlineCode {
	directive: InlineDirective;
	/** What it is, e.g. `<script type="module">`, `style attribute on <td>`. */
	what: string;
	/** The exact text the browser hashes. */
	content: string;
	/** Its CSP hash source, e.g. `'sha256-…'`. */
	hash: string;
	/** 1-based line in the page. */
	line: number;
}

// Script types a browser runs (and so CSP governs); any other type is a data block, e.g.
// application/json, which is never executed. https://html.spec.whatwg.org/#prepare-the-script-element
const RUNNABLE_SCRIPT_TYPE =
	/^((text|application)\/(x-)?(java|ecma)script|text\/(jscript|livescript)|module|importmap|speculationrules)$/i;

/** Whether a <script type> value makes the element run (and so subject to CSP). */
export function isRunnableScriptType(type: string | undefined): boolean {
	const value = (type ?? '').trim();
	return value === '' || RUNNABLE_SCRIPT_TYPE.test(value);
}

/**
 * Lists the inline code of one HTML page (its HTML, or the tree the built-site reader parsed).
 * Parsed with scripting off, so `<noscript>` contents count (their styles apply when JavaScript
 * is off), and walks `<template>` contents too.
 */
export function findInlineCode(html: string | HtmlDocument): InlineCode[] {
	const found: InlineCode[] = [];
	const add = (directive: InlineDirective, what: string, content: string, line: number) =>
		found.push({ directive, what, content, hash: cspHash(content), line });
	const visit = (node: HtmlNode) => {
		if ('tagName' in node) {
			const line = node.sourceCodeLocation?.startLine ?? 0;
			if (
				node.tagName === 'script' &&
				attribute(node, 'src') === undefined &&
				isRunnableScriptType(attribute(node, 'type'))
			) {
				const type = attribute(node, 'type');
				add('script-src-elem', type ? `<script type="${type}">` : '<script>', textOf(node), line);
			}
			if (node.tagName === 'style') add('style-src-elem', '<style>', textOf(node), line);
			for (const { name, value } of node.attrs) {
				if (name === 'style')
					add('style-src-attr', `style attribute on <${node.tagName}>`, value, line);
				else if (/^on[a-z]+$/i.test(name))
					add('script-src-attr', `${name} attribute on <${node.tagName}>`, value, line);
				else if (
					['href', 'src', 'action', 'formaction'].includes(name) &&
					/^\s*javascript:/i.test(value)
				) {
					// A javascript: URL runs as inline script; browsers check it against script-src-elem's list with 'unsafe-inline'.
					add('script-src-elem', `javascript: URL in ${name} of <${node.tagName}>`, value, line);
				}
			}
		}
		if ('content' in node) visit(node.content);
		if ('childNodes' in node) for (const child of node.childNodes) visit(child);
	};
	visit(asDocument(html));
	return found;
}

/** The inline code a policy would block. */
export function blockedInlineCode(code: readonly InlineCode[], policy: Csp): InlineCode[] {
	return code.filter((item) =>
		// A hash never allows a javascript: URL; only 'unsafe-inline' lets one run.
		item.what.startsWith('javascript:')
			? !allowsAnyInline(policy, item.directive)
			: !allowsInline(policy, item.directive, item.content),
	);
}
