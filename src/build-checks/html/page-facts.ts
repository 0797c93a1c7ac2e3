// Facts every public page must state in its HTML, read from the built files (no browser needed):
// a language on <html>, exactly one level-1 heading and exactly one main landmark (STYLE §2.6:
// layouts own the landmarks). Axe checks the same in a browser with its own rules; this names the
// file and runs in a second. Add a fact here when it can be read from the HTML alone.
import { attribute, type HtmlElement, type HtmlNode } from '../dist/html-tree.ts';
import type { BuiltPage } from '../dist/read-built-site.ts';

/** One fact a page gets wrong. */
export interface PageFactProblem {
	/** Relative to the build folder, e.g. `about/index.html`. */
	file: string;
	message: string;
}

/** Pages that are not public pages of the site: the CMS admin shell (Decap draws its own page). */
export const PAGE_FACT_EXEMPT: readonly string[] = ['/admin/'];

// A BCP 47 tag as HTML pages write one, e.g. `en`, `en-GB`.
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Elements a reader meets: everything except `<template>` contents (never shown), `<noscript>`
 * contents (not shown when scripts run) and subtrees marked `hidden` or `aria-hidden="true"`.
 */
function visibleElements(node: HtmlNode): HtmlElement[] {
	const found: HtmlElement[] = [];
	const visit = (current: HtmlNode) => {
		if ('tagName' in current) {
			if (current.tagName === 'template' || current.tagName === 'noscript') return;
			if (
				attribute(current, 'hidden') !== undefined ||
				attribute(current, 'aria-hidden') === 'true'
			)
				return;
			found.push(current);
		}
		if ('childNodes' in current) for (const child of current.childNodes) visit(child);
	};
	visit(node);
	return found;
}

/**
 * Level-1 headings as the accessibility tree sees them: `<h1>`…`<h6>` or `role="heading"`, at
 * `aria-level` when given, else at the tag's level (`role="heading"` alone is level 2, as in ARIA).
 */
function isLevelOneHeading(element: HtmlElement): boolean {
	const role = attribute(element, 'role');
	const tagLevel = /^h([1-6])$/.exec(element.tagName)?.[1];
	if (role !== undefined ? role !== 'heading' : tagLevel === undefined) return false;
	return (attribute(element, 'aria-level') ?? tagLevel ?? '2') === '1';
}

/** Main landmarks: `<main>` (with no other role), or `role="main"`. */
function isMain(element: HtmlElement): boolean {
	const role = attribute(element, 'role');
	return role === 'main' || (element.tagName === 'main' && role === undefined);
}

/** The facts one page gets wrong (none for exempt pages). */
export function findPageFactProblems(
	page: Pick<BuiltPage, 'file' | 'path' | 'document'>,
): PageFactProblem[] {
	if (PAGE_FACT_EXEMPT.some((prefix) => page.path.startsWith(prefix))) return [];
	const problems: PageFactProblem[] = [];
	const problem = (message: string) => problems.push({ file: page.file, message });
	const html = page.document.childNodes.find(
		(node): node is HtmlElement => 'tagName' in node && node.tagName === 'html',
	);
	const lang = html && attribute(html, 'lang');
	if (!lang) problem('<html> has no lang attribute');
	else if (!LANGUAGE_TAG.test(lang))
		problem(`<html lang="${lang}"> is not a language tag such as en-GB`);
	const elements = visibleElements(page.document);
	const headings = elements.filter(isLevelOneHeading).length;
	if (headings !== 1) problem(`has ${headings} level-1 headings; every page has exactly one <h1>`);
	const mains = elements.filter(isMain).length;
	if (mains !== 1) problem(`has ${mains} main landmarks; every page has exactly one <main>`);
	return problems;
}
