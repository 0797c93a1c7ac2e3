// The briefings library and a briefing in the browser: the enhanced filter (the no-JS filter
// pages are in briefings.nojs.spec.ts), section links, and printing for a team meeting.
// Briefings come from the built sitemap, so new content is covered as soon as it is built.
import { expect, test, type Page } from '@playwright/test';
import { formatViolations, scanPage } from '../helpers/axe.ts';
import { readSitemapPaths } from '../helpers/sitemap-urls.ts';
import { DESKTOP_ONLY } from '../helpers/desktop-only.ts';

let briefingPaths: string[] = [];
let sitemapError: unknown;
try {
	// /briefings/<id>/ only: filter pages (/briefings/theme/<value>/) have two segments.
	briefingPaths = readSitemapPaths().filter((path) => /^\/briefings\/[^/]+\/$/.test(path));
} catch (error) {
	sitemapError = error; // reported by a failing test below, so `playwright test --list` still works
}
if (sitemapError) {
	test('the built sitemap can be read', () => {
		throw sitemapError;
	});
}
const firstBriefing = briefingPaths[0] ?? '/briefings/was-not-brought/';

/** Points per CSS pixel: print sizes are checked in points. */
const PT_PER_PX = 0.75;

/**
 * Pages in a PDF: the page objects (`/Type /Page`), not the page tree nodes (`/Type /Pages`).
 * Chromium writes every object uncompressed, so counting them in the raw bytes is exact.
 */
function countPdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/** The PDF a reader gets from the browser's print dialog: A4, print styles. */
async function printToPdf(page: Page, path: string): Promise<Buffer> {
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });
	return page.pdf({ format: 'A4' });
}

