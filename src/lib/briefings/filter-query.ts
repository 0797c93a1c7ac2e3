// The filter state of /briefings/ as it travels in the address (?theme=…&type=…).
// Imported by the browser script of <app-briefing-filter>, so it imports nothing: keep it tiny.

/** The four ways to filter briefings, in the order they appear in the address. */
export const FILTER_KEYS = ['theme', 'type', 'audience', 'year'] as const;

/** One way to filter: a learning theme, a review type, an audience or a year of publication. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The values chosen for each filter; an empty list means "any". */
export type FilterSelection = Record<FilterKey, string[]>;

/** A selection with nothing chosen: every briefing matches it. */
export function emptySelection(): FilterSelection {
	return { theme: [], type: [], audience: [], year: [] };
}

/**
 * Reads a selection from a query string. Repeated keys add values (`?theme=a&theme=b`);
 * unknown keys, empty values and repeats are dropped.
 * @example parseFilterQuery('?theme=neglect&year=2025&page=2') // { theme: ['neglect'], type: [], audience: [], year: ['2025'] }
 */
export function parseFilterQuery(search: string | URLSearchParams): FilterSelection {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const selection = emptySelection();
	for (const key of FILTER_KEYS) {
		selection[key] = [...new Set(params.getAll(key).filter((value) => value !== ''))];
	}
	return selection;
}

/**
 * Writes a selection as a query string, keys in a fixed order so equal selections give
 * equal addresses. Returns '' when nothing is chosen, so the address is plain /briefings/.
 * @example toFilterQuery({ theme: ['neglect'], type: [], audience: [], year: ['2025'] }) // "?theme=neglect&year=2025"
 */
export function toFilterQuery(selection: FilterSelection): string {
	const params = new URLSearchParams();
	for (const key of FILTER_KEYS) {
		for (const value of selection[key]) params.append(key, value);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

/**
 * Whether a briefing matches a selection: for every filter with values chosen, the briefing
 * has at least one of them. So values of one filter widen the list (neglect OR exploitation)
 * and different filters narrow it (a theme AND a year), as in GOV.UK's finders.
 * @example matchesSelection({ theme: ['neglect'], year: ['2017'] }, { theme: ['neglect', 'exploitation'], type: [], audience: [], year: [] }) // true
 */
export function matchesSelection(
	values: Partial<Record<FilterKey, readonly string[]>>,
	selection: FilterSelection,
): boolean {
	return FILTER_KEYS.every(
		(key) =>
			selection[key].length === 0 || selection[key].some((value) => values[key]?.includes(value)),
	);
}

/** How many values are chosen across all filters. */
export function countSelected(selection: FilterSelection): number {
	return FILTER_KEYS.reduce((total, key) => total + selection[key].length, 0);
}
