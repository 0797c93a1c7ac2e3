// What every entry's page derives from its collection and its data, worked out once here (as
// Starlight derives its route data) so that detail pages pass only what is theirs: breadcrumbs
// from the registry, the search type, audiences and year, the to-be-confirmed notice and the
// review dates.
import { COLLECTIONS, type PagedCollection } from '../../schemas/collections.ts';
import type { ContentAudience } from '../../schemas/collection-definition.ts';
import { isoDate } from '../format-date.ts';
import { ARCHIVE_BEFORE } from './archive.ts';
import { searchFiltersFor, type SearchType } from '../search/search-filters.ts';
import { collectionUrl } from '../urls.ts';

/** One link in the breadcrumbs. */
export interface Crumb {
	label: string;
	href: string;
}

/** The fields of an entry's data this reads, when the collection has them. */
export interface EntryPageData {
	title?: string;
	description?: string;
	summary?: string;
	purpose?: string;
	search?: boolean;
	audiences?: readonly string[];
	published?: Date;
	start?: Date;
	lastReviewed?: Date;
	reviewDue?: Date;
	/** Training: offered in the current programme. */
	current?: boolean;
	/** Priorities: the partnership year, `YYYY-YY`. */
	period?: string;
	toBeConfirmed?: boolean;
	toBeConfirmedNote?: string | undefined;
}

/** What a page may set for itself; everything else is derived. */
export interface EntryPageOptions {
	title?: string;
	description?: string;
	/** The page's date for the search's year filter (default: `published`, else `start`). */
	date?: Date | undefined;
	/** Breadcrumbs between the collection's list and the page, e.g. a priority's period. */
	crumbs?: Crumb[];
	/** Filters of the page's own, added to type, audience and year. */
	searchFilters?: Record<string, string | string[]>;
	/** Metadata for the search result (default: the date, when there is one). */
	searchMeta?: Record<string, string>;
}

/** The props PageLayout takes, derived for one entry. */
export interface EntryPage {
	title: string;
	description: string | undefined;
	breadcrumbs: Crumb[];
	review: { lastReviewed: Date; reviewDue: Date } | undefined;
	toBeConfirmed: { toBeConfirmed: boolean; toBeConfirmedNote?: string | undefined };
	searchable: boolean;
	searchFilters: Record<string, string | string[]>;
	searchMeta: Record<string, string>;
}

const HOME: Crumb = { label: 'Home', href: '/' };

/**
 * Whether an entry is current or earlier material, by the line list pages draw (archive.ts):
 * a course in or out of the current programme, a priority's year, else the entry's date.
 * Undated entries that are not courses or priorities (pages, contacts, levels) are current.
 */
export function eraOf(data: EntryPageData, date: Date | undefined): 'current' | 'earlier' {
	if (typeof data.current === 'boolean') return data.current ? 'current' : 'earlier';
	if (data.period)
		return Date.UTC(Number(data.period.slice(0, 4)), 3, 1) >= ARCHIVE_BEFORE.getTime()
			? 'current'
			: 'earlier';
	if (date) return date >= ARCHIVE_BEFORE ? 'current' : 'earlier';
	return 'current';
}

/** The crumbs above an entry: Home, then the collection's list; for pages, the folders they sit in. */
function breadcrumbsFor(collection: PagedCollection, id: string): Crumb[] {
	const site = COLLECTIONS[collection].site as {
		listTitle?: string;
		navigation?: { label: string };
	};
	if (collection !== 'pages')
		return [
			HOME,
			{
				label: site.navigation?.label ?? site.listTitle ?? collection,
				href: collectionUrl(collection),
			},
		];
	// content/pages/about/budget.md sits under /about/; about/index.md is that folder's own page.
	const folders = id
		.replace(/\/index$/, '')
		.split('/')
		.slice(0, -1);
	return [
		HOME,
		...folders.map((folder, index) => ({
			label: folder.charAt(0).toUpperCase() + folder.slice(1).replace(/-/g, ' '),
			href: `/${folders.slice(0, index + 1).join('/')}/`,
		})),
	];
}

/**
 * The page props for one entry of a collection.
 * @example entryPage('glossary', { id: 'lado', data: { title: 'LADO', search: true } }).breadcrumbs[1] // { label: 'Glossary', href: '/glossary/' }
 */
export function entryPage(
	collection: PagedCollection,
	entry: { id: string; data: EntryPageData },
	options: EntryPageOptions = {},
): EntryPage {
	const { data } = entry;
	const site = COLLECTIONS[collection].site as {
		searchType: SearchType;
		audiences?: readonly ContentAudience[];
	};
	const date = 'date' in options ? options.date : (data.published ?? data.start);
	const audiences = (site.audiences ?? data.audiences ?? []) as readonly ContentAudience[];
	return {
		title: options.title ?? data.title ?? entry.id,
		description: options.description ?? data.description ?? data.summary ?? data.purpose,
		breadcrumbs: [...breadcrumbsFor(collection, entry.id), ...(options.crumbs ?? [])],
		review:
			data.lastReviewed && data.reviewDue
				? { lastReviewed: data.lastReviewed, reviewDue: data.reviewDue }
				: undefined,
		toBeConfirmed: {
			toBeConfirmed: data.toBeConfirmed ?? false,
			toBeConfirmedNote: data.toBeConfirmedNote,
		},
		searchable: data.search ?? true,
		// `era` is not shown as a filter: search lists current material first, then earlier (site-search.ts).
		searchFilters: {
			...searchFiltersFor({ type: site.searchType, audiences, date }),
			era: eraOf(data, date),
			...options.searchFilters,
		},
		searchMeta: options.searchMeta ?? (date ? { date: isoDate(date) } : {}),
	};
}

/** A collection with an index page: every one but `pages`. */
export type ListedCollection = Exclude<PagedCollection, 'pages'>;

/**
 * The page props for a collection's index page: its title from the registry's list title (as the
 * A to Z and the breadcrumbs name it) and its search type and audiences, like its entries'.
 * @example collectionIndexPage('reports').title // "Reports"
 */
export function collectionIndexPage(collection: ListedCollection): {
	title: string;
	searchFilters: Record<string, string | string[]>;
} {
	const site = COLLECTIONS[collection].site as {
		listTitle: string;
		searchType: SearchType;
		audiences?: readonly ContentAudience[];
	};
	return {
		title: site.listTitle,
		searchFilters: searchFiltersFor({ type: site.searchType, audiences: site.audiences ?? [] }),
	};
}
