// Markdown bodies may contain raw HTML, and Astro's Markdown renderer (Sätteri) passes it to the page
// unchanged, `javascript:` links included. Frontmatter strings are safe (Astro escapes every
// {expression}, and no template renders them with set:html), but a body is HTML the editor writes.
// The site needs no HTML in content at all: Markdown says everything a page needs, and a denylist of
// dangerous HTML always misses something (`<svg><animate values="javascript:…">`). So the content
// check refuses every raw HTML element and comment, with file and line, before the build; elements
// that run code or load other pages get their own message. Links in Markdown are checked too. The
// Content-Security-Policy would block most of it anyway; this keeps it off the page and says where.
//
// The body is parsed with Sätteri itself, the parser Astro renders it with, so "raw HTML" means
// exactly what reaches the page: `<script>` in a code block or `inline code` is shown as text and
// is not reported, while HTML that a Markdown trick hides from a simpler scan is.
import { markdownToMdast } from 'satteri';

/** One unsafe thing in a body. */
export interface UnsafeHtml {
	/** 1-based line within the body. */
	line: number;
	/** What was found, quoted briefly. */
	found: string;
	/** Why it is refused and what to do instead. */
	expected: string;
}

/** Elements that run code, embed other pages, or change how the page loads or where forms go. */
export const FORBIDDEN_ELEMENTS: readonly string[] = [
	'script',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'base',
	'meta',
	'link',
	'style',
	'form',
];

// Attributes holding a URL; in the first set a data: URL is refused too (it would be a link or a
// document), in the second it is an image and allowed.
const LINK_ATTRIBUTES = new Set(['href', 'action', 'formaction', 'xlink:href', 'data']);
const IMAGE_ATTRIBUTES = new Set(['src', 'srcset', 'poster']);

const SCRIPT_SCHEME = /^(javascript|vbscript):/i;
const DATA_SCHEME = /^data:/i;
const NAMED_ENTITIES: Record<string, string> = {
	colon: ':',
	tab: '\t',
	newline: '\n',
	sol: '/',
	lpar: '(',
	rpar: ')',
	amp: '&',
};

/**
 * A URL as a browser reads its scheme: HTML entities decoded (in raw HTML the browser decodes
 * them), then ASCII whitespace and control characters removed (browsers skip them in a scheme).
 * @example urlForSchemeCheck('java&#115;cript:alert(1)') // 'javascript:alert(1)'
 */
export function urlForSchemeCheck(url: string): string {
	const decoded = url
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
			String.fromCodePoint(Number.parseInt(hex, 16)),
		)
		.replace(/&#(\d+);?/g, (_, decimal: string) =>
			String.fromCodePoint(Number.parseInt(decimal, 10)),
		)
		.replace(
			/&([a-z]+);/gi,
			(entity, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? entity,
		);
	return decoded.replace(/[\u0000-\u0020\u007f]/g, '');
}

/** Why a URL is refused, or undefined when it is fine. `isLink` is false for image sources. */
function urlProblem(url: string, isLink: boolean): string | undefined {
	const scheme = urlForSchemeCheck(url);
	if (SCRIPT_SCHEME.test(scheme))
		return 'a web address starting with https:// or a site path starting with /; script addresses (javascript:) are not allowed';
	if (isLink && DATA_SCHEME.test(scheme))
		return 'a web address starting with https:// or a site path starting with /; data: addresses are not allowed in links';
	return undefined;
}

const brief = (text: string) => {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	return `“${oneLine.length > 70 ? `${oneLine.slice(0, 67)}…` : oneLine}”`;
};

/** Problems in one piece of raw HTML (a Markdown `html` node), each with its line offset within the piece. */
export function findUnsafeInRawHtml(
	html: string,
): { lineOffset: number; found: string; expected: string }[] {
	const found: { lineOffset: number; found: string; expected: string }[] = [];
	for (const match of html.matchAll(/<!--/g)) {
		found.push({
			lineOffset: html.slice(0, match.index).split('\n').length - 1,
			found: brief(html.slice(match.index, match.index + 40)),
			expected:
				'no HTML comments: readers can see them in the page source; put notes for editors in “What needs confirming”',
		});
	}
	// Tags, which may span lines; quoted attribute values may hold ">".
	for (const match of html.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/g)) {
		const [tag, rawName = '', attributes = ''] = match;
		const lineOffset = html.slice(0, match.index).split('\n').length - 1;
		const report = (expected: string) => found.push({ lineOffset, found: brief(tag), expected });
		const name = rawName.toLowerCase();
		if (FORBIDDEN_ELEMENTS.includes(name)) {
			report(
				`no <${name}> in content: write it in Markdown, and ask the web team for anything that needs code or an embed`,
			);
			continue;
		}
		report(
			'no HTML in content: write it in Markdown, and ask the web team for anything Markdown cannot do',
		);
		for (const attribute of attributes.matchAll(
			/([^\s=/>"']+)\s*(?:=\s*("([^"]*)"|'([^']*)'|[^\s"'>]+))?/g,
		)) {
			const attributeName = (attribute[1] ?? '').toLowerCase();
			const value = attribute[3] ?? attribute[4] ?? attribute[2] ?? '';
			if (/^on[a-z]+$/.test(attributeName))
				report(`no ${attributeName}= attribute: content cannot run scripts`);
			else if (LINK_ATTRIBUTES.has(attributeName) || IMAGE_ATTRIBUTES.has(attributeName)) {
				const problem = urlProblem(value, LINK_ATTRIBUTES.has(attributeName));
				if (problem) report(problem);
			}
		}
	}
	return found;
}

/** The parts of a Sätteri mdast node this check reads. */
interface MdastNode {
	type: string;
	value?: string;
	url?: string;
	position?: { start: { line: number } };
	children?: MdastNode[];
}

/**
 * Finds raw HTML and unsafe links in a Markdown body: every HTML element and comment (with a
 * reason of its own for elements that run code and `on…` handlers), `javascript:`/`vbscript:` URLs
 * anywhere, and `data:` URLs in links (images may use them). Lines are 1-based within the body.
 */
export function findUnsafeHtml(body: string): UnsafeHtml[] {
	const found: UnsafeHtml[] = [];
	const root = markdownToMdast(body, { features: { frontmatter: false } }) as unknown as MdastNode;
	const visit = (node: MdastNode) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'html' && node.value) {
			for (const item of findUnsafeInRawHtml(node.value))
				found.push({ line: line + item.lineOffset, found: item.found, expected: item.expected });
		} else if (
			(node.type === 'link' || node.type === 'definition' || node.type === 'image') &&
			node.url !== undefined
		) {
			const problem = urlProblem(node.url, node.type !== 'image');
			if (problem) found.push({ line, found: brief(node.url), expected: problem });
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(root);
	return found.sort((a, b) => a.line - b.line);
}
