// The "Worried about a child?" bar: on every kind of page, 999 and the child protection numbers
// must be on screen as soon as the page opens, and tappable: inside the viewport without scrolling
// and not under the sticky "Exit this page" button. The `mobile` project checks this at 360×640
// (the narrowest common phone), `chromium` at desktop size, where the button floats over the bar.
// Numbers come from content/contacts/, so the test follows the content.
import { expect, test, type Page } from '@playwright/test';
import { chunk } from '../helpers/chunk.ts';
import { contactPhones, expectedTelHref, phoneLinkName } from '../helpers/contacts.ts';
import { readSitemapPaths } from '../helpers/sitemap-urls.ts';
import { DESKTOP_ONLY } from '../helpers/desktop-only.ts';

const emergency = contactPhones('emergency-999')[0];
const childProtection = contactPhones('child-protection-referrals');
// The bar shows the daytime and the evenings-and-weekends numbers (WorriedBar.astro).
const NUMBERS = [
	{ name: '999', number: emergency?.number },
	{
		name: 'child protection, office hours',
		number: childProtection.find((phone) => phone.hours === 'office-hours')?.number,
	},
	{
		name: 'child protection, evenings and weekends',
		number: childProtection.find((phone) => phone.hours === 'evenings-and-weekends')?.number,
	},
];

// One page of every page template in src/pages. Pages are picked from the built sitemap by pattern,
// so a renamed briefing or a new period does not break the test.
const PAGE_TYPES: { type: string; path: string | RegExp }[] = [
	{ type: 'home page', path: '/' },
	{ type: 'report a concern', path: '/report-a-concern/' },
	{ type: 'contacts index', path: '/contacts/' },
	{ type: 'a contact', path: /^\/contacts\/[^/]+\/$/ },
	{ type: 'briefings index', path: '/briefings/' },
	{ type: 'a briefing', path: /^\/briefings\/[^/]+\/$/ },
	{ type: 'levels of need index', path: '/levels-of-need/' },
	{ type: 'a level of need', path: /^\/levels-of-need\/[^/]+\/$/ },
	{ type: 'priorities index', path: '/priorities/' },
	{ type: 'a priorities period', path: /^\/priorities\/\d{4}-\d{2}\/$/ },
	{ type: 'a priority', path: /^\/priorities\/\d{4}-\d{2}\/[^/]+\/$/ },
	{ type: 'newsletters index', path: '/newsletters/' },
	{ type: 'a newsletter', path: /^\/newsletters\/[^/]+\/$/ },
	{ type: 'reports index', path: '/reports/' },
	{ type: 'a report', path: /^\/reports\/[^/]+\/$/ },
	{ type: 'glossary index', path: '/glossary/' },
	{ type: 'a glossary term', path: /^\/glossary\/[^/]+\/$/ },
	{ type: 'events index', path: '/events/' },
	{ type: 'an event', path: /^\/events\/[^/]+\/$/ },
	{ type: 'training index', path: '/training/' },
	{ type: 'a training course', path: /^\/training\/[^/]+\/$/ },
	{ type: 'case reviews hub', path: '/case-reviews/' },
	{ type: 'a case review', path: /^\/case-reviews\/[^/]+\/$/ },
	{ type: 'an audience page', path: '/professionals/' },
	{ type: 'an about page', path: /^\/about\/[^/]+\/$/ },
	{ type: 'A to Z', path: '/a-z/' },
	{ type: '404 page', path: '/404.html' },
];

const PAGES_PER_TEST = 8;

let sitemap: string[] = [];
let sitemapError: unknown;
try {
	sitemap = readSitemapPaths();
} catch (error) {
	sitemapError = error; // reported by a failing test below, so `playwright test --list` still works
}

/** The path to visit for a page type: the first sitemap path matching it (the 404 page is not in the sitemap). */
function pathFor(path: string | RegExp): string | undefined {
	if (path === '/404.html') return path;
	return sitemap.find((candidate) =>
		typeof path === 'string' ? candidate === path : path.test(candidate),
	);
}

