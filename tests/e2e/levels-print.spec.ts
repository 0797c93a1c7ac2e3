// Levels of need are printed for team meetings, so their print view is designed on purpose:
// each level page fits on ONE A4 sheet, and the overview prints every level in full, one per sheet,
// after an intro sheet (title, the "to be confirmed" notice and how to use the print-out).
// Print layout only exists in a browser, so this is an E2E test (tests/README.md).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const THRESHOLDS = join(import.meta.dirname, '../../content/levels-of-need');
/** Every level's page, from the content files: one per file, as the site builds them. */
const LEVEL_PATHS = readdirSync(THRESHOLDS)
	.filter((name) => /\.mdx?$/.test(name))
	.map((name) => `/levels-of-need/${name.replace(/\.mdx?$/, '')}/`)
	.sort();

/** The overview prints one sheet before the levels: its title and notes. */
const OVERVIEW_INTRO_PAGES = 1;

/**
 * Pages in a PDF: each page is a `/Type /Page` object; the page tree is `/Type /Pages`.
 * Chromium (Skia) writes these dictionaries uncompressed, so the bytes can be searched.
 */
function countPdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

async function printToA4(page: Page, path: string): Promise<number> {
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });
	return countPdfPages(await page.pdf({ format: 'A4' }));
}

// page.pdf() prints at A4 whatever the device, so this spec runs once, in the desktop chromium
// project (DESKTOP_ONLY_SPECS in playwright.config.ts).

test('there is a page for every level to print', () => {
	expect(LEVEL_PATHS.length).toBeGreaterThan(0);
});

for (const path of LEVEL_PATHS) {
	test(`${path} prints on exactly one A4 page`, async ({ page }) => {
		expect(await printToA4(page, path)).toBe(1);
	});
}

test('the overview prints an intro page, then one A4 page per level', async ({ page }) => {
	expect(await printToA4(page, '/levels-of-need/')).toBe(OVERVIEW_INTRO_PAGES + LEVEL_PATHS.length);
});

test('the overview tells readers how to print all the levels', async ({ page }) => {
	await page.goto('/levels-of-need/');
	await expect(page.getByRole('heading', { name: 'Print all levels' })).toBeVisible();
});
