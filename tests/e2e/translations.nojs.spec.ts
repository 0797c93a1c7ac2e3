// Runs in the `no-js` project: on every translated report page, with scripts blocked, every
// number is a tel: link and Exit this page still leaves for the neutral site. Numbers come from
// content/contacts/ and languages from content/languages/, so the test follows the content.
import { expect, test } from '@playwright/test';
import {
	REPORT_PAGE_CONTACTS,
	contactPhones,
	expectedTelHref,
	phoneLinkName,
} from '../helpers/contacts.ts';
import { siteLanguages } from '../helpers/languages.ts';
import { NEUTRAL_SITE, stubNeutralSite } from '../helpers/neutral-site.ts';

// A translated report page shows the same contacts as the English one (its top, the worried bar
// and its contact list).
const CONTACTS = REPORT_PAGE_CONTACTS;

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
		await stubNeutralSite(context);
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
