// Every page, visited once in desktop Chromium with JavaScript on and served exactly as the hosts
// will serve it (dist/ with the headers from dist/_headers, by src/tools/serve-with-headers.ts;
// `astro preview` sends no headers). One visit per page checks, together:
// - it answers 200 (the 404 page is fetched as /404.html);
// - accessibility: no axe violations at WCAG 2.2 AA plus best practices (rules in helpers/axe.ts);
// - the Content-Security-Policy: no violation while the page loads and runs its scripts;
// - third parties: no request to any other origin (no fonts, scripts, analytics or images from
//   elsewhere; a request can tell a third party that someone is reading about child abuse, and can
//   fail where a network blocks it), whether the browser sent it or the policy stopped it. None
//   leaves the machine: the browser resolves no other host (playwright.config.ts).
// Pages come from the built sitemap, so a new page is covered as soon as it is built. What the
// HTML alone shows (one <h1>, one <main>, lang) is read from the files by `npm run check:dist`.
// Runs in the `chromium` project only (playwright.config.ts): none of this depends on the screen.
import { expect, test } from '@playwright/test';
import { serveWithHeaders, type StaticServer } from '../../src/tools/serve-with-headers.ts';
import { formatViolations, preloadAxe, scanPage } from '../helpers/axe.ts';
import { DIST } from '../helpers/built-site.ts';
import { chunk } from '../helpers/chunk.ts';
import { formatCspViolations, recordCspViolations } from '../helpers/csp.ts';
import { readSitemapPaths } from '../helpers/sitemap-urls.ts';

// Outside the sitemap but seen by people: the page every missing address shows.
const EXTRA_PATHS = ['/404.html'];
const PAGES_PER_TEST = 20;
// Inline resources never leave the browser.
const ALLOWED_SCHEMES = new Set(['data:', 'blob:']);

let paths: string[] = [];
let sitemapError: unknown;
try {
	paths = [...readSitemapPaths(DIST), ...EXTRA_PATHS];
} catch (error) {
	sitemapError = error; // reported by a failing test below, so `playwright test --list` still works
}

if (sitemapError) {
	test('the built sitemap can be read', () => {
		throw sitemapError;
	});
}

// A failure here names every page and problem in its message; a trace of twenty visits (each
// carrying axe's 500 KB source) would add minutes to every run and little to the report.
test.use({ trace: 'off' });

let server: StaticServer;
test.beforeAll(async () => {
	server = await serveWithHeaders(DIST);
});
test.afterAll(async () => {
	await server?.close();
});

// Titles use only the run number: Playwright matches tests by title between its processes,
// so a title that named pages would break if the sitemap changed during a run.
for (const [index, run] of chunk(paths, PAGES_PER_TEST).entries()) {
	test(`every page: status, axe, CSP and requests, sitemap pages run ${index + 1}`, async ({
		page,
		context,
	}) => {
		test.setTimeout(run.length * 8_000);
		const origin = server.origin;
		const leavesSite = (url: URL) => url.origin !== origin && !ALLOWED_SCHEMES.has(url.protocol);
		let currentPath = '';

		const requests: string[] = [];
		const requested = new Set<string>();
		page.on('request', (request) => {
			if (!leavesSite(new URL(request.url()))) return;
			// The page that asked, even when a late request arrives after the next page started loading.
			let from = currentPath;
			try {
				from = new URL(request.frame().url()).pathname || currentPath;
			} catch {
				// Service worker requests have no frame: keep the page being loaded.
			}
			requested.add(request.url());
			requests.push(`${from}\n  ${request.resourceType()} ${request.url()}`);
		});
		const cspViolations = await recordCspViolations(page);
		await preloadAxe(context);

		const statuses: string[] = [];
		const accessibility: string[] = [];
		for (const path of run) {
			currentPath = path;
			await test.step(path, async () => {
				const response = await page.goto(`${origin}${path}`);
				// A missing page would be scanned as the error page: report it instead.
				if (response?.status() !== 200) {
					statuses.push(`${path}\n  returned HTTP ${response?.status() ?? 'no response'}`);
					return;
				}
				const { violations } = await scanPage(page);
				if (violations.length) accessibility.push(formatViolations(path, violations));
			});
		}

		// The policy may stop a request before the browser sends it: that is a request to another
		// origin too, reported here as well as a violation.
		for (const violation of cspViolations) {
			let blocked: URL | undefined;
			try {
				blocked = new URL(violation.blocked);
			} catch {
				continue; // 'inline', 'eval' and the like
			}
			if (leavesSite(blocked) && !requested.has(blocked.href))
				requests.push(`${violation.path}\n  blocked by the policy: ${violation.blocked}`);
		}

		// Soft, so one run reports every kind of problem on every page in it.
		expect.soft(statuses.join('\n'), `pages that did not answer 200`).toBe('');
		expect
			.soft(accessibility.join('\n\n'), `accessibility problems on ${accessibility.length} page(s)`)
			.toBe('');
		expect
			.soft(
				formatCspViolations(cspViolations),
				`CSP violations on ${new Set(cspViolations.map((item) => item.path)).size} page(s)`,
			)
			.toBe('');
		expect
			.soft(requests.join('\n'), `requests to other origins from ${requests.length} page load(s)`)
			.toBe('');
	});
}
