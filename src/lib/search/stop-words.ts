/**
 * Words that carry no meaning on their own, per language: dropped from a search only when the
 * whole query finds nothing (relax-search.ts), so “my neighbours kids are left alone all the time”
 * is searched as neighbours, kids, left, alone. Keyed by the primary language subtag of the page
 * (`en` for `en-GB`); a language without a list keeps every word, so relaxing still works there,
 * only less sharply.
 */

/** English: pronouns, articles, auxiliaries and prepositions people add around what they mean. */
const ENGLISH = `
	a about after all also am an and any are as at be been being but by can could did do does
	doing for from get got had has have he her hers him his how i i'm im if in into is it its
	it's just me my myself of on or our ours she should so some than that the their them then
	there these they this those to too us very was we were what when where which while who
	whom why will with would you your yours
`
	.split(/\s+/)
	.filter(Boolean);

const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
	en: new Set(ENGLISH),
};

/**
 * The stop words for a page language such as `en-GB`; an empty set for a language without a list.
 * @example stopWordsFor('en-GB').has('the') // true
 * @example stopWordsFor('cy').size // 0
 */
export function stopWordsFor(language: string): ReadonlySet<string> {
	const primary = language.toLowerCase().split('-')[0] ?? '';
	return STOP_WORDS[primary] ?? new Set();
}

/**
 * The words of a query, lower-cased, without punctuation (an apostrophe inside a word stays).
 * @example queryWords('Teacher hurt my son!') // ['teacher', 'hurt', 'my', 'son']
 */
export function queryWords(query: string): string[] {
	return query
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		.map((word) => word.replace(/^'+|'+$/g, ''))
		.filter(Boolean);
}

/**
 * The words of a query that carry meaning in `language`, each once, in order. When every word is
 * a stop word (“who is it”), all of them are kept: they are then what the reader is looking for.
 * @example meaningfulWords('i am scared to go home', 'en-GB') // ['scared', 'go', 'home']
 */
export function meaningfulWords(query: string, language: string): string[] {
	const words = [...new Set(queryWords(query))];
	const stopWords = stopWordsFor(language);
	const meaningful = words.filter((word) => !stopWords.has(word));
	return meaningful.length > 0 ? meaningful : words;
}
