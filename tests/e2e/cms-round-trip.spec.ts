// A save through the real admin, against the local content server, changes only what the
// editor changed (issue 10). For one entry
// of every collection the test edits one field, saves, and compares the file AS TEXT with what it
// was: every line outside that field must be byte-identical. Then a body with a right-aligned
// table, an escaped `\#` and a reference link gets a one-word edit, and only that word may change.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import {
	ADMIN_TIMEOUT,
	publishNow,
	showInAdmin,
	startCmsEditor,
	type CmsEditor,
} from '../helpers/cms-editor.ts';

/** One entry per collection, chosen for what the CMS could rewrite: folded strings, lists, times, dates. */
const ENTRIES: Record<CollectionName, string> = {
	newsletters: 'summer-2022',
	priorities: '2016-17-05-neglect',
	briefings: 'neglect-and-repeat-child-protection-plans',
	contacts: 'child-protection-referrals',
	'levels-of-need': 'level-2-early-help',
	pages: 'about/budget',
	reports: 'annual-scrutiny-report-2024-25',
	glossary: 'ab',
	events: '2018-02-06-safer-internet-day',
	training: 'r-u-ready',
	'case-reviews': 'rapid-review-june-2024',
	synonyms: 'childline',
	translations: 'ur-report-a-concern',
	languages: 'ur',
};

/** The lines of a file with the `title:` field (and its folded continuation lines) taken out. */
function withoutTitle(text: string): { rest: string[]; title: string[] } {
	const lines = text.split('\n');
	const start = lines.findIndex((line) => line.startsWith('title:'));
	let end = start + 1;
	while (end < lines.length && /^ {2}\S/.test(lines[end] ?? '')) end += 1;
	return { rest: [...lines.slice(0, start), ...lines.slice(end)], title: lines.slice(start, end) };
}

let editor: CmsEditor | undefined;
// One admin page for every test here, loaded once: each test moves it to its entry (showInAdmin),
// as an editor goes from entry to entry, instead of loading the 5 MB admin again.
let admin: Page;
const fileOf = (collection: CollectionName, id: string) => {
	const definition = COLLECTIONS[collection];
	return join(editor?.project ?? '', definition.folder, `${id}.${definition.extensions[0]}`);
};

test.describe('saving through the content editor', () => {
	test.describe.configure({ mode: 'default' }); // one editor, one worker, in order
	test.use({ actionTimeout: 30_000 });

	test.beforeAll(async ({ browser }, testInfo) => {
		testInfo.setTimeout(ADMIN_TIMEOUT * 2);
		editor = await startCmsEditor('rscp-round-trip-');
		admin = await browser.newPage();
		admin.setDefaultTimeout(30_000);
		// A failed test can leave unsaved changes: the next test leaves them (Decap asks first).
		admin.on('dialog', (dialog) => void dialog.accept());
		await editor.open(admin);
	});

	test.afterAll(async () => {
		await admin?.close();
		await editor?.stop();
	});

	for (const [collection, id] of Object.entries(ENTRIES) as [CollectionName, string][]) {
		test(`${collection}: editing the title changes only the title's lines`, async () => {
			test.setTimeout(ADMIN_TIMEOUT);
			const page = admin;
			const path = fileOf(collection, id);
			const before = readFileSync(path, 'utf8');
			await showInAdmin(page, `#/collections/${collection}/entries/${id}`);
			// The entry's own title comes first; lists of links further down have title fields too.
			const title = page.locator('input[id^="title-field"]').first();
			await expect(title).not.toHaveValue('', { timeout: ADMIN_TIMEOUT });
			const newTitle = `${await title.inputValue()} (checked)`;
			await title.fill(newTitle);
			await publishNow(page);

			await expect.poll(() => readFileSync(path, 'utf8')).not.toBe(before);
			const after = readFileSync(path, 'utf8');
			expect(
				withoutTitle(after).rest.join('\n'),
				'every line but the title is byte-identical',
			).toBe(withoutTitle(before).rest.join('\n'));
			expect(withoutTitle(after).title.join(' ').replace(/\s+/g, ' ')).toContain('(checked)');
		});
	}

	test('a one-word edit in a body keeps table alignment, escapes and reference links', async () => {
		test.setTimeout(ADMIN_TIMEOUT);
		const page = admin;
		const path = fileOf('pages', 'about/privacy-test');
		const before = [
			'---',
			'title: Privacy test',
			'description: A page written to show that a body edit keeps what readers see.',
			'section: about',
			'lastReviewed: 2025-01-15',
			'reviewDue: 2026-01-15',
			'---',
			'',
			'Our \\#1 priority is the child. Read [Working Together][wt] first.',
			'',
			'| Source | Amount (£) |',
			'| --- | ---: |',
			'| Grant | 17,253 |',
			'',
			'[wt]: https://www.gov.uk/government/publications/working-together-to-safeguard-children--2',
			'',
		].join('\n');
		writeFileSync(path, before);
		await showInAdmin(page, '#/collections/pages/entries/about/privacy-test');
		const body = page.getByLabel('markdown field').getByRole('textbox');
		await expect(body).toContainText('Working Together', { timeout: ADMIN_TIMEOUT });
		// Replace “first” with “today”, as an editor would: select the word and type over it.
		await body.evaluate((element) => {
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const start = node.textContent?.indexOf('[wt] first.') ?? -1;
				if (start === -1) continue;
				(element as HTMLElement).focus();
				window.getSelection()?.setBaseAndExtent(node, start + 5, node, start + 10);
				return;
			}
			throw new Error('The word to edit is not in the body editor.');
		});
		await page.keyboard.insertText('today');
		await publishNow(page);

		await expect.poll(() => readFileSync(path, 'utf8')).not.toBe(before);
		expect(readFileSync(path, 'utf8')).toBe(before.replace('[wt] first.', '[wt] today.'));
	});

	test('a new page with the title of an existing page is refused, and the existing file is unchanged', async () => {
		test.setTimeout(ADMIN_TIMEOUT);
		const page = admin;
		// Decap's unique-name step ignores the folder of a nested collection (subfolders: false), so it
		// would write content/pages/about/budget.md over the Budget page. The admin refuses before it
		// sends anything (src/components/admin/refuse-overwriting-pages.ts); the content server would
		// refuse it too (tests/unit/cms-server.test.ts sends the request the admin sent).
		const cspViolations: string[] = [];
		page.on('console', (message) => {
			if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
		});
		const path = fileOf('pages', 'about/budget');
		const before = readFileSync(path, 'utf8');
		await showInAdmin(page, '#/collections/pages/new');
		await page.getByRole('textbox', { name: 'Folder' }).fill('about');
		await page.locator('input[id^="title-field"]').first().fill('Budget');
		await page
			.getByRole('textbox', { name: 'Description' })
			.fill('A new page that would have replaced the budget page.');
		await page.getByRole('combobox', { name: 'Section' }).click();
		await page.getByRole('option', { name: /^About$/i }).click();
		await page.locator('input[id^="lastReviewed-field"]').fill('2026-12-01');
		await page.locator('input[id^="reviewDue-field"]').fill('2027-12-01');
		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		await page.getByRole('menuitem', { name: 'Publish now' }).click();
		await expect(
			page.getByText(/A page already exists at \/about\/budget\/\. Choose another title/),
		).toBeVisible();
		expect(readFileSync(path, 'utf8')).toBe(before);
		expect(cspViolations, 'the admin checks the address within its CSP').toEqual([]);
	});
});
