/**
 * The search page's state (query and ticked filters) and how it maps to the address bar and to
 * Pagefind. Pure functions, so the rules are unit-tested without a browser
 * (tests/unit/search-state.test.ts); the <app-site-search> element only wires them to the page.
 */
import { SEARCH_FILTER_GROUPS, type SearchFilterKey } from './search-filters.ts';

/** Ticked values for each filter group. */
export type SelectedFilters = Record<SearchFilterKey, string[]>;

/** What a search is: the words typed and the filters ticked. */
export interface SearchState {
	query: string;
	filters: SelectedFilters;
}

/** The address of the search page. */
export const SEARCH_PATH = '/search/';

/** The query parameter for the words, as in `/search/?q=lado`. */
export const QUERY_PARAM = 'q';

/** The address parameter naming the language to search (a translated page's header search sets it). */
export const LANGUAGE_PARAM = 'lang';

/**
 * The language a search address asks for, if the site has pages in it; otherwise undefined
 * (search the English index). Pagefind keeps one index per `<html lang>`.
 * @example searchLanguage('?q=Childline&lang=ur', { ur: 'rtl' }) // "ur"
 */
export function searchLanguage(
	search: string,
	languages: Readonly<Record<string, string>>,
): string | undefined {
	const language = new URLSearchParams(search).get(LANGUAGE_PARAM) ?? '';
	return Object.hasOwn(languages, language) ? language : undefined;
}

const FILTER_KEYS = SEARCH_FILTER_GROUPS.map((group) => group.key);

/** No filters ticked. */
export function noFilters(): SelectedFilters {
	return Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as SelectedFilters;
}

/**
 * Reads the state from a query string. Repeated keys are several ticked values; unknown keys are
 * ignored; whitespace in the words is collapsed, so a shared link behaves like the typed query.
 * @example readSearchState('?q=lado&type=contact&type=page') // { query: 'lado', filters: { type: ['contact', 'page'], audience: [], year: [] } }
 */
export function readSearchState(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const filters = noFilters();
	for (const key of FILTER_KEYS) {
		filters[key] = [
			...new Set(
				params
					.getAll(key)
					.map((value) => value.trim())
					.filter(Boolean),
			),
		];
	}
	return { query: normaliseQuery(params.get(QUERY_PARAM) ?? ''), filters };
}

/** Words as searched: trimmed, inner whitespace collapsed. */
export function normaliseQuery(query: string): string {
	return query.trim().replace(/\s+/g, ' ');
}

/**
 * The shareable address of a state: the words first, then each group's ticked values in the
 * order the groups are shown. An empty state is the bare search page.
 * @example searchUrl({ query: 'lado', filters: { type: ['contact'], audience: [], year: [] } }) // "/search/?q=lado&type=contact"
 */
export function searchUrl(state: SearchState, language?: string): string {
	const params = new URLSearchParams();
	if (state.query) params.set(QUERY_PARAM, state.query);
	if (language) params.set(LANGUAGE_PARAM, language);
	for (const key of FILTER_KEYS) {
		for (const value of state.filters[key] ?? []) params.append(key, value);
	}
	const search = params.toString();
	return search ? `${SEARCH_PATH}?${search}` : SEARCH_PATH;
}

/**
 * How a new search from typing should change the browser history, so that Back steps through
 * searches the reader would recognise rather than every keystroke:
 * - `none` when the words are the same, or were cleared (the last real search stays in the address);
 * - `replace` while the reader is still shaping the same search (one query extends or shortens the other);
 * - `push` for a different search, so Back returns to the previous one.
 * Submitting the form or ticking a filter always pushes (see the element).
 * @example historyModeFor('lad', 'lado') // "replace"
 * @example historyModeFor('lado', 'marf') // "push"
 */
export function historyModeFor(
	currentQuery: string,
	nextQuery: string,
): 'push' | 'replace' | 'none' {
	const current = normaliseQuery(currentQuery).toLowerCase();
	const next = normaliseQuery(nextQuery).toLowerCase();
	if (next === current || next === '') return 'none';
	if (current === '' || next.startsWith(current) || current.startsWith(next)) return 'replace';
	return 'push';
}

/** Pagefind's filter object: OR within a group (`any`), AND across groups. */
export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * The filters to pass to Pagefind. Every group is always present, even with nothing ticked
 * (`{ any: [] }` matches everything), because Pagefind only counts values for the groups it is
 * given. `omit` drops one group's ticks, to count what ticking another value there would give.
 * @example pagefindFilters({ type: ['briefing', 'page'], audience: ['professionals'], year: [] })
 * // { type: { any: ['briefing', 'page'] }, audience: { any: ['professionals'] }, year: { any: [] } }
 */
export function pagefindFilters(
	selected: SelectedFilters,
	omit?: SearchFilterKey,
): PagefindFilters {
	return Object.fromEntries(
		FILTER_KEYS.map((key) => [key, { any: key === omit ? [] : [...(selected[key] ?? [])] }]),
	);
}

/** True when two states would run the same search. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
	return searchUrl(a) === searchUrl(b);
}

/** How many filter values are ticked. */
export function countTicked(filters: SelectedFilters): number {
	return FILTER_KEYS.reduce((total, key) => total + (filters[key]?.length ?? 0), 0);
}