test.describe('enhanced filter on /briefings/', () => {
	const cards = (page: Page) => page.locator('[data-briefing-list] > li');
	const status = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing / });

	test('ticking a theme filters the list at once, announces the count and keeps it in the address', async ({
		page,
	}) => {
		await page.goto('/briefings/');
		// The links are the no-JS filter; with JS the form replaces them.
		await expect(page.getByRole('navigation', { name: 'Filter briefings' })).toBeHidden();
		const total = await cards(page).count();
		const withTheme = await cards(page)
			.filter({ has: page.locator('[data-theme~="disabled-children"]') })
			.count();
		await expect(status(page)).toHaveText(`Showing all ${total} briefings`);

		await page.getByRole('checkbox', { name: /^Disabled children/ }).check();
		await expect(page).toHaveURL('/briefings/?theme=disabled-children');
		await expect(cards(page).filter({ visible: true })).toHaveCount(withTheme);
		await expect(
			cards(page).filter({ visible: true }).locator('[data-theme~="disabled-children"]'),
		).toHaveCount(withTheme);
		await expect(status(page)).toHaveText(`Showing ${withTheme} of ${total} briefings`);
		await expect(status(page)).toHaveAttribute('role', 'status'); // a polite live region

		// A second filter narrows the list: a theme AND a year.
		const year = await cards(page)
			.filter({ visible: true })
			.first()
			.locator('[data-year]')
			.getAttribute('data-year');
		const withThemeAndYear = await cards(page)
			.filter({ has: page.locator(`[data-theme~="disabled-children"][data-year="${year}"]`) })
			.count();
		await page.getByRole('combobox', { name: 'Year published' }).selectOption(year ?? '');
		await expect(page).toHaveURL(`/briefings/?theme=disabled-children&year=${year}`);
		await expect(cards(page).filter({ visible: true })).toHaveCount(withThemeAndYear);

		// A reload (or a shared link) keeps the filter.
		await page.reload();
		await expect(page.getByRole('checkbox', { name: /^Disabled children/ })).toBeChecked();
		await expect(page.getByRole('combobox', { name: 'Year published' })).toHaveValue(year ?? '');
		await expect(cards(page).filter({ visible: true })).toHaveCount(withThemeAndYear);

		// Back undoes one choice at a time.
		await page.goBack();
		await expect(page).toHaveURL('/briefings/?theme=disabled-children');
		await expect(page.getByRole('combobox', { name: 'Year published' })).toHaveValue('');
		await expect(cards(page).filter({ visible: true })).toHaveCount(withTheme);
		await page.goBack();
		await expect(page).toHaveURL('/briefings/');
		await expect(page.getByRole('checkbox', { name: /^Disabled children/ })).not.toBeChecked();
		await expect(cards(page).filter({ visible: true })).toHaveCount(total);
		await expect(status(page)).toHaveText(`Showing all ${total} briefings`);
	});

	test('clear filters shows every briefing again', async ({ page }) => {
		await page.goto('/briefings/?theme=neglect&type=audit');
		const total = await cards(page).count();
		await expect(page.getByRole('checkbox', { name: /^Neglect/ })).toBeChecked();
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page).toHaveURL('/briefings/');
		await expect(cards(page).filter({ visible: true })).toHaveCount(total);
	});

	test('a filter no briefing matches says so', async ({ page }) => {
		// Every value offered has briefings, so an empty list needs filters that never meet: a type and
		// a year, or failing that a ticked box (theme or audience) with a type and a year.
		await page.goto('/briefings/');
		const markers = await page
			.locator('[data-briefing-card]')
			.evaluateAll((elements) =>
				elements.map((element) => ({ ...(element as HTMLElement).dataset })),
			);
		const values = (name: string) =>
			page
				.getByRole('combobox', { name })
				.locator('option')
				.evaluateAll((options) =>
					options.map((option) => (option as HTMLOptionElement).value).filter(Boolean),
				);
		const types = await values('Type of review');
		const years = await values('Year published');
		const boxes = await page
			.getByRole('checkbox')
			.evaluateAll((inputs) =>
				inputs.map(
					(input) =>
						[(input as HTMLInputElement).name, (input as HTMLInputElement).value] as [
							string,
							string,
						],
				),
			);
		const matches = (query: [string, string][]) =>
			markers.some((marker) =>
				query.every(([name, value]) => (marker[name] ?? '').split(' ').includes(value)),
			);
		const candidates: [string, string][][] = [
			...types.flatMap((type) =>
				years.map((year): [string, string][] => [
					['type', type],
					['year', year],
				]),
			),
			...boxes.flatMap((box) =>
				types.flatMap((type) =>
					years.map((year): [string, string][] => [box, ['type', type], ['year', year]]),
				),
			),
		];
		const empty = candidates.find((query) => !matches(query));
		expect(
			empty,
			'a combination of a type, a year and a ticked box that no briefing has (if every one has a briefing, this test needs another way to reach an empty list)',
		).toBeDefined();
		await page.goto(`/briefings/?${new URLSearchParams(empty).toString()}`);
		await expect(cards(page).filter({ visible: true })).toHaveCount(0);
		await expect(page.getByText('No briefings match all of these filters.')).toBeVisible();
	});
});

test('a section link lands with its heading at the top of the viewport, not under the Exit button', async ({
	page,
}) => {
	await page.goto(`${firstBriefing}#what-to-do`);
	const heading = page.getByRole('heading', { level: 2, name: 'What to do' });
	await expect(heading).toBeInViewport();
	const box = await heading.boundingBox();
	expect(box?.y).toBeGreaterThanOrEqual(0);
	expect(box?.y).toBeLessThan(100);
	// Nothing sits on top of the heading (the sticky "Exit this page" bar on phones).
	const covered = await heading.evaluate((element) => {
		const rect = element.getBoundingClientRect();
		const top = document.elementFromPoint(rect.left + 4, rect.top + 2);
		return !(top && element.contains(top));
	});
	expect(covered, 'the heading is covered by another element').toBe(false);
});

test('the "On this page" list links to every section', async ({ page }) => {
	await page.goto(firstBriefing);
	const contents = page.getByRole('navigation', { name: 'On this page' });
	const links = contents.getByRole('link');
	await expect(links.first()).toHaveText('Background');
	for (const href of await links.evaluateAll((anchors) =>
		anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
	)) {
		await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
	}
});

