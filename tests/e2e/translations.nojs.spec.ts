// Runs in the `no-js` project: on every translated report page, with scripts blocked, every
// number is a tel: link and Exit this page still leaves for the neutral site. Numbers come from
// content/contacts/ and languages from content/languages/, so the test follows the content.
import { expect, test } from '@playwright/test';
import { contactPhones, expectedTelHref, phoneLinkName } from '../helpers/contacts.ts';
import { siteLanguages } from '../helpers/languages.ts';

const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';
// The contacts a translated report page shows (its top, the worried bar and its contact list).
const CONTACTS = [
	'emergency-999',
	'child-protection-referrals',
	'police-101',
	'lado',
	'nspcc-helpline',
	'childline',
];

for (const language of siteLanguages()) {
	const path = `/${language.code}/report-a-concern/`;

	test(`${language.code}: every number is a tel: link without JavaScript`, async ({ page }) => {
		await page.goto(path);
		for (const id of CONTACTS) {
			for (const { number } of contactPhones(id)) {
				const links = page.getByRole('link', { name: phoneLinkName(number) });
				expect.soft(await links.count(), `${id} ${number}`).toBeGreaterThan(0);
				for (const href of await links.evaluateAll((elements) =>
					elements.map((link) => link.getAttribute('href')),
				))
					expect.soft(href, `${id} ${number}`).toBe(expectedTelHref(number));
			}
		}
	});

	test(`${language.code}: Exit this page leaves without JavaScript`, async ({ page, context }) => {
		await context.route(NEUTRAL_SITE, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }),
		);
		await page.goto(path);
		const exit = page.getByRole('link', {
			name: `${language.ui.exitEmergency} ${language.ui.exitThisPage}`,
		});
		await expect(exit).toHaveAttribute('href', NEUTRAL_SITE);
		await expect(
			page.getByRole('link', { name: language.ui.exitThisPage, exact: true }),
		).toHaveAttribute('href', '#exit-this-page');
		await exit.click();
		await expect(page).toHaveURL(NEUTRAL_SITE);
	});
}
