// The Content-Security-Policy in public/_headers, tested as browsers will apply it: dist/ is served
// by our own small server (src/tools/serve-with-headers.ts) with exactly the headers the _headers
// rules give each path. `astro preview` sends none, so this spec does not use it.
// Every page of the sitemap loads with no CSP violation (checked in the one visit per page,
// every-page.spec.ts); here, the headers themselves, a search that runs Pagefind (in its web worker,
// whose policy comes from its own response) and the content editor's bundle. `npm run check:headers`
// covers the same ground without a browser (inline code vs hashes); this proves Chromium agrees,
// including what scripts do after load.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveWithHeaders, type StaticServer } from '../../src/tools/serve-with-headers.ts';
import { DIST } from '../helpers/built-site.ts';
import { formatCspViolations, recordCspViolations } from '../helpers/csp.ts';

let server: StaticServer;
test.beforeAll(async () => {
	server = await serveWithHeaders(DIST);
});
test.afterAll(async () => {
	await server?.close();
});

test('pages are served with the policy from _headers', async ({ request }) => {
	const response = await request.get(`${server.origin}/`);
	expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
	expect(response.headers()['content-security-policy']).not.toContain("'unsafe-inline'");
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('a search runs Pagefind with no CSP violation', async ({ page }) => {
	expect(
		existsSync(join(DIST, 'search/index.html')) && existsSync(join(DIST, 'pagefind/pagefind.js')),
		'the build has a search page and a Pagefind index (npm run build writes both)',
	).toBe(true);
	const violations = await recordCspViolations(page);
	await page.goto(`${server.origin}/search/?q=safeguarding`);
	// Pagefind (its script, WebAssembly and index chunks) has loaded once results are listed.
	await expect(page.getByRole('main').getByRole('status')).toHaveText(/\d+ results?/, {
		timeout: 15_000,
	});
	expect(formatCspViolations(violations)).toBe('');
});

test('the content editor loads its bundle with no CSP violation', async ({ page }) => {
	expect(
		existsSync(join(DIST, 'admin/index.html')) && existsSync(join(DIST, 'admin/decap-cms.js')),
		'the build has the admin and its Decap bundle (npm install copies it into public/admin/)',
	).toBe(true);
	const violations = await recordCspViolations(page);
	const response = await page.goto(`${server.origin}/admin/`);
	expect(response?.headers()['x-robots-tag']).toBe('noindex');
	// Decap has started (config read, React rendered) once it offers to log in.
	await expect(page.getByRole('button', { name: /log ?in/i })).toBeVisible({ timeout: 20_000 });
	expect(formatCspViolations(violations)).toBe('');
});
