import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

/*
 * Marks the first use of each glossary acronym in a Markdown or MDX body as
 *   <a href="/glossary/<id>/" class="app-glossary-link"><abbr title="<expansion>">CSE</abbr></a>
 *
 * Astro 7 renders Markdown with Sätteri, not unified: `markdown.rehypePlugins` only runs if
 * `@astrojs/markdown-remark` is installed and replaces the whole pipeline. Sätteri's "hast
 * plugins" see the same HTML tree a rehype plugin sees, so this is a rehype plugin in all
 * but registration: `markdown.processor: satteri({ hastPlugins: [...] })` in astro.config.mjs.
 * MDX inherits that processor (`@astrojs/mdx` `extendMarkdownConfig`, on by default).
 * Astro templates never pass through it, so only content bodies are marked.
 *
 * Which terms are marked (`isMarkableAcronym`):
 * - glossary entries with `isAcronym: true` (the default), two or more characters, no spaces;
 * - not a title in SKIPPED_TITLES: all-capital titles that spell an everyday English word
 *   ("DO", "PEP"), the site's own name, and two-letter titles with a common other meaning ("PA").
 * Matching is case-sensitive and whole-word: "CSE" matches "CSE", "CSE’s" and the plural "CSEs"
 * (the abbr then holds "CSEs"), but not "cse", "CSEA" or "CP-IS". Letters, digits, "&", "_"
 * and "-" next to it make it part of a longer word.
 *
 * Where: text inside p, li, td or dd only, and never inside headings, links, code, existing
 * abbr, form controls, summary, dt, th, captions, or inside an MDX component used within a
 * paragraph (we cannot know what it renders: a link inside a link is invalid). A component
 * that wraps whole paragraphs (e.g. <Callout>) is fine: its paragraphs are ordinary paragraphs.
 * "First use" is per document in reading order; an existing <abbr> for the term counts as its
 * first use. Each page renders one body, so per document is per page.
 */

/** A glossary entry as the plugin needs it (see `load-glossary-terms.ts`). */
export interface GlossaryTerm {
	/** The entry id: its page is `/glossary/<id>/`. */
	id: string;
	/** The acronym as written, matched case-sensitively. */
	title: string;
	/** The meaning used in the abbr title; for acronyms with other meanings, the entry's main one. */
	expansion: string;
	isAcronym: boolean;
}

/**
 * Glossary titles never marked in text, with the reason. All-capital titles that spell an
 * everyday word could be a shouted word ("DO NOT", "SEND"); two-letter ones could mean
 * something else. Add a title here when a new glossary entry is one of those.
 */
export const SKIPPED_TITLES: ReadonlyMap<string, string> = new Map([
	['DO', 'an English word'],
	['HE', 'an English word'],
	['PAR', 'an English word'],
	['PEP', 'an English word'],
	['RAG', 'an English word'],
	['SIN', 'an English word'],
	['SMART', 'an English word'],
	['AC', 'also air conditioning or alternating current'],
	['EA', 'also the Environment Agency'],
	['NE', 'also a compass direction in addresses'],
	['PA', 'personal adviser or personal assistant'],
	// The site's own name is in every page's header: marking it in every body is noise.
	['RSCP', 'the site’s own name'],
]);

/** Whether a glossary term is marked in text; the rule is described at the top of this file. */
export function isMarkableAcronym(term: GlossaryTerm): boolean {
	return (
		term.isAcronym &&
		term.title.length >= 2 &&
		!/\s/.test(term.title) &&
		!SKIPPED_TITLES.has(term.title)
	);
}

/** The parts of a hast (or MDX hast) node this plugin reads; structural, so it fits both trees. */
export interface TreeNode {
	type: string;
	/** HTML elements. */
	tagName?: string;
	/** MDX JSX elements: `Callout`, `a`, or null for a fragment. */
	name?: string | null;
	value?: string;
	properties?: Record<string, unknown>;
	children?: TreeNode[];
}

/** One text node to swap for text and marked acronyms. */
export interface GlossaryMark {
	node: TreeNode;
	replacement: TreeNode[];
}

/** Text in these (and their descendants) is where a glossary link may go. */
const CONTAINERS = new Set(['p', 'li', 'td', 'dd']);

/** Never marked inside: headings, links, code, form controls and labels of other things. */
const SKIPPED_ELEMENTS = new Set([
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'a',
	'abbr',
	'code',
	'pre',
	'kbd',
	'samp',
	'var',
	'script',
	'style',
	'svg',
	'math',
	'button',
	'label',
	'select',
	'option',
	'textarea',
	'summary',
	'dt',
	'th',
	'caption',
	'figcaption',
	'dfn',
	'template',
	'iframe',
	'noscript',
	'object',
	'title',
]);

/** Elements with no closing tag, so a raw `<br>` opens nothing. */
const VOID_ELEMENTS = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

/** An HTML start or end tag inside a raw node: [, "/" if closing, name, "/" if self-closing]. */
const RAW_TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^>]*?)?(\/?)>/g;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters, digits and joiners that make a match part of a longer word. */
const WORD_CHARACTER = '[\\p{L}\\p{N}_&-]';

/** Matches any of the titles as a whole word, longest first, with an optional plural "s". */
function titlePattern(titles: readonly string[]): RegExp {
	const alternatives = [...titles]
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|');
	return new RegExp(`(?<!${WORD_CHARACTER})(${alternatives})(s?)(?!${WORD_CHARACTER})`, 'gu');
}

