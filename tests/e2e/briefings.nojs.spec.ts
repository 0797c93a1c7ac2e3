// The briefings library without JavaScript (the `no-js` project): every filter is a link to a
// static page listing only the matching briefings, with the active filter and a way to clear it.
// That every filter link's count matches its page is a fact of the HTML, read from the files by
// tests/dist/briefing-filter-pages.test.ts.
import { expect, test } from '@playwright/test';

// A theme several briefings share, so the filtered list is a real subset of the library.
const THEME = { value: 'disabled-children', label: 'Disabled children' };

test('a theme link leads to a page listing only the briefings with that theme', async ({
	page,
}) => {
	await page.goto('/briefings/');
	const filters = page.getByRole('navigation', { name: 'Filter briefings' });
	await expect(filters).toBeVisible();
	// The enhanced form is JavaScript-only: none of its controls show.
	await expect(page.getByRole('checkbox')).toHaveCount(0);
	await expect(page.getByRole('combobox')).toHaveCount(0);

	const cards = page.locator('[data-briefing-list] > li');
	const total = await cards.count();
	const withTheme = await cards
		.filter({ has: page.locator(`[data-theme~="${THEME.value}"]`) })
		.allInnerTexts();
	expect(
		withTheme.length,
		'the theme is a real filter: some briefings have it, some do not',
	).toBeGreaterThan(0);
	expect(withTheme.length).toBeLessThan(total);

	await filters.getByRole('link', { name: THEME.label, exact: true }).click();
	await expect(page).toHaveURL(`/briefings/theme/${THEME.value}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`7-minute briefings: ${THEME.label}`,
	);
	await expect(
		page.getByText(
			`Filtered by learning theme: ${THEME.label}. Showing ${withTheme.length} of ${total} briefings.`,
		),
	).toBeVisible();

	const listed = page.locator('[data-briefing-list] > li');
	await expect(listed).toHaveCount(withTheme.length);
	await expect(listed.locator(`[data-theme~="${THEME.value}"]`)).toHaveCount(withTheme.length);
	expect(await listed.allInnerTexts()).toEqual(withTheme);

	await page.getByRole('link', { name: /^Clear filter/ }).click();
	await expect(page).toHaveURL('/briefings/');
	await expect(page.locator('[data-briefing-list] > li')).toHaveCount(total);
});

test('the plain-text version reads as UTF-8 in the browser, curly quotes and all', async ({
	page,
}) => {
	const response = await page.goto('/briefings/alternative-treatment-abroad.txt');
	expect(response?.headers()['content-type']).toMatch(/^text\/plain/);
	const text = await page.locator('body').innerText();
	expect(text).toContain('Children’s social care');
	expect(text).not.toContain('â€');
	expect(text).toContain('https://www.redbridgescp.org.uk/briefings/alternative-treatment-abroad/');
});

test('without JavaScript the print footer gives the build date, labelled as such', async ({
	page,
}) => {
	await page.goto('/briefings/was-not-brought/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText(/^Page built \d{1,2} \w+ \d{4}$/)).toBeVisible();
});
