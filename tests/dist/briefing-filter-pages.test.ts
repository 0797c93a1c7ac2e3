// The briefings library's filter links, read from the one build `npm test` makes (never builds):
// every link in the index's "Filter briefings" navigation leads to a built page that lists exactly
// as many briefings as the link's count says. These are static pages, so this is a fact of the
// HTML; how a reader uses them without JavaScript is tests/e2e/briefings.nojs.spec.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtSite } from '../helpers/built-site.ts';
import { attribute, elementsIn, textOf, type HtmlElement } from '../helpers/html.ts';

const site = builtSite();

/** The briefings a built page lists: the items of its `data-briefing-list`. */
function listedBriefings(path: string): number | undefined {
	const page = site.pages.get(`${path.replace(/^\//, '')}index.html`);
	if (!page) return undefined;
	const list = elementsIn(page.document).find(
		(element) => attribute(element, 'data-briefing-list') !== undefined,
	);
	return list?.childNodes.filter((node) => (node as HtmlElement).tagName === 'li').length ?? 0;
}

test('every filter link on the briefings index leads to a page with as many briefings as its count says', () => {
	const index = site.pages.get('briefings/index.html');
	assert.ok(index, 'no dist/briefings/index.html');
	const navigation = elementsIn(index.document).find(
		(element) =>
			element.tagName === 'nav' &&
			attribute(element, 'aria-labelledby') === 'briefing-filter-links-title',
	);
	assert.ok(navigation, 'a “Filter briefings” navigation on /briefings/');
	const links = elementsIn(navigation)
		.filter((element) => element.tagName === 'li')
		.map((item) => ({
			href:
				attribute(
					elementsIn(item).find((element) => element.tagName === 'a')!,
					'href',
				) ?? '',
			count: Number(/\((\d+)/.exec(textOf(item))?.[1]),
		}));
	assert.ok(links.length > 10, `expected the filter links, found ${links.length}`);
	const wrong = links.flatMap(({ href, count }) => {
		if (!/^\/briefings\/(theme|type|audience|year)\/[^/]+\/$/.test(href))
			return [`${href}: not a filter page address`];
		const listed = listedBriefings(href);
		if (listed === undefined) return [`${href}: no such page in dist/`];
		return listed === count ? [] : [`${href}: the link says ${count}, the page lists ${listed}`];
	});
	assert.deepEqual(wrong, []);
});
