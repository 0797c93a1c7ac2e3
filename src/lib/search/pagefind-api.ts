/**
 * How the site loads and configures Pagefind in the browser, and the part of Pagefind's JS API
 * we use (typed here: the `pagefind` package only types its Node indexing API).
 * The search page and the E2E query table (tests/e2e/search.spec.ts) both use PAGEFIND_OPTIONS,
 * so the tests rank exactly as readers see it.
 */

/** The Pagefind bundle `npm run build` writes into dist/. Loaded with a dynamic import, only when search is used. */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Search options, the same for every query: no per-query rules.
 * - `excerptLength`: words either side of the match; 24 keeps a result to about two lines.
 * - `metaWeights`: Pagefind searches metadata as well as text. `title` keeps its default 5x boost.
 *   `keywords` (the synonyms collection) is boosted as strongly as a title: the editors wrote those
 *   words for exactly that page. `terms` (glossary acronyms and expansions for the page an entry
 *   links to) is boosted less, because one glossary link can point at a general page such as
 *   /contacts/. `phones` never lifts a result (numbers match, but do not rank).
 */
export const PAGEFIND_OPTIONS = {
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
	init(): Promise<void>;
	preload(query: string, options?: Record<string, unknown>): Promise<void>;
	search(query: string | null, options?: Record<string, unknown>): Promise<PagefindSearchResponse>;
	filters(): Promise<PagefindFilterCounts>;
}
