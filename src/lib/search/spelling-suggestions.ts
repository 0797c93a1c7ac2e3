/**
 * “Did you mean …”: the nearest word the site's search index holds for a word that finds nothing.
 * The vocabulary is the indexed text's own words, most frequent first, written at build time by
 * src/integrations/search-vocabulary.ts (no hand-made list); this file only compares words.
 */

/** The vocabulary file for one page language, as the build writes it. */
export interface SearchVocabulary {
	/** The language it was built from, e.g. `en-gb`. */
	language: string;
	/** Every indexed word of three letters or more, lower-case, most frequent first. */
	words: string[];
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
	if (limit === 0 || /\d/.test(typed) || vocabulary.includes(typed)) return undefined;
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
 * indexes); undefined for a value that is not a language tag.
 * @example vocabularyUrl('en-GB') // '/search/vocabulary-en-gb.json'
 */
export function vocabularyUrl(language: string): string | undefined {
	const tag = language.trim().toLowerCase();
	return /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag) ? `/search/vocabulary-${tag}.json` : undefined;
}
