// The feed library: items newest first with absolute links, and the channel options.
// The built feeds are checked in feeds-dist.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FEEDS, feedChannel, toFeedItems } from '../../src/lib/feeds/feeds.ts';

const entry = (id: string, published: string, title = id) => ({
	id,
	data: { title, summary: `Summary of ${id}.`, published: new Date(published) },
});

test('toFeedItems sorts newest first, title order breaking ties, with absolute links', () => {
	const items = toFeedItems('briefings', [
		entry('old', '2020-01-01'),
		entry('b-new', '2025-09-01', 'B'),
		entry('a-new', '2025-09-01', 'A'),
	]);
	assert.deepEqual(
		items.map((item) => item.link),
		[
			'https://www.redbridgescp.org.uk/briefings/a-new/',
			'https://www.redbridgescp.org.uk/briefings/b-new/',
			'https://www.redbridgescp.org.uk/briefings/old/',
		],
	);
	assert.deepEqual(items[2], {
		title: 'old',
		link: 'https://www.redbridgescp.org.uk/briefings/old/',
		pubDate: new Date('2020-01-01'),
		description: 'Summary of old.',
	});
});

test('toFeedItems uses the site address it is given, and leaves its input in order', () => {
	const entries = [entry('summer-2022', '2022-07-15'), entry('winter-2022', '2022-12-01')];
	const items = toFeedItems('newsletters', entries, new URL('https://preview.example/'));
	assert.deepEqual(
		items.map((item) => item.link),
		[
			'https://preview.example/newsletters/winter-2022/',
			'https://preview.example/newsletters/summer-2022/',
		],
	);
	assert.equal(entries[0]?.id, 'summer-2022');
});

test('feedChannel links the channel to the collection page and the feed to itself', () => {
	const channel = feedChannel('newsletters');
	assert.equal(channel.title, FEEDS.newsletters.title);
	assert.equal(channel.site, 'https://www.redbridgescp.org.uk/newsletters/');
	assert.match(
		channel.customData ?? '',
		/<atom:link href="https:\/\/www\.redbridgescp\.org\.uk\/newsletters\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/,
	);
	assert.deepEqual(channel.xmlns, { atom: 'http://www.w3.org/2005/Atom' });
});

test('each feed lives at rss.xml in its collection’s folder', () => {
	assert.equal(FEEDS.newsletters.path, '/newsletters/rss.xml');
	assert.equal(FEEDS.briefings.path, '/briefings/rss.xml');
});
