import { type HtmlElement, type HtmlNode } from '../dist/html-tree.ts';
import { asDocument, type HtmlDocument } from '../dist/read-built-site.ts';

/** What one built page links to and which fragments it offers. */
export interface PageFacts {
	/** Every URL found in `href`, `src`, `srcset` and `poster`, as written. */
	links: string[];
	/** Every `id`, plus `name` of `<a>` elements: the targets a `#fragment` can reach. */
	anchors: Set<string>;
}

/** One link that leads nowhere. */
export interface BrokenLink {
	/** The page the link is on, relative to the build folder, e.g. `about/index.html`. */
	page: string;
	/** The URL as written in the page. */
	link: string;
	/** Why it is broken, in a sentence. */
	reason: string;
}

/** How the site writes directory URLs; mirrors `trailingSlash` in astro.config.mjs. */
export type TrailingSlash = 'always' | 'ignore';

// Attributes that hold one URL. `href` also covers SVG `<use>`, `<link>` and `<area>`.
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster']);

// Any scheme (`https:`, `mailto:`, `tel:`, `javascript:`…) or `//host` leaves the site: not ours to check.
const LEAVES_THE_SITE = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

// Folders written by build steps after `astro build`; the hint says which step when they are missing.
const LATER_STEP_HINTS: [prefix: string, hint: string][] = [
	[
		'pagefind/',
		'Pagefind writes /pagefind/ after astro build: run `npm run build`, not `astro build`.',
	],
	[
		'admin/',
		'The CMS bundle in /admin/ is generated, not committed: run its build step before building.',
	],
];

// Base for resolving relative links; the host never appears in output.
const BASE = 'https://site.invalid/';

/** Splits a `srcset` value into its URLs (each candidate is "URL [descriptor]"). */
export function srcsetUrls(srcset: string): string[] {
	return srcset
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

/**
 * Lists the links and fragment targets of one HTML page (its HTML, or the tree the built-site
 * reader parsed). Parsed with scripting off so links inside `<noscript>` are seen as elements,
 * and walks `<template>` contents too.
 */
export function collectPageFacts(html: string | HtmlDocument): PageFacts {
	const facts: PageFacts = { links: [], anchors: new Set() };
	const visit = (node: HtmlNode) => {
		if ('tagName' in node) collectFromElement(node, facts);
		if ('content' in node) visit(node.content);
		if ('childNodes' in node) for (const child of node.childNodes) visit(child);
	};
	visit(asDocument(html));
	return facts;
}

function collectFromElement(element: HtmlElement, facts: PageFacts): void {
	// `<base href>` changes how other links resolve; Astro never writes one, so it is not followed.
	if (element.tagName === 'base') return;
	for (const attribute of element.attrs) {
		if (URL_ATTRIBUTES.has(attribute.name)) facts.links.push(attribute.value.trim());
		else if (attribute.name === 'srcset') facts.links.push(...srcsetUrls(attribute.value));
		else if (attribute.name === 'id' && attribute.value) facts.anchors.add(attribute.value);
		// The HTML spec lets a fragment reach `<a name>` as well as any `id`.
		else if (attribute.name === 'name' && element.tagName === 'a' && attribute.value)
			facts.anchors.add(attribute.value);
	}
}

/** Where a link points inside the build folder, or `undefined` when it leaves the site. */
export interface LinkTarget {
	/** Path relative to the build folder, without leading slash; ends with `/` for directory URLs. */
	path: string;
	/** The decoded fragment without `#`, or '' when there is none. */
	fragment: string;
}

/** Resolves a link written on `page` (e.g. `about/index.html`) against the site root. */
export function resolveLink(link: string, page: string): LinkTarget | undefined {
	if (LEAVES_THE_SITE.test(link)) return undefined;
	let url: URL;
	try {
		url = new URL(link, BASE + page);
	} catch {
		return { path: link, fragment: '' }; // unparseable: reported as a missing file
	}
	// Browsers read `\\host` like `//host`: the URL parser says where it really goes.
	if (url.origin !== new URL(BASE).origin) return undefined;
	return { path: safeDecode(url.pathname).slice(1), fragment: safeDecode(url.hash.slice(1)) };
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text; // a malformed escape is then reported as a missing file, with the raw text
	}
}

/**
 * Finds every internal link whose file is not in the build or whose `#fragment`
 * names no element on the target page.
 * @param pages Every HTML page: path relative to the build folder (with `/`) → its HTML or parsed tree.
 * @param files Every file in the build folder, same form; includes the pages.
 * @param trailingSlash With `always`, `/about` is broken even when `/about/index.html` exists,
 *   because the host serves directory pages only at their slash URL.
 */
export function findBrokenLinks(
	pages: ReadonlyMap<string, string | HtmlDocument>,
	files: ReadonlySet<string>,
	trailingSlash: TrailingSlash = 'always',
): BrokenLink[] {
	const facts = new Map<string, PageFacts>();
	const factsOf = (page: string) => {
		let found = facts.get(page);
		if (!found) facts.set(page, (found = collectPageFacts(pages.get(page) ?? '')));
		return found;
	};

	const broken: BrokenLink[] = [];
	for (const page of [...pages.keys()].sort()) {
		for (const link of new Set(factsOf(page).links)) {
			// An empty href or a bare "#" points at the page itself.
			if (link === '' || link === '#') continue;
			const target = resolveLink(link, page);
			if (!target) continue;
			const reason = checkTarget(target, files, pages, factsOf, trailingSlash);
			if (reason) broken.push({ page, link, reason });
		}
	}
	return broken;
}

function checkTarget(
	target: LinkTarget,
	files: ReadonlySet<string>,
	pages: ReadonlyMap<string, string | HtmlDocument>,
	factsOf: (page: string) => PageFacts,
	trailingSlash: TrailingSlash,
): string | undefined {
	const isDirectory = target.path === '' || target.path.endsWith('/');
	let file = isDirectory ? `${target.path}index.html` : target.path;
	if (!files.has(file)) {
		const directoryPage = `${target.path}/index.html`;
		if (!isDirectory && files.has(directoryPage)) {
			if (trailingSlash === 'always')
				return `“/${target.path}” needs a trailing slash: the page is at “/${target.path}/”.`;
			file = directoryPage;
		} else {
			const hint = LATER_STEP_HINTS.find(([prefix]) => target.path.startsWith(prefix))?.[1];
			return `No file “${file}” in the build.${hint ? ` ${hint}` : ''}`;
		}
	}
	// The spec scrolls to the top for an empty fragment or "#top" even without such an element.
	if (!target.fragment || target.fragment.toLowerCase() === 'top') return undefined;
	// `#/collections/…` is a route inside a script-driven app (the CMS admin), not an element id.
	if (target.fragment.startsWith('/')) return undefined;
	// Fragments in PDFs or images mean something else (e.g. #page=2): only HTML pages are checked.
	if (!pages.has(file)) return undefined;
	if (!factsOf(file).anchors.has(target.fragment))
		return `No element with id “${target.fragment}” on “${file}”.`;
	return undefined;
}

/** Formats broken links for a terminal, grouped by page. */
export function formatBrokenLinks(broken: readonly BrokenLink[], buildFolder: string): string {
	const byPage = Map.groupBy(broken, (item) => item.page);
	return [...byPage]
		.map(
			([page, items]) =>
				`${buildFolder}/${page}\n${items.map((item) => `    ${item.link}\n        ${item.reason}`).join('\n')}`,
		)
		.join('\n');
}
