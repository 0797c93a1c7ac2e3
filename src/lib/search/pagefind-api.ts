/**
 * How the site loads and configures Pagefind in the browser, and the part of Pagefind's JS API
 * we use (typed here: the `pagefind` package only types its Node indexing API).
 * The search page and the E2E query table (tests/e2e/search.spec.ts) both use PAGEFIND_OPTIONS,
 * so the tests rank exactly as readers see it.
 */

/** The Pagefind bundle `npm run build` writes into dist/. Loaded with a dynamic import, only when search is used. */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Search options, the same for every query: no per-query rules. Tuned against the query table in
 * tests/search-queries.ts (all rows pass with these values; run the E2E spec after changing them).
 * - `noWorker`: search on the page, not in Pagefind's web worker. The index is a few hundred pages,
 *   so a search takes milliseconds either way; the worker would add a second 41 KB copy of Pagefind's
 *   code to every first search, and need its own Content-Security-Policy to run WebAssembly.
 * - `excerptLength`: words in an excerpt; 24 keeps a result to about two lines.
 * - `termSimilarity` 3 (default 1): an exact word counts for more than a longer word it starts,
 *   so “SCR” keeps serious case reviews in the top three rather than pages full of “scrutiny”, while
 *   an unfinished last word (“private fost”) still matches.
 * - `metaWeights`: Pagefind searches metadata as well as text. `title` keeps its default 5x boost.
 *   `keywords` (the synonyms collection, 10x) is boosted above a title: editors wrote those words for
 *   exactly that page, so “report abuse” finds the report page before a review with “abuse report”
 *   in its title. `terms` (glossary acronyms and expansions, on the page an entry links to) gets 2x,
 *   because one glossary link can point at a general page such as /contacts/. `phones` matches but
 *   never lifts a result.
 */
export const PAGEFIND_OPTIONS = {
	noWorker: true,
	excerptLength: 24,
	ranking: {
		termSimilarity: 3,
		metaWeights: { title: 5, keywords: 10, terms: 2, phones: 0 },
	},
} as const;

/** One heading-level section of a result (Pagefind splits pages on headings with an id). */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	/** Absent for the part of the page before its first heading with an id. */
	anchor?: { element: string; id: string; text?: string; location: number };
}

/** A result's data, loaded one result at a time. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined> & { title?: string };
	filters: Record<string, string[]>;
	sub_results: PagefindSubResult[];
}

/** One result before its data is loaded. */
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

/** Counts of pages per value, per filter group. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** What a search returns. */
export interface PagefindSearchResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	/** Counts among these results, for the groups passed in `filters`. */
	filters: PagefindFilterCounts;
	totalFilters: PagefindFilterCounts;
}

/** The module `/pagefind/pagefind.js` exports. */
export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	/** Loads the index of the language <html lang> names as it is called. */
	init(): Promise<void>;
	preload(query: string, options?: Record<string, unknown>): Promise<void>;
	search(query: string | null, options?: Record<string, unknown>): Promise<PagefindSearchResponse>;
	filters(): Promise<PagefindFilterCounts>;
}
