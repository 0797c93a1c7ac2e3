// Runs in the `no-js` project (JavaScript off): every page must be complete without scripts,
// because some readers block them and search engines may not run them.
// For every page in the sitemap, what JavaScript cannot change is checked without a browser: the
// status in every-page.spec.ts (the server answers the same with scripts off), and one <h1> and one
// <main> read from the built HTML by `npm run check:dist` (facts), which is exactly what a page shows
// before any script runs. Here, that the home page actually shows them with JavaScript off.
import { expect, test } from '@playwright/test';

test('the home page shows its heading and main content without JavaScript', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('main')).toBeVisible();
});
