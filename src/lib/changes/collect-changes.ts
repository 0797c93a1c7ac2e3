// Gathers “What's changed” from every collection with pages (astro:content, through queries.ts).
import { COLLECTIONS, COLLECTION_NAMES, type PagedCollection } from '../../schemas/collections.ts';
import { getPublished } from '../content/queries.ts';
import { entryUrl } from '../urls.ts';
import { changeLogItems, type ChangeLogItem, type ChangeLogSource } from './change-log.ts';

/** Collections whose new entries are logged on their own, from their publication date. */
const LOGGED_WHEN_PUBLISHED = new Set<PagedCollection>(['briefings', 'newsletters', 'reports']);

/** Every line of “What's changed”, newest first. Drafts are left out with their changes. */
export async function collectChanges(): Promise<ChangeLogItem[]> {
	const sources: ChangeLogSource[] = [];
	for (const name of COLLECTION_NAMES) {
		const site = (COLLECTIONS[name] as { site?: { searchLabel: string } }).site;
		if (!site) continue;
		const collection = name as PagedCollection;
		for (const entry of await getPublished(collection)) {
			const data = entry.data as {
				title: string;
				published?: Date;
				changes?: ChangeLogSource['changes'];
			};
			sources.push({
				href: entryUrl(collection, entry.id),
				title: data.title,
				kindLabel: site.searchLabel,
				...(LOGGED_WHEN_PUBLISHED.has(collection) && data.published
					? { published: data.published }
					: {}),
				...(data.changes ? { changes: data.changes } : {}),
			});
		}
	}
	return changeLogItems(sources);
}
