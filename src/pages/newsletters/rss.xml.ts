// The newsletters as an RSS feed, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublished } from '../../lib/content/queries.ts';
import { feedChannel, toFeedItems } from '../../lib/feeds/feeds.ts';

export const GET: APIRoute = async (context) =>
	rss({
		...feedChannel('newsletters', context.site),
		items: toFeedItems('newsletters', await getPublished('newsletters'), context.site),
	});
