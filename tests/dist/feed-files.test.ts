// The built RSS feeds in dist/, read with saxes (a strict XML 1.0 and namespaces parser: any
// well-formedness error throws; @astrojs/rss writes with fast-xml-parser, so this is an independent
// reader) and compared with the entries' frontmatter in content/ (read with js-yaml, not Astro).
// Reads the one build `npm test` makes; fails (never builds) when dist/ has none.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { requireBuilt } from '../helpers/built-site.ts';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { SaxesParser } from 'saxes';
import { publishedEntries } from '../helpers/content-entries.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const SITE_URL = 'https://www.redbridgescp.org.uk';
const COLLECTIONS = ['newsletters', 'briefings'] as const;

/** Published entries of a collection, as written in content/<collection>/. */
function readEntries(
	collection: string,
): { id: string; title: string; summary: string; published: Date }[] {
	return publishedEntries(collection).map(({ id, data }) => ({
		id,
		title: String(data.title),
		summary: String(data.summary),
		published: new Date(String(data.published)),
	}));
}

/** An XML element: its qualified name, attributes, child elements and own text. */
interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

/** Parses an XML document strictly (throws on the first well-formedness or namespace error). */
function parseXml(xml: string): XmlElement {
	const document: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
	const open: XmlElement[] = [document];
	const parser = new SaxesParser({ xmlns: true });
	parser.on('error', (error) => {
		throw error;
	});
	parser.on('opentag', (tag) => {
		const element: XmlElement = {
			name: tag.name,
			attributes: Object.fromEntries(
				Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value]),
			),
			children: [],
			text: '',
		};
		open.at(-1)!.children.push(element);
		open.push(element);
	});
	parser.on('text', (text) => (open.at(-1)!.text += text));
	parser.on('cdata', (text) => (open.at(-1)!.text += text));
	parser.on('closetag', () => open.pop());
	parser.write(xml).close();
	assert.equal(document.children.length, 1, 'one root element');
	return document.children[0]!;
}

/** The child elements called `name`. */
const childrenNamed = (element: XmlElement, name: string) =>
	element.children.filter((child) => child.name === name);

/** The text of the only child element called `name`. */
function childText(element: XmlElement, name: string): string {
	const matches = childrenNamed(element, name);
	assert.equal(matches.length, 1, `<${element.name}> has one <${name}>`);
	return matches[0]!.text;
}

/** Elements with a tag name anywhere under `node`. */
function elementsIn(
	node: DefaultTreeAdapterTypes.ParentNode,
	tagName: string,
): DefaultTreeAdapterTypes.Element[] {
	return node.childNodes.flatMap((child) => {
		if (!('tagName' in child)) return [];
		return [...(child.tagName === tagName ? [child] : []), ...elementsIn(child, tagName)];
	});
}

const attribute = (element: DefaultTreeAdapterTypes.Element, name: string) =>
	element.attrs.find((item) => item.name === name)?.value;

before(() => requireBuilt('briefings/rss.xml', 'newsletters/rss.xml'));

test('the XML reader rejects what is not well-formed', () => {
	assert.throws(() => parseXml('<rss><title>Fish & chips</title></rss>'));
	assert.throws(() => parseXml('<rss><channel></rss>'));
	assert.throws(() => parseXml('<rss><atom:link href="x"/></rss>'), /prefix/);
	assert.equal(
		childText(parseXml('<rss><title>It&apos;s &amp; more</title></rss>'), 'title'),
		"It's & more",
	);
});

