// Lists every page the site builds, for the A to Z page: fixed pages, each collection's index
// page and every entry, all named from the registry (src/schemas/collections.ts).
import type { CollectionEntry } from 'astro:content';
import { COLLECTIONS, COLLECTION_NAMES, type PagedCollection } from '../../schemas/collections.ts';
import { collectionUrl, entryUrl, priorityPeriodUrl } from '../urls.ts';
import { groupPrioritiesByPeriod } from './group-priorities.ts';
import { getPublished } from './queries.ts';

/** One page in the A to Z. */
export interface SitePage {
	title: string;
	href: string;
	/** What kind of page it is, shown beside the title. */
	kind: string;
}

/** Pages built from src/pages alone. */
const FIXED_PAGES: SitePage[] = [
	{ title: 'Home', href: '/', kind: 'page' },
	{ title: 'Report a concern about a child', href: '/report-a-concern/', kind: 'page' },
	{ title: 'What’s changed', href: '/whats-changed/', kind: 'page' },
];

/** Collections whose terms the A to Z leaves out: the glossary lists them itself. */
const LISTED_ELSEWHERE = new Set<PagedCollection>(['glossary']);

const pagedCollections = COLLECTION_NAMES.filter(
	(name): name is PagedCollection => 'site' in COLLECTIONS[name],
);

/** An entry's line in the A to Z; a few collections name their entries in their own way. */
function entryPage(collection: PagedCollection, entry: CollectionEntry<PagedCollection>): SitePage {
	const href = entryUrl(collection, entry.id);
	const kind = COLLECTIONS[collection].site.searchLabel.toLowerCase();
	const data = entry.data as {
		title: string;
		level?: number;
		name?: string;
		scope?: string;
		period?: string;
	};
	if (collection === 'levels-of-need')
		return { title: `Level ${data.level}: ${data.name}`, href, kind };
	if (collection === 'case-reviews')
		return { title: data.title, href, kind: `${data.scope} ${kind}` };
	if (collection === 'priorities')
		return { title: data.title, href, kind: `${kind} ${data.period}` };
	return { title: data.title, href, kind };
}

/** Every page, sorted by title. */
export async function listAllPages(): Promise<SitePage[]> {
	const all: SitePage[] = [...FIXED_PAGES];
	for (const collection of pagedCollections) {
		const { listTitle } = COLLECTIONS[collection].site as { listTitle?: string };
		if (listTitle) all.push({ title: listTitle, href: collectionUrl(collection), kind: 'list' });
		if (LISTED_ELSEWHERE.has(collection)) continue;
		const entries = await getPublished(collection);
		all.push(...entries.map((entry) => entryPage(collection, entry)));
		if (collection === 'priorities') {
			const periods = groupPrioritiesByPeriod(entries as CollectionEntry<'priorities'>[]);
			all.push(
				...periods.map(({ period }) => ({
					title: `Priorities ${period}`,
					href: priorityPeriodUrl(period),
					kind: 'priorities',
				})),
			);
		}
	}
	return all.sort((a, b) =>
		a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base', numeric: true }),
	);
}
