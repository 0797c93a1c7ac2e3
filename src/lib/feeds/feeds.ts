import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { CHANGE_KIND_LABELS, type ChangeLogItem } from '../changes/change-log.ts';
import { SITE } from '../../site.ts';
import { collectionUrl, entryUrl } from '../urls.ts';

/** The collections with an RSS feed. */
export type FeedCollection = 'newsletters' | 'briefings';

/** Each feed's address and channel text: the head links, the index pages and the feeds read them from here. */
export const FEEDS: Record<FeedCollection, { path: string; title: string; description: string }> = {
	newsletters: {
		path: '/newsletters/rss.xml',
		title: 'RSCP newsletters',
		description: 'New editions of the Redbridge Safeguarding Children Partnership newsletter.',
	},
	briefings: {
		path: '/briefings/rss.xml',
		title: 'RSCP 7-minute briefings',
		description:
			'New 7-minute briefings on learning from local and national reviews, from the Redbridge Safeguarding Children Partnership.',
	},
};

/** The fields of an entry that its feed item uses. */
export interface FeedEntry {
	id: string;
	data: { title: string; summary: string; published: Date };
}

/**
 * Feed items for a collection's entries, newest first (title order breaks ties, so the feed
 * does not reorder between builds). Links are absolute, as RSS requires; `@astrojs/rss` also
 * uses each link as the item's `guid`.
 * Drafts must already be left out (pages get entries through `getPublished`).
 * @param site The site's address; endpoints pass `context.site` (from astro.config.mjs).
 */
export function toFeedItems(
	collection: FeedCollection,
	entries: readonly FeedEntry[],
	site: URL | string = SITE.url,
): RSSFeedItem[] {
	return [...entries]
		.sort(
			(a, b) =>
				b.data.published.getTime() - a.data.published.getTime() ||
				a.data.title.localeCompare(b.data.title),
		)
		.map((entry) => ({
			title: entry.data.title,
			link: new URL(entryUrl(collection, entry.id), site).href,
			pubDate: entry.data.published,
			description: entry.data.summary,
		}));
}

/**
 * The channel options of a feed: title, description, language, the `atom:link rel="self"` that
 * feed validators ask for, and as the channel's `<link>` the collection's index page.
 * @param site The site's address; endpoints pass `context.site` (from astro.config.mjs).
 */
export function feedChannel(
	collection: FeedCollection,
	site: URL | string = SITE.url,
): Omit<RSSOptions, 'items'> {
	const feed = FEEDS[collection];
	return {
		title: feed.title,
		description: feed.description,
		// @astrojs/rss writes `site` as the channel's <link>.
		site: new URL(collectionUrl(collection), site).href,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${SITE.locale.toLowerCase()}</language><atom:link href="${new URL(feed.path, site).href}" rel="self" type="application/rss+xml"/>`,
	};
}

/** “What's changed” as a feed: its address and channel text (the head links to it too). */
export const CHANGES_FEED = {
	path: '/whats-changed/rss.xml',
	title: 'What’s changed on the RSCP website',
	description:
		'Changes to guidance, contacts, levels of need and other pages of the Redbridge Safeguarding Children Partnership website.',
} as const;

/**
 * The whole “What's changed” feed: one item per line of the log. Each links to its own line on
 * /whats-changed/ (which links to the changed page): the link is also the item's guid, so a
 * second change to the same page is a new item for feed readers.
 */
export function changeFeed(
	items: readonly ChangeLogItem[],
	site: URL | string = SITE.url,
): RSSOptions {
	return {
		title: CHANGES_FEED.title,
		description: CHANGES_FEED.description,
		site: new URL('/whats-changed/', site).href,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${SITE.locale.toLowerCase()}</language><atom:link href="${new URL(CHANGES_FEED.path, site).href}" rel="self" type="application/rss+xml"/>`,
		items: items.map((item) => ({
			title: `${CHANGE_KIND_LABELS[item.kind]}: ${item.pageTitle}`,
			link: new URL(`/whats-changed/#${item.id}`, site).href,
			pubDate: new Date(`${item.date}T00:00:00Z`),
			description: item.summary,
		})),
	};
}