for (const collection of COLLECTIONS) {
	test(`/${collection}/rss.xml is well-formed RSS 2.0 with one item per published entry, newest first`, () => {
		const file = join(DIST, collection, 'rss.xml');
		assert.ok(existsSync(file), `no ${file}: rebuild with npx astro build`);
		const rss = parseXml(readFileSync(file, 'utf8'));
		assert.equal(rss.name, 'rss');
		assert.equal(rss.attributes.version, '2.0');
		const [channel, ...otherChannels] = childrenNamed(rss, 'channel');
		assert.ok(channel && otherChannels.length === 0, 'one <channel>');
		assert.ok(
			childText(channel, 'title') && childText(channel, 'description'),
			'the channel has a title and a description',
		);
		assert.equal(childText(channel, 'link'), `${SITE_URL}/${collection}/`);
		assert.equal(
			childrenNamed(channel, 'atom:link')[0]?.attributes.href,
			`${SITE_URL}/${collection}/rss.xml`,
		);

		const entries = readEntries(collection);
		assert.ok(entries.length > 0, `content/${collection}/ has published entries`);
		const expected = [...entries].sort(
			(a, b) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title),
		);
		const items = childrenNamed(channel, 'item');
		assert.equal(
			items.length,
			entries.length,
			'one <item> per published entry (dist/ out of date? rebuild)',
		);
		items.forEach((item, index) => {
			const entry = expected[index]!;
			const link = `${SITE_URL}/${collection}/${entry.id}/`;
			const pubDate = childText(item, 'pubDate');
			const [guid] = childrenNamed(item, 'guid');
			assert.equal(childText(item, 'title'), entry.title, `item ${index + 1}: title`);
			assert.equal(childText(item, 'link'), link, `item ${index + 1}: link`);
			assert.equal(guid?.text, link, `item ${index + 1}: guid`);
			assert.equal(
				guid?.attributes.isPermaLink,
				'true',
				`item ${index + 1}: guid is the permalink`,
			);
			assert.equal(
				new Date(pubDate).getTime(),
				entry.published.getTime(),
				`item ${index + 1}: pubDate`,
			);
			assert.match(
				pubDate,
				/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
				`item ${index + 1}: pubDate is an RFC 822 date`,
			);
			assert.equal(childText(item, 'description'), entry.summary, `item ${index + 1}: description`);
			assert.ok(
				existsSync(join(DIST, collection, entry.id, 'index.html')),
				`item ${index + 1}: ${link} has no page in dist/`,
			);
		});
	});

	test(`/${collection}/ links its feed`, () => {
		const document = parse(readFileSync(join(DIST, collection, 'index.html'), 'utf8'));
		const hrefs = elementsIn(document, 'a').map((element) => attribute(element, 'href'));
		assert.ok(
			hrefs.includes(`/${collection}/rss.xml`),
			`/${collection}/ has no visible link to its feed`,
		);
	});
}

test('every page’s head announces every feed: newsletters, briefings and what’s changed', () => {
	for (const page of ['index.html', 'newsletters/index.html', 'events/index.html']) {
		const [head] = elementsIn(parse(readFileSync(join(DIST, page), 'utf8')), 'head');
		assert.ok(head, `${page} has a <head>`);
		const feeds = elementsIn(head, 'link')
			.filter(
				(link) =>
					attribute(link, 'rel') === 'alternate' &&
					attribute(link, 'type') === 'application/rss+xml',
			)
			.map((link) => attribute(link, 'href'));
		assert.deepEqual(
			feeds.sort(),
			[
				...COLLECTIONS.map((collection) => `/${collection}/rss.xml`),
				'/whats-changed/rss.xml',
			].sort(),
			page,
		);
	}
});

test('the What’s changed feed is well-formed RSS whose channel links its page, one item per line of the page', () => {
	const xml = readFileSync(join(DIST, 'whats-changed/rss.xml'), 'utf8');
	const parser = new SaxesParser({ xmlns: true });
	let channelLink = '';
	let items = 0;
	let path: string[] = [];
	parser.on('opentag', (tag) => {
		path = [...path, tag.name];
		if (tag.name === 'item') items += 1;
	});
	parser.on('text', (text) => {
		if (path.join('/') === 'rss/channel/link') channelLink += text;
	});
	parser.on('closetag', () => (path = path.slice(0, -1)));
	parser.write(xml).close();
	assert.equal(channelLink, `${SITE_URL}/whats-changed/`);
	const page = readFileSync(join(DIST, 'whats-changed/index.html'), 'utf8');
	assert.equal(items, (page.match(/class="app-change-list__item"/g) ?? []).length);
});
