// Runs in the `no-js` project (JavaScript off): every page must be complete without scripts,
// because some readers block them and search engines may not run them.
import { expect, test } from '@playwright/test';
import { chunk } from '../helpers/chunk.ts';
import { readSitemapPaths } from '../helpers/sitemap-urls.ts';

const PAGES_PER_TEST = 15;

let paths: string[] = [];
let sitemapError: unknown;
try {
	paths = readSitemapPaths();
} catch (error) {
	sitemapError = error; // reported by a failing test below, so `playwright test --list` still works
}

test('the home page shows its heading and main content without JavaScript', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('main')).toBeVisible();
});

if (sitemapError) {
	test('the built sitemap can be read', () => {
		throw sitemapError;
	});
}

// Titles use only the run number (see accessibility.spec.ts).
for (const [index, run] of chunk(paths, PAGES_PER_TEST).entries()) {
	test(`200, one h1 and one main, sitemap pages run ${index + 1}`, async ({ page }) => {
		test.setTimeout(run.length * 5_000);
		for (const path of run) {
			await test.step(path, async () => {
				const response = await page.goto(path);
				// Soft assertions: one run reports every page that breaks the rule, not just the first.
				expect.soft(response?.status(), `${path} status`).toBe(200);
				// Counted once after load (no auto-wait): without JavaScript the page cannot change later.
				expect.soft(await page.getByRole('heading', { level: 1 }).count(), `${path}: number of h1 headings`).toBe(1);
				expect.soft(await page.getByRole('main').count(), `${path}: number of main landmarks`).toBe(1);
			});
		}
	});
}
