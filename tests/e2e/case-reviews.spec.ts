// The case reviews hub lists every review in content/case-reviews under "Local reviews" or "National
// reviews", and each review's page links its 7-minute briefing where the review names one.
// The expected lists come from the content files, so a new review is checked without editing this file.
// Every review's own page is checked from its built HTML in tests/dist/case-review-pages.test.ts.
import { expect, test } from '@playwright/test';
import { publishedEntries } from '../helpers/content-entries.ts';

const entries = publishedEntries;

const briefingTitles = new Map(
	entries('briefings').map(({ id, data }) => [id, String(data.title)]),
);
const reviews = entries('case-reviews').map(({ id, data }) => ({
	id,
	title: String(data.title),
	scope: data.scope as 'local' | 'national',
	briefing: typeof data.briefing === 'string' ? data.briefing : undefined,
}));
const SECTIONS = { local: 'Local reviews', national: 'National reviews' } as const;

test('content/case-reviews has local and national reviews to list', () => {
	expect(reviews.filter((review) => review.scope === 'local').length).toBeGreaterThan(0);
	expect(reviews.filter((review) => review.scope === 'national').length).toBeGreaterThan(0);
});

test('the main navigation links the hub after the 7-minute briefings', async ({ page }) => {
	await page.goto('/');
	const labels = await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link')
		.allTextContents();
	const trimmed = labels.map((label) => label.trim());
	expect(trimmed.indexOf('Case reviews')).toBe(trimmed.indexOf('7-minute briefings') + 1);
});

test('the hub lists every review, each in its local or national section', async ({ page }) => {
	await page.goto('/case-reviews/');
	for (const [scope, name] of Object.entries(SECTIONS)) {
		const section = page.getByRole('region', { name });
		const expected = reviews.filter((review) => review.scope === scope);
		// Exactly these reviews, no more: every review link in the section is one of them.
		await expect(section.locator('a[href^="/case-reviews/"]')).toHaveCount(expected.length);
		for (const review of expected) {
			await expect
				.soft(section.getByRole('link', { name: review.title, exact: true }), review.id)
				.toHaveAttribute('href', `/case-reviews/${review.id}/`);
		}
	}
});

test('the hub links each review’s briefing', async ({ page }) => {
	await page.goto('/case-reviews/');
	for (const review of reviews.filter((item) => item.briefing)) {
		const item = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: review.title, exact: true }) });
		await expect
			.soft(
				item.getByRole('link', { name: briefingTitles.get(review.briefing ?? ''), exact: true }),
				review.id,
			)
			.toHaveAttribute('href', `/briefings/${review.briefing}/`);
	}
});

// Every review page's heading, section and briefing link are read from the built HTML by
// tests/dist/case-review-pages.test.ts. Here, in the browser on each screen, that the template
// shows them: one review that links its briefing and one that has none.
const samples = [
	reviews.find((review) => review.briefing),
	reviews.find((review) => !review.briefing),
].filter((review) => review !== undefined);
for (const review of samples) {
	test(`/case-reviews/${review.id}/ shows the review and ${review.briefing ? 'links its briefing' : 'says it has no briefing'}`, async ({
		page,
	}) => {
		const response = await page.goto(`/case-reviews/${review.id}/`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(review.title);
		await expect(page.getByRole('heading', { name: 'What the partnership did' })).toBeVisible();
		if (review.briefing) {
			const title = briefingTitles.get(review.briefing);
			expect(title, `briefing “${review.briefing}” exists and is published`).toBeDefined();
			await expect(
				page.getByRole('main').getByRole('link', { name: title, exact: true }),
			).toHaveAttribute('href', `/briefings/${review.briefing}/`);
		} else {
			await expect(
				page.getByText('There is no 7-minute briefing for this review yet.'),
			).toBeVisible();
		}
	});
}
