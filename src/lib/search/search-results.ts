/**
 * Turning Pagefind's result data into what the search page shows: excerpt text with its
 * highlighted words, the sentence the live region announces, and a contact's phone numbers.
 * Pure and DOM-free, so tests/unit/search-results.test.ts covers them; the element builds nodes.
 */
import type { SearchMode } from './run-site-search.ts';

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/** Decodes the entities Pagefind writes into excerpts (it encodes the page text before adding marks). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X'))
			return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
		return ENTITIES[name.toLowerCase()] ?? entity;
	});
}

/**
 * Splits a Pagefind excerpt (`text <mark>word</mark> text`, entities encoded) into plain and
 * highlighted runs, so the page can build it with text nodes and never parse result HTML.
 * @example excerptParts('Call the <mark>LADO</mark> &amp; tell') // [{ text: 'Call the ', marked: false }, { text: 'LADO', marked: true }, { text: ' & tell', marked: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') marked = true;
		else if (piece === '</mark>') marked = false;
		else if (piece) parts.push({ text: decodeEntities(piece), marked });
	}
	return parts;
}

/** Query words that carry meaning: three letters or more (“LADO”, “ring”, not “do”, “at” or “I”). */
function significantWords(query: string): string[] {
	return [
		...new Set(
			query
				.toLowerCase()
				.split(/[^\p{L}\p{N}]+/u)
				.filter((word) => word.length >= 3),
		),
	];
}

/**
 * Whether a section of a page (a Pagefind sub-result) is worth listing under its result: its
 * highlighted words must cover at least half of the query's meaningful words. Pagefind lists every
 * section with any hit, so “who do I ring at night” would otherwise list a section for its “do”.
 * Pagefind highlights word forms (“ringing” for “ring”), so a word counts when either starts the other.
 * @example sectionMatchesQuery('Call the <mark>LADO</mark> today', 'LADO') // true
 * @example sectionMatchesQuery('You <mark>do</mark> not need to be sure', 'who do I ring at night') // false
 */
export function sectionMatchesQuery(excerpt: string, query: string): boolean {
	const wanted = significantWords(query);
	if (wanted.length === 0) return true;
	const marked = excerptParts(excerpt)
		.filter((part) => part.marked)
		.flatMap((part) => significantWords(part.text));
	const found = wanted.filter((word) =>
		marked.some((hit) => hit.startsWith(word) || word.startsWith(hit)),
	);
	return found.length >= Math.ceil(wanted.length / 2);
}

/**
 * What the polite live region says after a search.
 * @example resultCountMessage(1, 'lado', []) // "1 result for “lado”"
 * @example resultCountMessage(3, 'referral', ['Contact', 'Page']) // "3 results for “referral”, filtered by Contact, Page"
 */
export function resultCountMessage(
	count: number,
	query: string,
	filterLabels: readonly string[],
): string {
	const results = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
	const filtered = filterLabels.length > 0 ? `, filtered by ${filterLabels.join(', ')}` : '';
	return `${results} for “${query}”${filtered}`;
}

/**
 * The plain words above the results that say what kind of results they are, when they are not
 * simply the pages with every word (see run-site-search.ts); undefined when there is nothing to say.
 * @example searchModeNotice('relaxed', 'teacher hurt my son') // 'No page has all of your words; these have some of them.'
 * @example searchModeNotice('corrected', 'safegaurding', 'safeguarding') // 'No page has “safegaurding”, so these are the results for “safeguarding”.'
 */
export function searchModeNotice(
	mode: SearchMode,
	query: string,
	suggestion?: string,
): string | undefined {
	if (mode === 'relaxed') return 'No page has all of your words; these have some of them.';
	if (mode === 'corrected' && suggestion)
		return `No page has “${query}”, so these are the results for “${suggestion}”.`;
	return undefined;
}

/** One phone number in a contact's search result: where the page's `phones` metadata comes from. */
export interface SearchPhone {
	label: string;
	/** As written in the contacts collection, e.g. `020 7946 0123`. */
	number: string;
	/** When to call, in words. */
	hours: string;
}

/** The Pagefind metadata key that holds a page's phone numbers. */
export const PHONES_META_KEY = 'phones';

/**
 * The `phones` metadata value for a page: JSON rows of `[label, number, hours]`. Rows rather
 * than objects because metadata is searchable: key names such as "number" or "hours" in every
 * contact would make those words match every contact.
 * @example serialisePhones([{ label: 'LADO', number: '020 7946 0123', hours: 'Office hours' }]) // '[["LADO","020 7946 0123","Office hours"]]'
 */
export function serialisePhones(phones: readonly SearchPhone[]): string {
	return JSON.stringify(phones.map(({ label, number, hours }) => [label, number, hours]));
}

/**
 * Reads the `phones` metadata back. Anything malformed gives no numbers rather than an error:
 * a result without numbers still links to the contact's page, which has them.
 */
export function parsePhones(value: unknown): SearchPhone[] {
	if (typeof value !== 'string' || value === '') return [];
	try {
		const parsed: unknown = JSON.parse(value);
		if (!Array.isArray(parsed)) return [];
		return parsed
			.filter(
				(row): row is [string, string, string] =>
					Array.isArray(row) && row.length === 3 && row.every((cell) => typeof cell === 'string'),
			)
			.filter(([, number]) => /^[0-9 ]+$/.test(number))
			.map(([label, number, hours]) => ({ label, number, hours }));
	} catch {
		return [];
	}
}
