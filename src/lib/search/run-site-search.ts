/**
 * The site search's steps, so a query that matches something never shows nothing, and a
 * misspelt one finds what was meant:
 * 1. each meaningful word (stop words for the page's language dropped) is checked against the
 *    index's own vocabulary; a word it does not hold gets the nearest word it does (“Did you mean”);
 * 2. with every word known, the whole query as typed (Pagefind finds pages with every word);
 * 3. otherwise, or if that finds nothing: the corrected query, if there is one and it finds pages;
 * 4. otherwise the pages that have some of the words (corrected where misspelt), ranked by how many
 *    they match, then by Pagefind's score (relax-search.ts).
 * A word the vocabulary does not hold and cannot correct is left out of step 4: Pagefind would
 * match only its first letters. Pagefind and the vocabulary are passed in, so this runs in the page
 * (site-search.ts), in the E2E query table against the real index, and in unit tests.
 */
import { rankByWordsMatched, type SearchHit, type WordHits } from './relax-search.ts';
import { correctQuery, isCheckable, isKnownWord, vocabularyKey } from './spelling-suggestions.ts';
import { meaningfulWords } from './stop-words.ts';

/** What the steps need from the page. */
export interface SiteSearchDependencies {
	/** A Pagefind search with the reader's filters: the pages with every word of `term`, best first. */
	search: (term: string) => Promise<SearchHit[]>;
	/**
	 * The index's words for these vocabulary keys (first letters, see vocabularyKey), most frequent
	 * first; undefined (or a rejection) when the language has no vocabulary: then no word is doubted.
	 */
	loadVocabulary: (keys: string[]) => Promise<string[] | undefined>;
	/** The page's language (`<html lang>`), which chooses the stop words. */
	language: string;
}

/**
 * How the results were found:
 * - `all`: pages with every word of the query;
 * - `corrected`: pages with every word of the corrected query (`suggestion`);
 * - `relaxed`: no page has every word; these have some of them;
 * - `none`: no page has any of the words.
 */
export type SearchMode = 'all' | 'corrected' | 'relaxed' | 'none';

/** The outcome of {@link runSiteSearch}. */
export interface SiteSearchOutcome {
	mode: SearchMode;
	/** Result ids, best first. */
	hits: SearchHit[];
	/** The Pagefind searches whose pages these are: one term, or each word of a relaxed search. */
	terms: string[];
	/** The query with misspelt words corrected, when the vocabulary had a nearer word. */
	suggestion?: string;
}

/** Runs the steps for `query` (already trimmed and non-empty). */
export async function runSiteSearch(
	query: string,
	{ search, loadVocabulary, language }: SiteSearchDependencies,
): Promise<SiteSearchOutcome> {
	const words = meaningfulWords(query, language);
	const keys = [...new Set(words.filter(isCheckable).map(vocabularyKey))];
	// The whole query and the vocabulary at once: most searches need both, and neither waits.
	const [all, vocabulary] = await Promise.all([
		search(query),
		keys.length > 0 ? loadVocabulary(keys).catch(() => undefined) : undefined,
	]);
	const unknown = vocabulary ? words.filter((word) => !isKnownWord(word, vocabulary)) : [];
	if (unknown.length === 0 && all.length > 0) return { mode: 'all', hits: all, terms: [query] };

	const corrected = vocabulary ? correctQuery(query, unknown, vocabulary) : undefined;
	const suggestion = corrected?.query;
	if (corrected && corrected.corrections.size === unknown.length) {
		const hits = await search(corrected.query);
		if (hits.length > 0) return { mode: 'corrected', hits, terms: [corrected.query], suggestion };
	}

	// One search at a time: Pagefind's WebAssembly holds one index in memory, and overlapping
	// searches that load chunks can lose it (“WASM Error (No pointer)”).
	const perWord: WordHits[] = [];
	const terms: string[] = [];
	for (const word of words) {
		const replacement = corrected?.corrections.get(word);
		if (unknown.includes(word) && !replacement) continue;
		const term = replacement ?? word;
		terms.push(term);
		perWord.push({ word, hits: await search(term) });
	}
	const relaxed = rankByWordsMatched(perWord).map(({ id, score }) => ({ id, score }));
	const mode = relaxed.length > 0 ? 'relaxed' : 'none';
	return suggestion ? { mode, hits: relaxed, terms, suggestion } : { mode, hits: relaxed, terms };
}
