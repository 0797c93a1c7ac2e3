// Every public page must have zero axe violations at WCAG 2.2 AA (rules in helpers/axe.ts).
// Runs in the `chromium` project only (see playwright.config.ts). Pages come from the built
// sitemap, so a new page is covered as soon as it is built.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatViolations, makeAxeBuilder } from '../helpers/axe.ts';
import { chunk } from '../helpers/chunk.ts';
import { DIST, readSitemapPaths } from '../helpers/sitemap-urls.ts';

// Pages outside the sitemap that people still see: the 404 page and, once built, the styleguide.
const EXTRA_PATHS = ['/404.html', ...(existsSync(join(DIST, 'styleguide/index.html')) ? ['/styleguide/'] : [])];
const PAGES_PER_TEST = 8;

let paths: string[] = [];
let sitemapError: unknown;
try {
	paths = [...readSitemapPaths(), ...EXTRA_PATHS];
} catch (error) {
	sitemapError = error; // reported by a failing test below, so `playwright test --list` still works
}

if (sitemapError) {
	test('the built sitemap can be read', () => {
		throw sitemapError;
	});
}

// Titles use only the run number: Playwright matches tests by title between its processes,
// so a title that named pages would break if the sitemap changed during a run.
for (const [index, run] of chunk(paths, PAGES_PER_TEST).entries()) {
	test(`no axe violations, sitemap pages run ${index + 1}`, async ({ page }) => {
		test.setTimeout(run.length * 15_000);
		const reports: string[] = [];
		for (const path of run) {
			await test.step(path, async () => {
				const response = await page.goto(path);
				// A missing page would be scanned as the server's error page: report it instead.
				if (path !== '/404.html' && !response?.ok()) {
					reports.push(`${path}\n  returned HTTP ${response?.status() ?? 'no response'}`);
					return;
				}
				const { violations } = await makeAxeBuilder(page).analyze();
				if (violations.length) reports.push(formatViolations(path, violations));
			});
		}
		// One assertion at the end, so a single run lists the violations of every page in it.
		expect(reports.join('\n\n'), `accessibility problems on ${reports.length} page(s)`).toBe('');
	});
}
