// “What's changed”: what is logged (and what is not), the order, the months, and the feed, which
// must parse as strict XML and carry every line.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SaxesParser } from 'saxes';
import rss from '@astrojs/rss';
import {
	changeLogItems,
	groupByMonth,
	type ChangeLogSource,
} from '../../src/lib/changes/change-log.ts';
import { changeFeed } from '../../src/lib/feeds/feeds.ts';

const LADO: ChangeLogSource = {
	href: '/contacts/lado/',
	title: 'Local Authority Designated Officer (LADO)',
	kindLabel: 'Contact',
	changes: [
		{
			date: new Date('2027-01-05'),
			kind: 'updated',
			summary: 'The LADO has a new phone number: see the contact page.',
		},
	],
};
const OLD_BRIEFING: ChangeLogSource = {
	href: '/briefings/was-not-brought/',
	title: 'Was not brought',
	kindLabel: '7-minute briefing',
	published: new Date('2022-07-04'),
};
const NEW_BRIEFING: ChangeLogSource = {
	href: '/briefings/new-one/',
	title: 'A new briefing',
	kindLabel: '7-minute briefing',
	published: new Date('2027-02-10'),
};

describe('changeLogItems', () => {
	const items = changeLogItems([LADO, OLD_BRIEFING, NEW_BRIEFING], '2026-12-03');

	test('logs editors’ changes and new entries since the log started, newest first', () => {
		assert.deepEqual(
			items.map((item) => `${item.date} ${item.kind} ${item.summary}`),
			[
				'2027-02-10 added New 7-minute briefing: A new briefing.',
				'2027-01-05 updated The LADO has a new phone number: see the contact page.',
			],
		);
	});

	test('never logs what did not change on this site: material published before the log began', () => {
		assert.ok(!items.some((item) => item.href === OLD_BRIEFING.href));
		assert.deepEqual(changeLogItems([OLD_BRIEFING], '2026-12-03'), []);
	});

	test('gives every line its own id, also for two changes to one page on one day', () => {
		const twice = changeLogItems([
			{
				...LADO,
				changes: [
					...(LADO.changes ?? []),
					{
						date: new Date('2027-01-05'),
						kind: 'updated',
						summary: 'The LADO email address has changed too.',
					},
				],
			},
		]);
		assert.equal(new Set(twice.map((item) => item.id)).size, 2);
	});

	test('groups by month, newest first', () => {
		assert.deepEqual(
			groupByMonth(items).map((group) => `${group.id} ${group.month} ${group.items.length}`),
			['changes-2027-02 February 2027 1', 'changes-2027-01 January 2027 1'],
		);
	});
});

describe('the What’s changed feed', () => {
	const items = changeLogItems([LADO, NEW_BRIEFING], '2026-12-03');

	test('is well-formed XML with one item per line, each linking to its line on the page', async () => {
		const response = await rss(changeFeed(items, 'https://www.redbridgescp.org.uk'));
		const xml = await response.text();
		const parser = new SaxesParser({ xmlns: true });
		const links: string[] = [];
		let inLink = false;
		parser.on('opentag', (tag) => (inLink = tag.name === 'link'));
		parser.on('text', (text) => inLink && links.push(text));
		parser.on('closetag', () => (inLink = false));
		parser.write(xml).close();
		assert.match(
			xml,
			/<description>The LADO has a new phone number: see the contact page\.<\/description>/,
		);
		assert.ok(links.includes(`https://www.redbridgescp.org.uk/whats-changed/#${items[1]?.id}`));
		assert.equal((xml.match(/<item>/g) ?? []).length, 2);
	});
});
