// The filters of the briefings library, built from the briefings themselves: only values
// that some briefing has, each with its count and the address of its static filter page.
import {
	BRIEFING_AUDIENCES,
	REVIEW_TYPES,
	REVIEW_TYPE_LABELS,
	type BriefingsFrontmatter,
} from '../../schemas/briefings.ts';
import { labelFor } from '../labels.ts';
import { FILTER_KEYS, type FilterKey } from './filter-query.ts';

/** The fields a briefing is filtered on. */
export type BriefingFilterSource = Pick<
	BriefingsFrontmatter,
	'learningThemes' | 'reviewType' | 'audiences' | 'published'
>;

/** Each filter's name for people: a group heading, a legend, the label of the active filter. */
export const FILTER_NAMES: Record<FilterKey, string> = {
	theme: 'Learning theme',
	type: 'Type of review',
	audience: 'Who it is for',
	year: 'Year published',
};

/** One value of a filter, as a link or a checkbox. */
export interface FilterOption {
	value: string;
	label: string;
	/** How many briefings have this value. */
	count: number;
	/** The static page listing those briefings: the filter without JavaScript. */
	href: string;
}

/** One filter with the values briefings actually have. */
export interface FilterGroup {
	key: FilterKey;
	name: string;
	options: FilterOption[];
}

/**
 * The values a briefing has for each filter. The year is the calendar year of `published`
 * (dates are stored as UTC midnight, so the UTC year is the year the editor typed).
 * @example filterValuesOf({ learningThemes: ['neglect'], reviewType: 'audit', audiences: ['health'], published: new Date('2017-07-01') })
 * // { theme: ['neglect'], type: ['audit'], audience: ['health'], year: ['2017'] }
 */
export function filterValuesOf(briefing: BriefingFilterSource): Record<FilterKey, string[]> {
	return {
		theme: [...briefing.learningThemes],
		type: [briefing.reviewType],
		audience: [...briefing.audiences],
		year: [String(briefing.published.getUTCFullYear())],
	};
}

/**
 * The label people see for a filter value.
 * @example filterValueLabel('type', 'local-cspr') // "Local child safeguarding practice review"
 * @example filterValueLabel('theme', 'voice-of-the-child') // "Voice of the child"
 */
export function filterValueLabel(key: FilterKey, value: string): string {
	if (key === 'year') return value;
	if (key === 'type')
		return REVIEW_TYPE_LABELS[value as keyof typeof REVIEW_TYPE_LABELS] ?? labelFor(value);
	return labelFor(value);
}

/**
 * The static page of one filter value, which works without JavaScript.
 * @example filterPageUrl('theme', 'neglect') // "/briefings/theme/neglect/"
 */
export function filterPageUrl(key: FilterKey, value: string): string {
	return `/briefings/${key}/${encodeURIComponent(value)}/`;
}

/** Where each filter's values come in the list: the order that helps people scan it. */
const ORDER: Record<FilterKey, (a: FilterOption, b: FilterOption) => number> = {
	// Seventeen possible themes: alphabetical is quickest to scan.
	theme: (a, b) => a.label.localeCompare(b.label, 'en-GB'),
	// Types and audiences keep the schema's order, which puts "All practitioners" first.
	type: (a, b) => REVIEW_TYPES.indexOf(a.value as never) - REVIEW_TYPES.indexOf(b.value as never),
	audience: (a, b) =>
		BRIEFING_AUDIENCES.indexOf(a.value as never) - BRIEFING_AUDIENCES.indexOf(b.value as never),
	// Newest year first, like the list itself.
	year: (a, b) => Number(b.value) - Number(a.value),
};

/**
 * Every filter with the values at least one briefing has, counted. Values no briefing has
 * are left out, so no filter link leads to an empty page.
 */
export function buildFilterGroups(briefings: readonly BriefingFilterSource[]): FilterGroup[] {
	return FILTER_KEYS.map((key) => {
		const counts = new Map<string, number>();
		for (const briefing of briefings) {
			for (const value of filterValuesOf(briefing)[key])
				counts.set(value, (counts.get(value) ?? 0) + 1);
		}
		const options = [...counts].map(([value, count]) => ({
			value,
			label: filterValueLabel(key, value),
			count,
			href: filterPageUrl(key, value),
		}));
		return { key, name: FILTER_NAMES[key], options: options.sort(ORDER[key]) };
	});
}