test.describe('printing', DESKTOP_ONLY, () => {
	// Desktop only: PDFs are made once, by desktop Chromium (the chromium project).

	for (const path of briefingPaths) {
		test(`${path} prints on at most two A4 pages`, async ({ page }) => {
			const pages = countPdfPages(await printToPdf(page, path));
			expect(pages).toBeGreaterThan(0);
			expect(pages, `${path} printed on ${pages} pages`).toBeLessThanOrEqual(2);
		});
	}

	test('presenter notes and record sheets print on at most two pages, for every briefing', async ({
		page,
	}) => {
		test.setTimeout(briefingPaths.length * 4_000);
		for (const path of briefingPaths) {
			await test.step(path, async () => {
				expect
					.soft(countPdfPages(await printToPdf(page, `${path}presenter/`)), `${path}presenter/`)
					.toBeLessThanOrEqual(2);
				expect
					.soft(
						countPdfPages(await printToPdf(page, `${path}record-sheet/`)),
						`${path}record-sheet/`,
					)
					.toBeLessThanOrEqual(2);
			});
		}
	});

	test('a printed briefing has no site chrome, shows full link addresses and is at least 10pt', async ({
		page,
	}) => {
		await page.goto(firstBriefing);
		await page.emulateMedia({ media: 'print' });
		for (const [role, name] of [
			['navigation', 'Main'],
			['navigation', 'Breadcrumb'],
			['navigation', 'On this page'],
			['complementary', 'Worried about a child?'],
			['complementary', 'Exit this page'],
			['contentinfo', undefined],
		] as const) {
			await expect(
				page.getByRole(role, name ? { name } : {}),
				`${role} ${name ?? ''}`,
			).toBeHidden();
		}
		await expect(
			page.getByRole('heading', { name: 'Use this briefing in your team' }),
		).toBeHidden();
		await expect(
			page.getByText(`https://www.redbridgescp.org.uk${firstBriefing}`, { exact: true }),
		).toBeVisible();

		const style = await page.evaluate(() => {
			const main = document.querySelector('main')!;
			const visible = [...main.querySelectorAll<HTMLElement>('*')].filter(
				(element) =>
					element.checkVisibility() &&
					[...element.childNodes].some(
						(node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
					),
			);
			const sizes = visible.map((element) => parseFloat(getComputedStyle(element).fontSize));
			const siteLink = main.querySelector<HTMLAnchorElement>('.app-prose a[href^="/"]');
			const after = siteLink ? getComputedStyle(siteLink, '::after') : undefined;
			return {
				smallest: Math.min(...sizes, after ? parseFloat(after.fontSize) : Infinity),
				colours: [...new Set(visible.map((element) => getComputedStyle(element).color))],
				afterContent: after?.content ?? '',
			};
		});
		// 10pt is 13.333…px, which the browser rounds down a hair.
		expect(style.smallest * PT_PER_PX).toBeGreaterThanOrEqual(9.99);
		expect(style.colours).toEqual(['rgb(0, 0, 0)']);
		expect(style.afterContent).toMatch(
			/^" \(https:\/\/www\.redbridgescp\.org\.uk" attr\(href\) "\)"$|^" \(https:\/\/www\.redbridgescp\.org\.uk\/.*\)"$/,
		);
	});

	test('the print footer shows the date of printing', async ({ page }) => {
		await page.goto(firstBriefing);
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await page.emulateMedia({ media: 'print' });
		const today = await page.evaluate(() =>
			new Intl.DateTimeFormat('en-GB', {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: 'Europe/London',
			}).format(new Date()),
		);
		await expect(page.getByText(`Printed ${today}`, { exact: true })).toBeVisible();
	});
});

test.describe('accessibility of the new pages', DESKTOP_ONLY, () => {
	// Desktop only: axe runs once, at desktop width (the chromium project).

	test('the library with a filter on, a filter page, a briefing, presenter notes and a record sheet have no axe violations', async ({
		page,
	}) => {
		const paths = [
			'/briefings/?theme=neglect&year=2017',
			'/briefings/theme/disabled-children/',
			'/briefings/year/2025/',
			firstBriefing,
			`${firstBriefing}presenter/`,
			`${firstBriefing}record-sheet/`,
		];
		const reports: string[] = [];
		for (const path of paths) {
			await page.goto(path);
			const { violations } = await scanPage(page);
			if (violations.length) reports.push(formatViolations(path, violations));
		}
		expect(reports.join('\n\n'), `accessibility problems on ${reports.length} page(s)`).toBe('');
	});
});
