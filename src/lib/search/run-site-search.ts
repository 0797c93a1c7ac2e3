/**
 * The site search's steps, so a query that matches something never shows nothing:
 * 1. the whole query, as typed (Pagefind finds pages with every word);
 * 2. if nothing: each meaningful word alone (stop words for the page's language dropped), and for
 *    a word that finds nothing, the nearest word of the index's vocabulary (“Did you mean …”);
 * 3. if the corrected query finds pages, those results; otherwise the pages that have some of the
 *    words, ranked by how many they match, then by Pagefind's score (relax-search.ts).
 * Pagefind and the vocabulary are passed in, so this runs in the page (site-search.ts), in the
 * E2E query table against the real index, and in unit tests with a made-up index.
 */
import { rankByWordsMatched, type SearchHit, type WordHits } from './relax-search.ts';
import { correctQuery, type SearchVocabulary } from './spelling-suggestions.ts';
import { meaningfulWords } from './stop-words.ts';

/** What the steps need from the page. */
export interface SiteSearchDependencies {
	/** A Pagefind search with the reader's filters: the pages with every word of `term`, best first. */
	search: (term: string) => Promise<SearchHit[]>;
	/** The index's vocabulary for this language; undefined (or a rejection) when there is none. */
	loadVocabulary: () => Promise<SearchVocabulary | undefined>;
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
	/** The query with misspelt words corrected, when the vocabulary had a nearer word. */
	suggestion?: string;
}

/** Runs the steps for `query` (already trimmed and non-empty). */
export async function runSiteSearch(
	query: string,
	{ search, loadVocabulary, language }: SiteSearchDependencies,
): Promise<SiteSearchOutcome> {
	const all = await search(query);
	if (all.length > 0) return { mode: 'all', hits: all };

	const words = meaningfulWords(query, language);
	const perWord: WordHits[] = await Promise.all(
		words.map(async (word) => ({ word, hits: await search(word) })),
	);
	const unknown = perWord.filter((entry) => entry.hits.length === 0).map((entry) => entry.word);

	let suggestion: string | undefined;
	if (unknown.length > 0) {
		const vocabulary = await loadVocabulary().catch(() => undefined);
		const corrected = vocabulary ? correctQuery(query, unknown, vocabulary.words) : undefined;
		if (corrected) {
			suggestion = corrected.query;
			const correctedHits = await search(corrected.query);
			if (correctedHits.length > 0) return { mode: 'corrected', hits: correctedHits, suggestion };
			for (const entry of perWord) {
				const replacement = corrected.corrections.get(entry.word);
				if (replacement) entry.hits = await search(replacement);
			}
		}
	}

	const relaxed = rankByWordsMatched(perWord).map(({ id, score }) => ({ id, score }));
	const mode = relaxed.length > 0 ? 'relaxed' : 'none';
	return suggestion ? { mode, hits: relaxed, suggestion } : { mode, hits: relaxed };
}
