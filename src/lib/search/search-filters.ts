/**
 * The site search's filter vocabulary: one `type`, `audience` and `year` per page, written into
 * the page as Pagefind filters (`data-pagefind-filter="type:briefing"`) by BaseLayout, and shown
 * as checkboxes on /search/. Values are explicit (`key:value`) so a template's wording can never
 * leak into a filter. Shared by the templates and the search page's script, so both use the same words.
 * The `type` values come from the registry (src/schemas/collections.ts, via search-types.ts).
 */

import type { ContentAudience } from '../../schemas/collection-definition.ts';
import type { SearchType } from './search-types.ts';

export type { SearchType } from './search-types.ts';

/**
 * Who a page is for. The content's own audiences (`public`, `professionals`,
 * `children-and-young-people`) in words; the practitioner groups a briefing names
 * (education, health…) all count as `professionals` here, so the filter means one thing
 * across every type. The briefings library keeps its finer audience filter.
 */
export const SEARCH_AUDIENCES = ['public', 'professionals', 'children and young people'] as const;

/** One value of the `audience` filter. */
export type SearchAudience = (typeof SEARCH_AUDIENCES)[number];

/** How each audience reads on its checkbox. */
export const SEARCH_AUDIENCE_LABELS: Record<SearchAudience, string> = {
	public: 'Parents, carers and the public',
	professionals: 'Professionals',
	'children and young people': 'Children and young people',
};

/** The filter groups the search page shows, in order, with their legends. */
export const SEARCH_FILTER_GROUPS = [
	{ key: 'type', legend: 'Type of page' },
	{ key: 'audience', legend: 'Who it is for' },
	{ key: 'year', legend: 'Year' },
] as const;

/** The key of one filter group. */
export type SearchFilterKey = (typeof SEARCH_FILTER_GROUPS)[number]['key'];

/** What a template knows about its page, for {@link searchFiltersFor}. */
export interface PageSearchFacts {
	type: SearchType;
	/** Content audiences (`children-and-young-people`) or search audiences (`professionals`). */
	audiences?: readonly (ContentAudience | SearchAudience)[];
	/** The page's date: its year becomes the `year` filter. */
	date?: Date | undefined;
}

/**
 * The Pagefind filters for one page, for BaseLayout's `searchFilters` prop.
 * The year is the calendar year in UK time.
 * @example searchFiltersFor({ type: 'briefing', audiences: ['professionals'], date: new Date('2025-03-01') })
 * // { type: ['briefing'], audience: ['professionals'], year: ['2025'] }
 */
export function searchFiltersFor({
	type,
	audiences = [],
	date,
}: PageSearchFacts): Record<SearchFilterKey, string[]> {
	const audience = [...new Set(audiences.map((value) => value.replace(/-/g, ' ')))];
	const year = date
		? [
				new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Europe/London' }).format(
					date,
				),
			]
		: [];
	return { type: [type], audience, year };
}

/**
 * The label for a filter value in a group: types and audiences have words, years are themselves.
 * `typeLabels` comes from the registry (search-types.ts), passed in so this file stays light
 * enough for the search page's script.
 */
export function filterValueLabel(
	key: string,
	value: string,
	typeLabels: Readonly<Record<string, string>>,
): string {
	if (key === 'type') return typeLabels[value] ?? value;
	if (key === 'audience') return SEARCH_AUDIENCE_LABELS[value as SearchAudience] ?? value;
	return value;
}