/** What is at the centre of an element: 'itself' when it would receive a tap there. */
async function whatIsAtCentre(page: Page, name: RegExp): Promise<string> {
	const bar = page.getByRole('complementary', { name: 'Worried about a child?' });
	return bar.getByRole('link', { name }).evaluate((link) => {
		const box = link.getBoundingClientRect();
		const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
		if (top && (top === link || link.contains(top))) return 'itself';
		return top ? `<${top.localName}> “${top.textContent?.trim() ?? ''}”` : 'nothing (off screen)';
	});
}

/**
 * Every number in the bar is a tel: link, fully inside the viewport, and not under the exit button.
 * Soft assertions, so one run reports every page and number that breaks the rule.
 */
async function expectNumbersOnScreen(page: Page, where: string): Promise<void> {
	const viewport = page.viewportSize();
	if (!viewport) throw new Error('The page has no fixed viewport');
	const bar = page.getByRole('complementary', { name: 'Worried about a child?' });
	const exitBox = await page.getByRole('link', { name: 'Emergency: Exit this page' }).boundingBox();
	expect
		.soft(await page.evaluate(() => window.scrollY), `${where}: the page opened scrolled`)
		.toBe(0);

	for (const { name, number } of NUMBERS) {
		if (!number) throw new Error(`content/contacts/ has no ${name} number`);
		const label = `${where}: ${name} (${number})`;
		const link = bar.getByRole('link', { name: phoneLinkName(number) });
		if ((await link.count()) !== 1) {
			expect.soft(await link.count(), `${label}: links with this number in the bar`).toBe(1);
			continue;
		}
		expect.soft(await link.getAttribute('href'), `${label}: href`).toBe(expectedTelHref(number));

		const box = await link.boundingBox();
		if (!box) {
			expect.soft(box, `${label} is not displayed`).not.toBeNull();
			continue;
		}
		const edges = `x ${box.x}–${box.x + box.width}, y ${box.y}–${box.y + box.height} in ${viewport.width}×${viewport.height}`;
		expect
			.soft(
				box.x >= 0 &&
					box.y >= 0 &&
					box.x + box.width <= viewport.width &&
					box.y + box.height <= viewport.height,
				`${label} is not wholly on screen without scrolling: ${edges}`,
			)
			.toBe(true);
		if (exitBox) {
			const overlaps =
				box.x < exitBox.x + exitBox.width &&
				exitBox.x < box.x + box.width &&
				box.y < exitBox.y + exitBox.height &&
				exitBox.y < box.y + box.height;
			expect.soft(overlaps, `${label} overlaps the Exit this page button (${edges})`).toBe(false);
		}
		expect
			.soft(
				await whatIsAtCentre(page, phoneLinkName(number)),
				`${label}: what a tap on its centre hits`,
			)
			.toBe('itself');
	}

	const howToReport = bar.getByRole('link', { name: 'How to report a concern' });
	expect
		.soft(await howToReport.getAttribute('href'), `${where}: How to report a concern`)
		.toBe('/report-a-concern/');
}

if (sitemapError) {
	test('the built sitemap can be read', () => {
		throw sitemapError;
	});
}

// Runs of a few pages each: one browser page per run keeps this fast, and each step names its page.
// Titles use only the run number (see every-page.spec.ts).
for (const [index, run] of chunk(PAGE_TYPES, PAGES_PER_TEST).entries()) {
	test(`999 and child protection numbers are on screen and uncovered, page types run ${index + 1}`, async ({
		page,
	}) => {
		for (const { type, path } of run) {
			await test.step(type, async () => {
				const url = pathFor(path);
				if (!url)
					throw new Error(`No page in the sitemap matches ${String(path)}: update PAGE_TYPES`);
				await page.goto(url);
				await expectNumbersOnScreen(page, `${type} (${url})`);
			});
		}
	});
}

test(
	'the numbers stay on screen and uncovered at every width the exit button changes layout',
	DESKTOP_ONLY,
	async ({ page }) => {
		// Desktop only: resizing a phone does not model a real device; the `mobile` project covers
		// 360×640 above.
		await page.goto('/report-a-concern/');
		// 320: WCAG reflow width. 639/640: the button turns from a full-width bar into a button over the bar.
		for (const width of [320, 360, 639, 640, 768, 1024, 1280, 1920]) {
			await page.setViewportSize({ width, height: 640 });
			await expectNumbersOnScreen(page, `/report-a-concern/ at ${width}px`);
		}
	},
);
