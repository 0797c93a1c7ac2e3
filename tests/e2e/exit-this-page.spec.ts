// "Exit this page" with JavaScript: Shift pressed three times within 5 seconds (either Shift key,
// in any mix), the button, or the second skip link covers the page at once and replaces it with a
// neutral site, so Back skips the page the person was reading. The neutral site is never really
// fetched: the browser gets a stub page instead (the tests run without a network).
import { expect, test, type Page } from '@playwright/test';
import { formatViolations, scanPage } from '../helpers/axe.ts';
import { DESKTOP_ONLY } from '../helpers/desktop-only.ts';
import { NEUTRAL_SITE, stubNeutralSite } from '../helpers/neutral-site.ts';

const PREVIOUS_PAGE = '/briefings/';
const PAGE = '/report-a-concern/';

/** Opens PAGE with PREVIOUS_PAGE before it in the history, so Back has somewhere to go. */
async function openWithHistory(page: Page): Promise<void> {
	await page.goto(PREVIOUS_PAGE);
	await page.goto(PAGE);
	// The script is a module: wait until the custom element is upgraded before pressing keys.
	await page.waitForFunction(() => customElements.get('app-exit-this-page') !== undefined);
}

/** The page has been left for the neutral site, and Back returns to the page before it. */
async function expectExitedWithoutHistory(page: Page): Promise<void> {
	await expect(page).toHaveURL(NEUTRAL_SITE);
	await page.goBack();
	await expect(page, 'Back must skip the page that was exited').toHaveURL(
		new RegExp(`${PREVIOUS_PAGE}$`),
	);
}

/** Nothing happened: still on the page, not covered. */
async function expectStillOnPage(page: Page): Promise<void> {
	await expect(page.locator('html')).not.toHaveAttribute('data-exiting');
	await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
	await expect(page.getByRole('main')).toBeVisible();
}

/** The (visually hidden) live region screen readers announce after each counted Shift press. */
function exitStatus(page: Page) {
	return page.getByRole('complementary', { name: 'Exit this page' }).getByRole('status');
}

test.beforeEach(async ({ context }) => {
	await stubNeutralSite(context);
});

const SHIFT_SEQUENCES = [
	['ShiftLeft', 'ShiftLeft', 'ShiftLeft'],
	['ShiftRight', 'ShiftRight', 'ShiftRight'],
	['ShiftLeft', 'ShiftRight', 'ShiftLeft'],
];
// What a key press does does not depend on the screen, and a phone has no Shift or Tab key: the
// keyboard is tested on the desktop, and the phone project presses the button instead.
test.describe('with the keyboard', DESKTOP_ONLY, () => {
	for (const keys of SHIFT_SEQUENCES) {
		test(`Shift three times (${keys.join(', ')}) exits, and Back skips the page`, async ({
			page,
		}) => {
			await openWithHistory(page);
			for (const key of keys.slice(0, -1)) await page.keyboard.press(key);
			await expect(exitStatus(page)).toHaveText('Shift, press 1 more time to exit.');
			await page.keyboard.press(keys.at(-1) ?? 'Shift');
			await expectExitedWithoutHistory(page);
		});
	}

	test('Shift used as a modifier (Shift+A) does not count towards an exit', async ({ page }) => {
		await openWithHistory(page);
		await page.keyboard.press('Shift+A');
		await page.keyboard.press('Shift+A');
		await page.keyboard.press('Shift');
		// Only the last press counted.
		await expect(exitStatus(page)).toHaveText('Shift, press 2 more times to exit.');
		await expectStillOnPage(page);
	});

	test('Shift presses expire after 5 seconds', async ({ page }) => {
		// A fake clock for the page, so no real waiting: installed before the page's script runs, then
		// paused so that only runFor moves it (a busy machine must not add real time to the 5 seconds).
		await page.clock.install();
		await openWithHistory(page);
		await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);

		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.clock.runFor(5_001);
		await expect(exitStatus(page)).toHaveText('Exit this page expired.');
		await page.keyboard.press('Shift');
		await expect(exitStatus(page)).toHaveText('Shift, press 2 more times to exit.');
		await expectStillOnPage(page);

		// Within 5 seconds of the last press, the third press still exits.
		await page.keyboard.press('Shift');
		await page.clock.runFor(4_900);
		await page.keyboard.press('Shift');
		await expectExitedWithoutHistory(page);
	});

	test('the "Exit this page" skip link, reached with Tab and pressed with Enter, exits', async ({
		page,
	}) => {
		await openWithHistory(page);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
		await page.keyboard.press('Tab');
		const skipLink = page.getByRole('link', { name: 'Exit this page', exact: true });
		await expect(skipLink).toBeFocused();
		await expect(skipLink).toBeInViewport();
		await page.keyboard.press('Enter');
		await expectExitedWithoutHistory(page);
	});
});

test('the Exit this page button exits, and Back skips the page', async ({ page }) => {
	await openWithHistory(page);
	await page.getByRole('link', { name: 'Emergency: Exit this page' }).click();
	await expectExitedWithoutHistory(page);
});

test('the page is covered at once, and stays covered until the neutral site arrives', async ({
	page,
	context,
}) => {
	// A 204 reply cancels the navigation, so the page stays in the state it is in while the neutral
	// site loads, where it can be inspected. (While a real navigation is pending, Chromium answers no
	// DevTools calls, so a held-back reply cannot be inspected.)
	let neutralSiteRequested = false;
	await context.unrouteAll();
	await context.route(NEUTRAL_SITE, async (route) => {
		neutralSiteRequested = true;
		await route.fulfill({ status: 204 });
	});
	await openWithHistory(page);
	await page.getByRole('link', { name: 'Emergency: Exit this page' }).click();

	await expect.poll(() => neutralSiteRequested, 'the neutral site was asked for').toBe(true);
	await expect(page.getByRole('alert')).toHaveText('Loading');
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.getByRole('alert')).toBeInViewport();
	await expect(page.getByRole('main')).toBeHidden();
	await expect(page.getByRole('complementary', { name: 'Worried about a child?' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Emergency: Exit this page' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
	// The tab title could give the page away too.
	await expect(page).toHaveTitle('Loading');
	await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
});

test('no axe violations while the exit cover is shown', async ({ page }) => {
	await page.goto(PAGE);
	// The state the page is in while the neutral site loads, without leaving.
	await page.evaluate(() => document.documentElement.setAttribute('data-exiting', ''));
	await expect(page.getByRole('alert')).toBeVisible();
	const { violations } = await scanPage(page);
	expect(
		violations.length ? formatViolations(`${PAGE} while exiting`, violations) : '',
		'accessibility problems',
	).toBe('');
});

test('no axe violations on the report a concern page', async ({ page }) => {
	await page.goto(PAGE);
	await page.waitForFunction(() => customElements.get('app-exit-this-page') !== undefined);
	const { violations } = await scanPage(page);
	expect(
		violations.length ? formatViolations(PAGE, violations) : '',
		'accessibility problems',
	).toBe('');
});
