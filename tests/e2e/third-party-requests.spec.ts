// Every page, with JavaScript on, must load only from this site: no fonts, scripts, analytics or
// images from anywhere else. A request to another origin can tell a third party that someone
// is reading about child abuse, and can fail where a network blocks it.
// Pages come from the built sitemap, so a new page is covered as soon as it is built.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chunk } from '../helpers/chunk.ts';
import { DIST, readSitemapPaths } from '../helpers/sitemap-urls.ts';

const EXTRA_PATHS = ['/404.html', ...(existsSync(join(DIST, 'styleguide/index.html')) ? ['/styleguide/'] : [])];
const PAGES_PER_TEST = 25;
// Inline resources never leave the browser.
const ALLOWED_SCHEMES = new Set(['data:', 'blob:']);

let paths: string[] = [];
let sitemapError: unknown;
try {
	paths = [...readSitemapPaths(), ...EXTRA_PATHS];
} catch (error) {
	sitemapError = error; // reported by a failing test below, so `playwright test --list` still works
}

// Requests do not depend on the screen: the phone layout loads the same files, so one project is enough.
test.skip(({ isMobile }) => isMobile, 'Covered by the chromium project');

if (sitemapError) {
	test('the built sitemap can be read', () => {
		throw sitemapError;
	});
}

// Titles use only the run number (see accessibility.spec.ts).
for (const [index, run] of chunk(paths, PAGES_PER_TEST).entries()) {
	test(`requests only this site, sitemap pages run ${index + 1}`, async ({ page, context, baseURL }) => {
		test.setTimeout(run.length * 3_000);
		const origin = new URL(baseURL ?? '/').origin;
		let currentPath = '';
		const offending: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.origin === origin || ALLOWED_SCHEMES.has(url.protocol)) return;
			// The page that asked, even when a late request arrives after the next page started loading.
			let from = currentPath;
			try {
				from = new URL(request.frame().url()).pathname || currentPath;
			} catch {
				// Service worker requests have no frame: keep the page being loaded.
			}
			offending.push(`${from}\n  ${request.resourceType()} ${request.url()}`);
		});
		// Recorded above, then stopped here: nothing may leave the machine.
		await context.route(
			(url) => url.origin !== origin,
			(route) => route.abort('blockedbyclient'),
		);
		for (const path of run) {
			currentPath = path;
			await test.step(path, async () => {
				await page.goto(path);
			});
		}
		expect(offending.join('\n'), `requests to other origins from ${offending.length} page load(s)`).toBe('');
	});
}