/** The element name of an HTML or MDX JSX element, '' for an MDX fragment, undefined otherwise. */
function elementName(node: TreeNode): string | undefined {
	if (node.type === 'element') return node.tagName ?? '';
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
		return node.name ?? '';
	return undefined;
}

function textOf(node: TreeNode): string {
	return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/** `<a href="/glossary/<id>/" class="app-glossary-link"><abbr title="…">CSE</abbr></a>` as hast. */
function glossaryLink(term: GlossaryTerm, text: string): TreeNode {
	return {
		type: 'element',
		tagName: 'a',
		properties: { href: `/glossary/${term.id}/`, className: ['app-glossary-link'] },
		children: [
			{
				type: 'element',
				tagName: 'abbr',
				properties: { title: term.expansion },
				children: [{ type: 'text', value: text }],
			},
		],
	};
}

/**
 * Finds the first use of each markable term in a tree and says how to mark it, without
 * changing the tree: the caller applies the marks (Sätteri with `ctx.replaceNode`, a plain
 * hast tree by splicing). Terms must already be filtered with `isMarkableAcronym`.
 */
export function planGlossaryMarks(root: TreeNode, terms: readonly GlossaryTerm[]): GlossaryMark[] {
	const marks: GlossaryMark[] = [];
	if (terms.length === 0) return marks;
	const byTitle = new Map(terms.map((term) => [term.title, term]));
	const pattern = titlePattern([...byTitle.keys()]);
	const used = new Set<string>();

	const markText = (node: TreeNode) => {
		const text = node.value ?? '';
		const replacement: TreeNode[] = [];
		let last = 0;
		for (const match of text.matchAll(pattern)) {
			const title = match[1] ?? '';
			const term = byTitle.get(title);
			if (!term || used.has(title)) continue;
			used.add(title);
			if (match.index > last)
				replacement.push({ type: 'text', value: text.slice(last, match.index) });
			replacement.push(glossaryLink(term, match[0]));
			last = match.index + match[0].length;
		}
		if (replacement.length === 0) return;
		if (last < text.length) replacement.push({ type: 'text', value: text.slice(last) });
		marks.push({ node, replacement });
	};

	/** Notes an author's own abbr: the term then counts as used, and later uses stay plain. */
	const noteExistingAbbr = (text: string) => {
		const written = text.trim();
		for (const title of [written, written.replace(/s$/, '')])
			if (byTitle.has(title)) used.add(title);
	};

	const visit = (parent: TreeNode, inContainer: boolean) => {
		// Inline HTML in Markdown stays as `raw` tag nodes between its siblings
		// (`raw "<a href=…>"`, text, `raw "</a>"`), so open tags are tracked along the siblings.
		const openRawTags: string[] = [];
		let rawAbbrText = '';
		for (const child of parent.children ?? []) {
			if (child.type === 'raw') {
				for (const [, closing, tag = '', selfClosing] of (child.value ?? '').matchAll(RAW_TAG)) {
					const name = tag.toLowerCase();
					if (closing) {
						const index = openRawTags.lastIndexOf(name);
						if (index !== -1) openRawTags.length = index;
						if (name === 'abbr') noteExistingAbbr(rawAbbrText);
					} else if (!selfClosing && !VOID_ELEMENTS.has(name)) {
						openRawTags.push(name);
						if (name === 'abbr') rawAbbrText = '';
					}
				}
				continue;
			}
			if (openRawTags.some((tag) => SKIPPED_ELEMENTS.has(tag))) {
				if (openRawTags.includes('abbr')) rawAbbrText += textOf(child);
				continue;
			}
			if (child.type === 'text') {
				if (inContainer) markText(child);
				continue;
			}
			const name = elementName(child);
			if (name === undefined) continue; // comments, MDX expressions and imports
			if (name === 'abbr') {
				noteExistingAbbr(textOf(child));
				continue;
			}
			if (SKIPPED_ELEMENTS.has(name)) continue;
			const isComponent = child.type !== 'element' && /^[A-Z]|\./.test(name);
			if (isComponent && inContainer) continue;
			visit(child, inContainer || CONTAINERS.has(name));
		}
	};
	visit(root, false);
	return marks;
}

/** A Sätteri hast plugin definition: the list entry type minus factories, arrays and switches. */
type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];
type HastPluginDefinition = Exclude<
	HastPluginEntry,
	((...args: never[]) => unknown) | readonly unknown[] | null | undefined | false
>;

/**
 * The glossary plugin for `satteri({ hastPlugins })`. Works in `before`, once per document,
 * so "first use" never leaks from one page to the next.
 * @example satteri({ hastPlugins: [rehypeGlossaryAbbr(loadGlossaryTerms('content/glossary'))] })
 */
export function rehypeGlossaryAbbr(terms: readonly GlossaryTerm[]): HastPluginDefinition {
	const markable = terms.filter(isMarkableAcronym);
	const plugin: HastPluginDefinition & { glossaryTerms: readonly GlossaryTerm[] } = {
		name: 'rscp-glossary-abbr',
		// Plain data on the plugin is part of Astro's config digest, so a glossary change
		// clears the content cache and every body is marked again with the new terms.
		glossaryTerms: markable,
		before(root, context) {
			for (const mark of planGlossaryMarks(root as unknown as TreeNode, markable)) {
				// The plan hands back nodes of this very tree and plain hast elements and text.
				context.replaceNode(mark.node as never, mark.replacement as never);
			}
		},
	};
	return plugin;
}
