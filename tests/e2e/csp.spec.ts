// The Content-Security-Policy in public/_headers, tested as browsers will apply it: dist/ is served
// by our own small server (src/tools/serve-with-headers.ts) with exactly the headers the _headers
// rules give each path. `astro preview` sends none, so this spec does not use it.
// Every page of the sitemap must load with no CSP violation; so must a search that runs Pagefind
// (in its web worker, whose policy comes from its own response) and the content editor's bundle. `npm run check:headers` covers the same ground without a browser
// (inline code vs hashes); this proves Chromium agrees, including what scripts do after load.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveWithHeaders, type StaticServer } from '../../src/tools/serve-with-headers.ts';
import { chunk } from '../helpers/chunk.ts';
import { DIST, readSitemapPaths } from '../helpers/sitemap-urls.ts';

const EXTRA_PATHS = ['/404.html', ...(existsSync(join(DIST, 'styleguide/index.html')) ? ['/styleguide/'] : [])];
const PAGES_PER_TEST = 25;

let paths: string[] = [];
let sitemapError: unknown;
try {
	paths = [...readSitemapPaths(), ...EXTRA_PATHS];
} catch (error) {
	sitemapError = error; // reported by a failing test below, so `playwright test --list` still works
}

// The policy does not depend on the screen: one project is enough.
test.skip(({ isMobile }) => isMobile, 'Covered by the chromium project');

let server: StaticServer;
test.beforeAll(async () => {
	server = await serveWithHeaders(DIST);
});
test.afterAll(async () => {
	await server?.close();
});

/**
 * Records, for the rest of the test, every CSP violation the page reports (the DOM event, from an
 * init script so it is listening before the first byte is parsed) and every "Refused to …"
 * console error, each with the path it happened on.
 */
async function recordViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	const pathOf = (url: string) => {
		try {
			return new URL(url).pathname + new URL(url).search;
		} catch {
			return url;
		}
	};
	await page.exposeBinding('reportCspViolation', ({ frame }, detail: string) => {
		violations.push(`${pathOf(frame.url())}\n  ${detail}`);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const sample = event.sample ? ` “${event.sample}”` : '';
			const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
			(window as unknown as { reportCspViolation: (detail: string) => void }).reportCspViolation(
				`${event.disposition} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${sample}${where}`,
			);
		});
	});
	// Violations in a web worker (Pagefind's) do not reach the page's event, only the console.
	const aboutCsp = /Refused to|Content[ -]Security[ -]Policy/i;
	page.on('console', (message) => {
		if (message.type() === 'error' && aboutCsp.test(message.text())) violations.push(`${pathOf(page.url())}\n  console: ${message.text()}`);
	});
	page.on('pageerror', (error) => {
		if (aboutCsp.test(error.message)) violations.push(`${pathOf(page.url())}\n  error: ${error.message}`);
	});
	return violations;
}

if (sitemapError) {
	test('the built sitemap can be read', () => {
		throw sitemapError;
	});
}

test('pages are served with the policy from _headers', async ({ request }) => {
	const response = await request.get(`${server.origin}/`);
	expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
	expect(response.headers()['content-security-policy']).not.toContain("'unsafe-inline'");
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

// Titles use only the run number (see accessibility.spec.ts).
for (const [index, run] of chunk(paths, PAGES_PER_TEST).entries()) {
	test(`no CSP violation, sitemap pages run ${index + 1}`, async ({ page }) => {
		test.setTimeout(run.length * 3_000);
		const violations = await recordViolations(page);
		for (const path of run) {
			await test.step(path, async () => {
				const response = await page.goto(`${server.origin}${path}`);
				if (path !== '/404.html') expect(response?.status(), `${path} status`).toBe(200);
			});
		}
		expect(violations.join('\n'), `CSP violations on ${new Set(violations.map((item) => item.split('\n')[0])).size} page(s)`).toBe('');
	});
}

test('a search runs Pagefind with no CSP violation', async ({ page }) => {
	test.skip(!existsSync(join(DIST, 'search/index.html')) || !existsSync(join(DIST, 'pagefind/pagefind.js')), 'No search page or Pagefind index in this build');
	const violations = await recordViolations(page);
	await page.goto(`${server.origin}/search/?q=safeguarding`);
	// Pagefind (its script, WebAssembly and index chunks) has loaded once results are listed.
	await expect(page.getByRole('main').getByRole('status')).toHaveText(/\d+ results?/, { timeout: 15_000 });
	expect(violations.join('\n')).toBe('');
});

test('the content editor loads its bundle with no CSP violation', async ({ page }) => {
	test.skip(!existsSync(join(DIST, 'admin/index.html')) || !existsSync(join(DIST, 'admin/decap-cms.js')), 'No admin in this build (the Decap bundle is copied by npm install)');
	const violations = await recordViolations(page);
	const response = await page.goto(`${server.origin}/admin/`);
	expect(response?.headers()['x-robots-tag']).toBe('noindex');
	// Decap has started (config read, React rendered) once it offers to log in.
	await expect(page.getByRole('button', { name: /log ?in/i })).toBeVisible({ timeout: 20_000 });
	expect(violations.join('\n')).toBe('');
});
