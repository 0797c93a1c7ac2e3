// What's changed as an RSS feed, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { collectChanges } from '../../lib/changes/collect-changes.ts';
import { changeFeed } from '../../lib/feeds/feeds.ts';

export const GET: APIRoute = async (context) =>
	rss(changeFeed(await collectChanges(), context.site));
