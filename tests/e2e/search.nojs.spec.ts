// Search without JavaScript (the `no-js` project): Pagefind cannot run, so the header offers the
// A to Z instead of a search box, and /search/ says why and lists the main sections.
import { expect, test } from '@playwright/test';
import { MAIN_SECTIONS } from '../../src/lib/main-sections.ts';

test('the header links to the A to Z instead of showing a search box', async ({ page }) => {
	await page.goto('/');
	await expect(
		page.getByRole('banner').getByRole('link', { name: 'Find a page from A to Z' }),
	).toHaveAttribute('href', '/a-z/');
	await expect(page.getByRole('searchbox')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
});

for (const path of ['/search/', '/search/?q=LADO']) {
	test(`${path} explains that search needs JavaScript and lists the main sections`, async ({
		page,
	}) => {
		await page.goto(path);
		const main = page.getByRole('main');
		await expect(main.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
		await expect(main.getByText('Search needs JavaScript')).toBeVisible();
		await expect(main.getByRole('link', { name: 'A to Z of pages' })).toHaveAttribute(
			'href',
			'/a-z/',
		);
		for (const section of MAIN_SECTIONS) {
			await expect(
				main.getByRole('listitem').getByRole('link', { name: section.label, exact: true }),
			).toHaveAttribute('href', section.href);
		}
		// Nothing that only works with JavaScript is offered.
		await expect(page.getByRole('searchbox')).toBeHidden();
		await expect(main.getByRole('status')).toBeHidden();
	});
}
