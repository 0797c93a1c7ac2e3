// Translated pages in the browser (issue 13): on each language's report page the numbers are on
// the first screen and Shift ×3 exits, with the announcements in that language; the language
// navigation reaches every language and English by keyboard; a search from a translated page
// searches that language; and every script is drawn with real glyphs, not missing-glyph boxes.
// Languages and numbers come from content/, so the tests follow the content.
import { expect, test, type Page } from '@playwright/test';
import { contactPhones, phoneLinkName } from '../helpers/contacts.ts';
import { siteLanguages } from '../helpers/languages.ts';
import { NEUTRAL_SITE, stubNeutralSite } from '../helpers/neutral-site.ts';
import { DESKTOP_ONLY } from '../helpers/desktop-only.ts';

const LANGUAGES = siteLanguages();
const reportPage = (code: string) => `/${code}/report-a-concern/`;

const childProtection = contactPhones('child-protection-referrals');
const NUMBERS = [
	contactPhones('emergency-999')[0]?.number,
	childProtection.find((phone) => phone.hours === 'office-hours')?.number,
	childProtection.find((phone) => phone.hours === 'evenings-and-weekends')?.number,
];

test('the content has the languages and numbers these tests need', () => {
	expect(LANGUAGES.length).toBeGreaterThanOrEqual(7);
	expect(NUMBERS.every(Boolean)).toBe(true);
});

for (const language of LANGUAGES) {
	test(`${language.code}: the report page is in ${language.code}, its numbers on the first screen, and Shift three times exits`, async ({
		page,
		context,
	}) => {
		await stubNeutralSite(context);
		await page.goto(reportPage(language.code));
		await expect(page.locator('html')).toHaveAttribute('lang', language.code);
		if (language.dir === 'rtl') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		else await expect(page.locator('html')).not.toHaveAttribute('dir', 'rtl');
		const bar = page.getByRole('complementary', { name: language.ui.worriedTitle });
		for (const number of NUMBERS) {
			const link = bar.getByRole('link', { name: phoneLinkName(number ?? '') });
			await expect(link, `${number} on the first screen`).toBeInViewport({ ratio: 1 });
		}
		await expect(
			page.getByRole('link', { name: `${language.ui.exitEmergency} ${language.ui.exitThisPage}` }),
		).toBeInViewport();

		// Then, on the same page, Shift three times leaves it, each step announced in the language.
		await page.waitForFunction(() => customElements.get('app-exit-this-page') !== undefined);
		const status = page
			.getByRole('complementary', { name: language.ui.exitThisPage })
			.getByRole('status');
		await page.keyboard.press('Shift');
		await expect(status).toHaveText(language.ui.exitTwoMore ?? '');
		await page.keyboard.press('Shift');
		await expect(status).toHaveText(language.ui.exitOneMore ?? '');
		await page.keyboard.press('Shift');
		await expect(page).toHaveURL(NEUTRAL_SITE);
	});
}

/** Presses Tab until the focused element is a link to `href`; fails after `limit` presses. */
async function tabTo(page: Page, href: string, limit = 60): Promise<void> {
	for (let presses = 0; presses < limit; presses += 1) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		if (focused === href) return;
	}
	throw new Error(`${href} was not reached with ${limit} presses of Tab`);
}

for (const language of LANGUAGES) {
	test(
		`the language navigation reaches ${language.code} and English again by keyboard`,
		DESKTOP_ONLY,
		async ({ page }) => {
			// Desktop only: a keyboard journey.
			await page.goto('/report-a-concern/');
			const navigation = page.getByRole('navigation', { name: 'Languages' });
			const link = navigation.getByRole('link', { name: language.nativeName });
			await expect(link).toHaveAttribute('lang', language.code);
			await expect(link).toHaveAttribute('hreflang', language.code);
			await tabTo(page, reportPage(language.code));
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${reportPage(language.code)}$`));
			await expect(
				page
					.getByRole('navigation', { name: language.ui.languagesLabel })
					.locator('[aria-current="true"]'),
			).toHaveText(language.nativeName);
			await tabTo(page, '/report-a-concern/');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/\/report-a-concern\/$/);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
		},
	);
}

test(
	'a search from a translated page finds pages in that language',
	DESKTOP_ONLY,
	async ({ page }) => {
		// Desktop only: the same search on the phone adds nothing.
		test.setTimeout(90_000); // seven searches, each loading its language's index
		for (const language of LANGUAGES) {
			await page.goto(reportPage(language.code));
			const box = page.getByRole('searchbox', { name: language.ui.searchLabel });
			// A service name stays in English in every translation, so it is in every language's index.
			await box.fill('Childline');
			await box.press('Enter');
			await expect(page).toHaveURL(new RegExp(`/search/\\?q=Childline&lang=${language.code}$`));
			const results = page.getByRole('list', { name: 'Search results' });
			await expect(results).toHaveAttribute('lang', language.code);
			const links = results.getByRole('heading').getByRole('link');
			await expect(links.first()).toBeVisible();
			const hrefs = await links.evaluateAll((elements) =>
				elements.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
			);
			expect(hrefs.length, `${language.code}: results`).toBeGreaterThan(0);
			for (const href of hrefs)
				expect(href, language.code).toMatch(new RegExp(`^/${language.code}/`));
		}
	},
);

test(
	'every script is drawn with real glyphs, not missing-glyph boxes',
	DESKTOP_ONLY,
	async ({ page }) => {
		// Desktop only: fonts are the same on both projects.
		for (const language of LANGUAGES) {
			await page.goto(reportPage(language.code));
			const heading = page.getByRole('heading', { level: 1 });
			// Each distinct letter of the heading drawn alone, in the heading's own font and language,
			// as pixels. A missing glyph is drawn as the same box whatever the letter, so real glyphs
			// give (nearly) as many different drawings as letters; two unassigned code points (the
			// control) must give one drawing, proving the method sees boxes.
			const result = await heading.evaluate((element) => {
				const style = getComputedStyle(element);
				const canvas = document.createElement('canvas');
				canvas.width = 80;
				canvas.height = 80;
				canvas.lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
				const context = canvas.getContext('2d', { willReadFrequently: true });
				if (!context) throw new Error('no canvas');
				context.font = `40px ${style.fontFamily}`;
				const draw = (text: string) => {
					context.clearRect(0, 0, 80, 80);
					context.fillText(text, 10, 55);
					const pixels = context.getImageData(0, 0, 80, 80).data;
					let inked = 0;
					let hash = 0;
					for (let index = 3; index < pixels.length; index += 4) {
						if (pixels[index]) inked += 1;
						hash = (hash * 31 + (pixels[index] ?? 0)) | 0;
					}
					return { inked, hash };
				};
				const letters = [...new Set((element.textContent ?? '').replace(/[\s\p{P}]/gu, ''))]
					.filter((letter) => /\p{L}/u.test(letter))
					.slice(0, 12);
				const drawings = letters.map(draw);
				const control = [draw('\u0378'), draw('\u0379')];
				return {
					letters: letters.length,
					distinct: new Set(drawings.map((drawing) => drawing.hash)).size,
					blank: drawings.filter((drawing) => drawing.inked === 0).length,
					controlDistinct: new Set(control.map((drawing) => drawing.hash)).size,
				};
			});
			expect(result.controlDistinct, 'two missing glyphs draw the same box').toBe(1);
			expect(result.letters, language.code).toBeGreaterThan(4);
			expect(result.blank, `${language.code}: letters drawn as nothing`).toBe(0);
			expect(result.distinct, `${language.code}: different drawings of different letters`).toBe(
				result.letters,
			);
		}
	},
);
