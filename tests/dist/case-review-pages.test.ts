// Every case review's page, read from the one build `npm test` makes (never builds): its heading is
// the review's title, it has the "What the partnership did" section, and it links the review's
// 7-minute briefing or says there is none. The reviews and briefings come from content/ (read with
// the yaml package, not Astro), so a new review is checked without editing this file. That the
// template shows all this in a browser, on a desktop and a phone, is tests/e2e/case-reviews.spec.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtSite } from '../helpers/built-site.ts';
import { publishedEntries } from '../helpers/content-entries.ts';
import { attribute, elementsIn, textOf } from '../helpers/html.ts';

const entries = publishedEntries;

const briefingTitles = new Map(
	entries('briefings').map(({ id, data }) => [id, String(data.title)]),
);
const reviews = entries('case-reviews').map(({ id, data }) => ({
	id,
	title: String(data.title),
	briefing: typeof data.briefing === 'string' ? data.briefing : undefined,
}));
const site = builtSite();

test('content/case-reviews has reviews with and without a briefing', () => {
	assert.ok(
		reviews.some((review) => review.briefing) && reviews.some((review) => !review.briefing),
	);
});

for (const review of reviews) {
	test(`/case-reviews/${review.id}/ shows the review and ${review.briefing ? 'links its briefing' : 'says it has no briefing'}`, () => {
		const page = site.pages.get(`case-reviews/${review.id}/index.html`);
		assert.ok(page, `no dist/case-reviews/${review.id}/index.html`);
		const elements = elementsIn(page.document);
		assert.deepEqual(
			elements.filter((element) => element.tagName === 'h1').map(textOf),
			[review.title],
			'the <h1> is the title',
		);
		assert.ok(
			elements.some(
				(element) =>
					/^h[2-6]$/.test(element.tagName) && textOf(element) === 'What the partnership did',
			),
			'a “What the partnership did” heading',
		);
		const main = elements.find((element) => element.tagName === 'main');
		assert.ok(main, 'a <main>');
		if (review.briefing) {
			const title = briefingTitles.get(review.briefing);
			assert.ok(title, `briefing “${review.briefing}” exists and is published`);
			const links = elementsIn(main).filter(
				(element) => element.tagName === 'a' && textOf(element) === title,
			);
			assert.ok(links.length > 0, `a link named “${title}” in <main>`);
			for (const link of links)
				assert.equal(attribute(link, 'href'), `/briefings/${review.briefing}/`);
		} else {
			assert.ok(
				textOf(main).includes('There is no 7-minute briefing for this review yet.'),
				'says there is no briefing',
			);
		}
	});
}
