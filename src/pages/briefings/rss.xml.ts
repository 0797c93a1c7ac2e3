// The 7-minute briefings as an RSS feed, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublished } from '../../lib/content/queries.ts';
import { feedChannel, toFeedItems } from '../../lib/feeds/feeds.ts';

export const GET: APIRoute = async (context) =>
	rss({
		...feedChannel('briefings', context.site),
		items: toFeedItems('briefings', await getPublished('briefings'), context.site),
	});
