// The content editor end to end, as the business unit uses it: the built admin (/admin/ from
// dist/) against the local content server `npm start` runs (the guard in front of a real
// decap-server, src/tools/cms-server/), through the real UI, writing into a throwaway copy of
// the project. Then the copy is built, to show the new entry reaches the site.
//
// dist/ is served as `npm start` serves it: with its _headers, plus the one line a local build
// adds (the admin's CSP may connect to the content server), so the admin runs under the policy
// editors get. The served /admin/config.yml is the production one (no local backend), so the test
// swaps in the local config pointing at its own content server, as a local build would.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import jsYaml from 'js-yaml';
import sharp from 'sharp';
import { toDecapLayout } from '../../src/lib/content-check/decap-layout.ts';
import { fieldOrderOf } from '../../src/lib/content-check/field-order.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import {
	ADMIN_TIMEOUT,
	publishNow,
	startCmsEditor,
	type CmsEditor,
} from '../helpers/cms-editor.ts';
import { siteLanguages } from '../helpers/languages.ts';

/** The copy's build takes a while on two cores. */
const BUILD_TIMEOUT = 240_000;
/** Wider than the newsletter cover's largest width (1080), as a phone photo would be. */
const UPLOAD = { width: 2400, height: 1600 };

const NEWSLETTER = {
	title: 'Autumn 2031 test newsletter',
	season: 'autumn',
	year: 2031,
	published: '2031-10-06',
	summary: 'A test edition written through the content editor, with a cover photo and a contact.',
	coverAlt: 'A plain purple rectangle',
	contact: 'lado',
	body: '## What is new\n\nThree things changed this autumn:\n\n- the training programme\n- the referral form\n- the threshold document\n',
};

let editor: CmsEditor | undefined;
let project = '';
/** The cover <img> of the newsletter page built by the first test, for the next one. */
let builtCover = '';

