// The editors' status page, as the business unit uses it: every job on it, each opening its entry
// in the real admin (against the local content server), and nowhere a reader would find it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findStaleContent } from '../../src/lib/freshness/find-stale-content.ts';
import { REPO_ROOT } from '../../src/tools/temp-project.ts';
import { formatViolations, scanPage } from '../helpers/axe.ts';
import {
	ADMIN_TIMEOUT,
	showInAdmin,
	startCmsEditor,
	type CmsEditor,
} from '../helpers/cms-editor.ts';

let editor: CmsEditor | undefined;

test.describe('the editors’ status page', () => {
	test.describe.configure({ mode: 'default' });

	test.beforeAll(async ({}, testInfo) => {
		testInfo.setTimeout(ADMIN_TIMEOUT);
		editor = await startCmsEditor('rscp-status-');
	});

	test.afterAll(async () => {
		await editor?.stop();
	});

	test('lists every entry to be confirmed, every overdue review and every stale contact, each linked to the CMS', async ({
		page,
	}) => {
		const expected = findStaleContent(REPO_ROOT).items;
		await page.goto(`${editor?.site.origin}/admin/status/`);
		for (const [id, rows] of [
			['to-be-confirmed', expected.filter((item) => item.status === 'to-be-confirmed')],
			[
				'contacts',
				expected.filter(
					(item) =>
						(item.status === 'overdue' || item.status === 'due-soon') &&
						item.dateKind === 'last-verified',
				),
			],
			[
				'review-due',
				expected.filter(
					(item) =>
						(item.status === 'overdue' || item.status === 'due-soon') &&
						item.dateKind === 'review-due',
				),
			],
		] as const) {
			const links = page.locator(`section[aria-labelledby="${id}"] tbody a`);
			await expect(links).toHaveCount(rows.length);
			const hrefs = await links.evaluateAll((anchors) =>
				anchors.map((anchor) => anchor.getAttribute('href')),
			);
			expect(hrefs.sort()).toEqual(
				rows
					.map((item) => `/admin/#/collections/${item.collection}/entries/${item.entryId}`)
					.sort(),
			);
		}
		// Not in the sitemap, so the accessibility sweep does not reach it: checked here, at 320 px too.
		const { violations } = await scanPage(page);
		expect(violations, formatViolations('/admin/status/', violations)).toEqual([]);
		await page.setViewportSize({ width: 320, height: 640 });
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			'no page-wide sideways scroll at 320 px',
		).toBeLessThanOrEqual(320);
	});

	test('its links open their entry in the admin: a page in a folder, a contact and a briefing', async ({
		page,
	}) => {
		test.setTimeout(ADMIN_TIMEOUT * 2);
		// Every link has the same form (checked above for all of them), so three kinds of entry id are
		// opened: with a folder, YAML, Markdown. The first is clicked on the status page, loading the
		// admin as an editor would; the other two follow their link's address in that admin, which
		// is all a click on them does, without loading the 5 MB admin again.
		const items = findStaleContent(REPO_ROOT).items;
		const samples = [
			items.find((item) => item.collection === 'pages' && item.entryId.includes('/')),
			items.find((item) => item.collection === 'contacts'),
			items.find((item) => item.collection === 'briefings'),
		];
		await editor?.open(page);
		await page.goto(`${editor?.site.origin}/admin/status/`);
		for (const [index, item] of samples.entries()) {
			if (!item)
				throw new Error('The status page lacks one of the kinds of entry this test opens.');
			const hash = `#/collections/${item.collection}/entries/${item.entryId}`;
			if (index === 0) await page.locator(`a[href="/admin/${hash}"]`).first().click();
			else await showInAdmin(page, hash);
			await expect(
				page.locator('input[id^="title-field"]').first(),
				`${item.file} opens in the editor`,
			).toHaveValue(item.title, { timeout: ADMIN_TIMEOUT });
		}
	});

	test('is not in the sitemap or the search index, and asks not to be indexed', async ({
		page,
	}) => {
		expect(readFileSync(join(REPO_ROOT, 'dist/sitemap-0.xml'), 'utf8')).not.toContain(
			'/admin/status/',
		);
		const html = readFileSync(join(REPO_ROOT, 'dist/admin/status/index.html'), 'utf8');
		expect(html).not.toContain('data-pagefind-body');
		expect(html).toContain('<meta name="robots" content="noindex">');
		// Pagefind itself: no result for the page's own heading leads to it.
		await page.goto(`${editor?.site.origin}/search/`);
		const urls = await page.evaluate(async (pagefindUrl) => {
			// Passed in as a value: the page loads it, and TypeScript must not try to resolve it here.
			const pagefind = await import(/* @vite-ignore */ pagefindUrl);
			const search = await pagefind.search('Content to review or confirm');
			const data = await Promise.all(
				search.results.map((result: { data: () => Promise<{ url: string }> }) => result.data()),
			);
			return data.map((result) => result.url);
		}, '/pagefind/pagefind.js');
		expect(urls.filter((url) => url.includes('/admin/'))).toEqual([]);
	});
});
