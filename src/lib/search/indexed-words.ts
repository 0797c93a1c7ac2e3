/**
 * The words Pagefind indexes on a built page, read from its HTML the way Pagefind reads it: the
 * text inside the `data-pagefind-body` element, without `data-pagefind-ignore` elements, scripts
 * and styles, plus the searchable metadata the templates write (`data-words`: synonyms and
 * glossary terms). The build turns them into the “Did you mean …” vocabulary
 * (src/integrations/search-vocabulary.ts). String scanning rather than a full HTML parser: it
 * runs over every page of every build, and the site's own templates write this markup.
 */
import { decodeEntities } from './search-results.ts';

/** A page's language and the words it contributes to the search index. */
export interface IndexedPageWords {
	/** `<html lang>`, lower-case (`en-gb`); `unknown` without one, as Pagefind names it. */
	language: string;
	/** Every indexed word of three letters or more, lower-case, once per use. */
	words: string[];
}

/** The end of the element whose start tag ends at `from`: after its matching close tag. */
function elementEnd(html: string, tag: string, from: number): number {
	const pattern = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
	pattern.lastIndex = from;
	let depth = 1;
	for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
		if (match[1]) depth -= 1;
		else if (!match[0].endsWith('/>')) depth += 1;
		if (depth === 0) return pattern.lastIndex;
	}
	return html.length;
}

/** `html` without every element whose start tag matches `startTag` (nested ones included). */
function withoutElements(html: string, startTag: RegExp): string {
	let result = '';
	let position = 0;
	const pattern = new RegExp(startTag.source, 'gi');
	for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
		const tag = match[1] ?? '';
		result += html.slice(position, match.index);
		position = match[0].endsWith('/>')
			? pattern.lastIndex
			: elementEnd(html, tag, pattern.lastIndex);
		pattern.lastIndex = position;
	}
	return result + html.slice(position);
}

/**
 * The indexed words of one built page, or undefined when the page is not indexed.
 * @example indexedPageWords('<html lang="en-GB"><main data-pagefind-body><h1>Report a concern</h1></main></html>')
 * // { language: 'en-gb', words: ['report', 'concern'] }
 */
export function indexedPageWords(html: string): IndexedPageWords | undefined {
	const body = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body(?:[\s=][^>]*)?>/i.exec(html);
	if (!body) return undefined;
	const tag = body[1] ?? 'main';
	const start = body.index + body[0].length;
	const inner = html.slice(start, elementEnd(html, tag, start));
	// Searchable metadata: synonyms and glossary terms (data-words), phones and dates (data-value).
	const metadata = [...inner.matchAll(/\sdata-(?:words|value)="([^"]*)"/g)].map(
		(match) => match[1] ?? '',
	);
	const text = withoutElements(
		withoutElements(inner, /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/),
		/<(script|style|template)\b[^>]*>/,
	).replace(/<[^>]*>/g, ' ');
	const words = decodeEntities(`${text} ${metadata.join(' ')}`)
		.toLowerCase()
		.match(/\p{L}+/gu);
	const language = /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase() ?? 'unknown';
	return { language, words: (words ?? []).filter((word) => word.length >= 3) };
}

/**
 * Counts words over pages and lists them most frequent first (alphabetical on a tie, so the file
 * is the same for the same site), per language.
 */
export function vocabulariesOf(pages: Iterable<IndexedPageWords>): Map<string, string[]> {
	const counts = new Map<string, Map<string, number>>();
	for (const page of pages) {
		const ofLanguage = counts.get(page.language) ?? new Map<string, number>();
		for (const word of page.words) ofLanguage.set(word, (ofLanguage.get(word) ?? 0) + 1);
		counts.set(page.language, ofLanguage);
	}
	return new Map(
		[...counts].map(([language, words]) => [
			language,
			[...words]
				.sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
				.map(([word]) => word),
		]),
	);
}