/** Runs a command in the copy and resolves with its output; rejects with the output on failure. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
	return new Promise((resolveRun, reject) => {
		const child = spawn(command, args, { cwd: project, env });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0
				? resolveRun(output)
				: reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`)),
		);
	});
}

/** Frontmatter (parsed) and body of a Markdown entry, or the data of a YAML entry. */
function readEntry(path: string): { data: Record<string, unknown>; body: string } {
	const text = readFileSync(path, 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) return { data: jsYaml.load(text) as Record<string, unknown>, body: '' };
	return { data: jsYaml.load(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

test.describe('content editor (Decap CMS) with the local content server', () => {
	// In order, in one worker: the tests share the copy and its content server.
	test.describe.configure({ mode: 'default' });
	// Fail a step in seconds, not at the test's timeout (the build alone needs minutes).
	test.use({ actionTimeout: 30_000 });

	test.beforeAll(async ({}, testInfo) => {
		testInfo.setTimeout(ADMIN_TIMEOUT);
		// content, src, public, cms, package.json, astro.config.mjs, tsconfig.json and a node_modules
		// of per-package links (Astro and Vite write caches into node_modules, never the real one's).
		editor = await startCmsEditor('rscp-cms-');
		project = editor.project;
	});

	test.afterAll(async () => {
		await editor?.stop();
	});

	test('a newsletter written in the editor is saved as Markdown and built into the site', async ({
		page,
	}, testInfo) => {
		test.setTimeout(ADMIN_TIMEOUT + BUILD_TIMEOUT);
		const coverFile = testInfo.outputPath('cover-photo.jpg');
		mkdirSync(dirname(coverFile), { recursive: true });
		writeFileSync(
			coverFile,
			await sharp({ create: { ...UPLOAD, channels: 3, background: { r: 72, g: 24, b: 90 } } })
				.jpeg()
				.toBuffer(),
		);

		const folder = join(project, 'content/newsletters');
		const existing = new Set(readdirSync(folder));
		await editor?.open(page);
		await page.getByRole('link', { name: 'Newsletters' }).click();
		await page.getByRole('link', { name: 'Create entry of type Newsletter' }).click();

		await page.getByLabel('Edition title').fill(NEWSLETTER.title);
		await page.getByRole('combobox', { name: 'Season' }).click();
		await page.getByRole('option', { name: new RegExp(`^${NEWSLETTER.season}$`, 'i') }).click();
		await page.getByLabel('Year').fill(String(NEWSLETTER.year));
		await page.getByLabel('Publication date').fill(NEWSLETTER.published);
		await page.getByLabel('Summary').fill(NEWSLETTER.summary);

		// Cover: upload through the media library, then choose it.
		await page.getByRole('button', { name: 'Choose an image' }).click();
		await page.locator('input[type="file"]').setInputFiles(coverFile);
		await page.getByRole('button', { name: 'Choose selected' }).click();
		await page.getByLabel('Cover image description').fill(NEWSLETTER.coverAlt);

		// Related contact: the relation widget searches contacts by title.
		await page.getByRole('combobox', { name: 'Contacts in this edition' }).fill('LADO');
		await page.getByRole('option', { name: /LADO/ }).click();

		// Body: Markdown, typed as it is (the body is always in Markdown mode).
		const bodyField = page.getByLabel('markdown field');
		await bodyField.getByRole('textbox').click();
		await page.keyboard.insertText(NEWSLETTER.body);

		await publishNow(page);

		// The file, as the business unit's edit left it. Its name comes from the collection's slug
		// pattern in the config, so the test looks for the one new entry.
		const newEntries = () =>
			readdirSync(folder).filter((name) => name.endsWith('.md') && !existing.has(name));
		await expect
			.poll(newEntries, { message: 'one new entry in content/newsletters/' })
			.toHaveLength(1);
		const fileName = newEntries()[0] ?? '';
		const id = fileName.replace(/\.md$/, '');
		const entryPath = join(folder, fileName);
		const { data, body } = readEntry(entryPath);
		expect(data.title).toBe(NEWSLETTER.title);
		expect(data.season).toBe(NEWSLETTER.season);
		expect(data.year).toBe(NEWSLETTER.year);
		const published =
			data.published instanceof Date ? data.published.toISOString().slice(0, 10) : data.published;
		expect(published).toBe(NEWSLETTER.published);
		expect(data.summary).toBe(NEWSLETTER.summary);
		expect(data.coverAlt).toBe(NEWSLETTER.coverAlt);
		expect(data.relatedContacts).toContain(NEWSLETTER.contact);
		// Astro's image() resolves the cover relative to the entry file.
		expect(typeof data.cover).toBe('string');
		expect(
			existsSync(resolve(dirname(entryPath), String(data.cover))),
			`cover “${String(data.cover)}” next to the entry`,
		).toBe(true);
		expect(body).toMatch(/^## What is new$/m);
		expect(body).toMatch(/^- the training programme$/m);

		// In the same copy, before its one build: a new number for a service, with the change note an
		// editor writes beside it. After the build the note is in What's changed and its feed, and the
		// new number is on the pages where the old one was.
		const ladoFile = join(project, 'content/contacts/lado.yaml');
		const ladoText = readFileSync(ladoFile, 'utf8');
		const oldNumber = /number: (.+)/.exec(ladoText)?.[1] ?? '';
		const newNumber = '020 7946 0999';
		const changeNote = 'The LADO has a new phone number.';
		const changed = `${ladoText.replace(`number: ${oldNumber}`, `number: ${newNumber}`)}changes:\n  - date: 2031-10-06\n    kind: updated\n    summary: ${changeNote}\n`;
		writeFileSync(ladoFile, toDecapLayout(changed, 'data', fieldOrderOf(COLLECTIONS.contacts)));

		// The site built from the copy shows it. A production build: no RSCP_CMS_LOCAL.
		const env = { ...process.env };
		delete env.RSCP_CMS_LOCAL;
		await run('npx', ['astro', 'build'], env);
		expect(readFileSync(join(project, 'dist/whats-changed/index.html'), 'utf8')).toContain(
			changeNote,
		);
		expect(readFileSync(join(project, 'dist/whats-changed/rss.xml'), 'utf8')).toContain(
			`<description>${changeNote}</description>`,
		);
		const builtPages = readdirSync(join(project, 'dist'), {
			recursive: true,
			encoding: 'utf8',
		}).filter((file) => file.endsWith('.html'));
		const withNumber = (number: string) =>
			builtPages.filter((file) =>
				readFileSync(join(project, 'dist', file), 'utf8')
					.replace(/\u00a0|&nbsp;|&#160;/g, ' ')
					.includes(number),
			);
		expect(withNumber(oldNumber), `pages still showing the old number ${oldNumber}`).toEqual([]);
		expect(withNumber(newNumber)).toContain('contacts/lado/index.html');
		// In every language: each translated report page lists the LADO, now with the new number.
		for (const { code } of siteLanguages())
			expect(withNumber(newNumber)).toContain(`${code}/report-a-concern/index.html`);
		// The production build carries no local backend.
		expect(readFileSync(join(project, 'dist/admin/config.yml'), 'utf8')).not.toMatch(
			/^\s*local_backend\s*:/m,
		);
		const html = readFileSync(join(project, 'dist/newsletters', id, 'index.html'), 'utf8');
		expect(html).toMatch(new RegExp(`<h1[^>]*>${NEWSLETTER.title}</h1>`));
		const contact = readEntry(join(project, 'content/contacts', `${NEWSLETTER.contact}.yaml`))
			.data as { phones: { number: string }[] };
		const phone = contact.phones[0]?.number ?? '';
		expect(phone).not.toBe('');
		expect(html.replace(/\u00a0|&nbsp;|&#160;/g, ' ')).toContain(phone);

		// The cover is served resized: a srcset of smaller files, none at the upload's full width.
		const image = /<img[^>]*class="[^"]*app-newsletter__cover[^"]*"[^>]*>/.exec(html)?.[0] ?? '';
		expect(image, 'the cover <img>').not.toBe('');
		const srcset = /srcset="([^"]+)"/.exec(image)?.[1] ?? '';
		const candidates = srcset.split(',').map((candidate) => candidate.trim().split(/\s+/));
		expect(candidates.length).toBeGreaterThan(1);
		for (const [url = '', width = ''] of candidates) {
			expect(Number.parseInt(width, 10), `${url} ${width}`).toBeLessThan(UPLOAD.width);
			expect(
				existsSync(join(project, 'dist', decodeURI(url.split('?')[0] ?? ''))),
				`${url} is in dist/`,
			).toBe(true);
		}
		builtCover = image;
	});

	test("the built cover's <img src> fallback is not the upload at full size either", async () => {
		expect(builtCover, 'the site built by the newsletter test above').not.toBe('');
		// Browsers that ignore srcset load src: it must be a resized file too.
		const src = /\ssrc="([^"]+)"/.exec(builtCover)?.[1] ?? '';
		const built = await sharp(join(project, 'dist', decodeURI(src.split('?')[0] ?? ''))).metadata();
		expect(built.width, `the <img src> fallback ${src} is the upload at full size`).toBeLessThan(
			UPLOAD.width,
		);
	});

	test('saving a contact keeps every field: an edit and its undo give back the same data', async ({
		page,
	}) => {
		test.setTimeout(ADMIN_TIMEOUT * 2);
		const entryPath = join(project, 'content/contacts/lado.yaml');
		const before = readEntry(entryPath).data;
		const original = String(before.verifiedFrom);
		const rechecked = `${original}, rechecked`;

		await editor?.open(page, '#/collections/contacts/entries/lado');
		const verifiedFrom = page.getByRole('textbox', { name: 'Verified from' });
		await expect(verifiedFrom).toHaveValue(original, { timeout: ADMIN_TIMEOUT });

		// The preview is the contact card in the site's own CSS (src/components/admin/previews.ts, preview-styles.ts).
		const phone = (before.phones as { number: string }[])[0]?.number ?? '';
		const preview = page.frameLocator('iframe');
		await expect(preview.getByRole('heading', { level: 1 })).toHaveText(String(before.title));
		const phoneLink = preview.getByRole('link', { name: phone.replace(/ /g, '\u00a0') });
		await expect(phoneLink).toHaveAttribute('href', `tel:${phone.replace(/\s/g, '')}`);
		await expect(phoneLink).toHaveCSS('white-space', 'nowrap'); // the site's PhoneLink style
		// Decap offers Publish only once an entry differs from the saved file, so a save "without
		// change" is an edit saved and then undone and saved again.
		await verifiedFrom.fill(rechecked);
		await publishNow(page);
		await expect
			.poll(() => readEntry(entryPath).data)
			.toEqual({ ...before, verifiedFrom: rechecked });

		// Back to the list and into the entry again, as an editor would, so the form shows the saved file.
		await page.getByRole('link', { name: /Writing in Contacts collection/ }).click();
		await page.getByRole('link', { name: /Local Authority Designated Officer/ }).click();
		await expect(verifiedFrom).toHaveValue(rechecked);
		await verifiedFrom.fill(original);
		await expect(verifiedFrom).toHaveValue(original);
		await publishNow(page);
		await expect.poll(() => readEntry(entryPath).data).toEqual(before);
	});

	test('a translation previews in its language and direction, with the translator’s box', async ({
		page,
	}) => {
		test.setTimeout(ADMIN_TIMEOUT * 2);
		const entryPath = join(project, 'content/translations/ur-report-a-concern.md');
		const before = readEntry(entryPath).data;
		await editor?.open(page, '#/collections/translations/entries/ur-report-a-concern');
		const checked = page.getByRole('switch', { name: /^Checked by a qualified translator/ });
		await expect(checked).not.toBeChecked({ timeout: ADMIN_TIMEOUT });
		await expect(page.getByRole('combobox', { name: 'English page' })).toBeVisible();

		// The preview (src/components/admin/previews.ts) is right to left, as the Urdu page is.
		const preview = page.frameLocator('iframe');
		const heading = preview.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText(String(before.title));
		await expect(heading).toHaveCSS('direction', 'rtl');
		await expect(preview.locator('[lang="ur"]').first()).toBeAttached();
	});

	test('a newsletter missing required fields is refused, and the editor says which', async ({
		page,
	}) => {
		test.setTimeout(ADMIN_TIMEOUT * 2);
		const folder = join(project, 'content/newsletters');
		const before = readdirSync(folder);
		await editor?.open(page);
		await page.getByRole('link', { name: 'Newsletters' }).click();
		await page.getByRole('link', { name: 'Create entry of type Newsletter' }).click();
		await page.getByLabel('Edition title').fill('A newsletter with only a title');
		await page.getByRole('button', { name: 'Publish', exact: true }).click();
		await page.getByRole('menuitem', { name: 'Publish now' }).click();

		await expect(
			page.getByText("Oops, you've missed a required field. Please complete before saving."),
		).toBeVisible();
		for (const label of ['Season', 'Year', 'Publication date', 'Summary']) {
			await expect(
				page.getByRole('listitem').filter({ hasText: `${label} is required.` }),
			).toBeVisible();
		}
		expect(readdirSync(folder)).toEqual(before);
	});

	test('editing one field of a briefing leaves every other field and the body as they were', async ({
		page,
	}) => {
		test.setTimeout(ADMIN_TIMEOUT * 2);
		const id = 'arthur-and-star-national-review';
		const entryPath = join(project, 'content/briefings', `${id}.md`);
		const before = readEntry(entryPath);
		const newSummary = `${String(before.data.summary)} Updated through the editor.`;

		await editor?.open(page, `#/collections/briefings/entries/${id}`);
		const summary = page.getByRole('textbox', { name: 'Summary', exact: true });
		await expect(summary).toHaveValue(String(before.data.summary), { timeout: ADMIN_TIMEOUT });
		await summary.fill(newSummary);
		await publishNow(page);

		const after = readEntry(entryPath);
		expect(after.data).toEqual({ ...before.data, summary: newSummary });
		expect(after.body.trim()).toBe(before.body.trim());
	});
});
