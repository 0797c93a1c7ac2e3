/**
 * “Did you mean …”: whether a typed word is one the site's search index holds, and if not, the
 * nearest word it does hold. The vocabulary is the indexed text's own words, most frequent first,
 * written at build time by src/integrations/search-vocabulary.ts (no hand-made list), one small
 * file per language and first letter, so a search fetches only the letters its words start with.
 *
 * Why check words at all: when a word matches nothing, Pagefind falls back to the longest indexed
 * word that starts it (“abuce” finds pages with “ab”, “threshhold” the glossary's letter “T”), so a
 * misspelt query does not find nothing, it finds the wrong pages.
 */

/** One vocabulary file, as the build writes it. */
export interface SearchVocabulary {
	/** The language it was built from, e.g. `en-gb`. */
	language: string;
	/** Indexed words of three letters or more with this first letter, lower-case, most frequent first. */
	words: string[];
}

/**
 * Which vocabulary file a word belongs in: its first letter, or `u` and the code point in hex for
 * a letter outside a–z (so every file name is a plain address in any language).
 * @example vocabularyKey('safeguarding') // 's'
 * @example vocabularyKey('école') // 'ue9'
 */
export function vocabularyKey(word: string): string {
	const first = [...word.toLowerCase()][0] ?? '';
	return /^[a-z]$/.test(first) ? first : `u${(first.codePointAt(0) ?? 0).toString(16)}`;
}

/** Endings Pagefind's stemming treats as the same word (“neighbours”, “hurting”, “babies”). */
const ENDINGS: readonly [string, string][] = [
	["'s", ''],
	['ies', 'y'],
	['es', ''],
	['s', ''],
	['ing', ''],
	['ing', 'e'],
	['ed', ''],
	['ed', 'e'],
	['er', ''],
	['ly', ''],
];

/** Whether a typed word needs checking: three letters or more and no digits (“s47”, “101”, “7MB”). */
export function isCheckable(word: string): boolean {
	return word.length >= 3 && !/\d/.test(word);
}

/**
 * Whether the index holds `word`: itself, the start of an indexed word (Pagefind finds
 * “fost” in “fostering”), or an indexed word with a common ending added (“hurting”). Words too
 * short or with digits are never doubted.
 * @example isKnownWord('neighbours', ['neighbour']) // true
 * @example isKnownWord('abuce', ['abuse', 'ab']) // false
 */
export function isKnownWord(word: string, vocabulary: readonly string[]): boolean {
	const typed = word.toLowerCase();
	if (!isCheckable(typed)) return true;
	const forms = [
		typed,
		...ENDINGS.filter(
			([ending]) => typed.endsWith(ending) && typed.length - ending.length >= 3,
		).map(([ending, replacement]) => typed.slice(0, -ending.length) + replacement),
	];
	return vocabulary.some(
		(known) => known.startsWith(typed) || forms.some((form) => known === form),
	);
}

/**
 * Edits allowed between a typed word and a suggestion: none under four letters (“son” is one
 * edit from “so”, “sun” and “con”: too many guesses), one up to six (“privat”), two from seven
 * (“threshhold”, “safegaurding”).
 */
export function maxEditsFor(word: string): number {
	if (word.length < 4) return 0;
	return word.length < 7 ? 1 : 2;
}

/**
 * Edit distance with adjacent swaps (“gaur” → “guar” is one edit), stopping early once it must
 * exceed `limit`: the vocabulary has thousands of words and most are far from the typed one.
 * @example editDistance('safegaurding', 'safeguarding') // 1
 * @example editDistance('privat', 'private') // 1
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	// Three rows of the optimal-string-alignment table: two back (for swaps), previous and current.
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		let rowMinimum = i;
		for (let j = 1; j <= b.length; j += 1) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost,
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
			current[j] = value;
			rowMinimum = Math.min(rowMinimum, value);
		}
		if (rowMinimum > limit) return limit + 1;
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/**
 * The vocabulary word nearest to `word` within {@link maxEditsFor} edits, the more frequent on a
 * tie; undefined when the word is itself in the vocabulary, has digits, or nothing is near enough.
 * @example nearestWord('threshhold', ['the', 'threshold', 'thresholds']) // 'threshold'
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
	const typed = word.toLowerCase();
	const limit = maxEditsFor(typed);
	if (limit === 0 || !isCheckable(typed) || isKnownWord(typed, vocabulary)) return undefined;
	let best: string | undefined;
	let bestDistance = limit + 1;
	// Most frequent first, so a later word wins only by being strictly nearer.
	for (const candidate of vocabulary) {
		const distance = editDistance(typed, candidate, bestDistance - 1);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
			if (distance === 1) break;
		}
	}
	return best;
}

/**
 * The query with each of `unknownWords` replaced by its nearest vocabulary word, keeping the
 * reader's other words as typed; undefined when no word has a suggestion.
 * @example correctQuery('safegaurding training', ['safegaurding'], ['safeguarding', 'training']) // 'safeguarding training'
 */
export function correctQuery(
	query: string,
	unknownWords: readonly string[],
	vocabulary: readonly string[],
): { query: string; corrections: Map<string, string> } | undefined {
	const corrections = new Map<string, string>();
	for (const word of unknownWords) {
		const nearest = nearestWord(word, vocabulary);
		if (nearest) corrections.set(word.toLowerCase(), nearest);
	}
	if (corrections.size === 0) return undefined;
	const corrected = query.replace(
		/[\p{L}\p{N}']+/gu,
		(word) => corrections.get(word.toLowerCase()) ?? word,
	);
	return { query: corrected, corrections };
}

/**
 * Where the build writes the vocabulary for a page language (lower-case, as Pagefind names its
 * indexes) and a {@link vocabularyKey}; undefined for a value that is not a language tag.
 * @example vocabularyUrl('en-GB', 's') // '/search/vocabulary/en-gb/s.json'
 */
export function vocabularyUrl(language: string, key: string): string | undefined {
	const tag = language.trim().toLowerCase();
	if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag) || !/^(?:[a-z]|u[0-9a-f]+)$/.test(key))
		return undefined;
	return `/search/vocabulary/${tag}/${key}.json`;
}
