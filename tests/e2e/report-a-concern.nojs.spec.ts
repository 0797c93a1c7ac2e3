// Runs in the `no-js` project: someone whose browser blocks scripts must still be able to call
// every number on the report a concern page, and still be able to leave the site at once.
// Numbers come from content/contacts/, so the test follows the content.
import { expect, test } from '@playwright/test';
import {
	REPORT_PAGE_CONTACTS,
	contactPhones,
	expectedTelHref,
	phoneLinkName,
} from '../helpers/contacts.ts';
import { NEUTRAL_SITE, stubNeutralSite } from '../helpers/neutral-site.ts';

const PAGE = '/report-a-concern/';
// The contacts src/pages/report-a-concern.astro shows. Each of these must have a number...
const CONTACTS_WITH_NUMBERS = REPORT_PAGE_CONTACTS;
// ...and any number these gain must appear too (today an online form, and a front door whose number is to be confirmed).
const OTHER_CONTACTS = ['request-for-safeguarding-and-protection', 'family-help-front-door'];

test('every number on the report a concern page is a tel: link without JavaScript', async ({
	page,
}) => {
	for (const id of CONTACTS_WITH_NUMBERS) {
		expect(contactPhones(id).length, `content/contacts/${id}.yaml: phone numbers`).toBeGreaterThan(
			0,
		);
	}
	await page.goto(PAGE);
	const main = page.getByRole('main');
	for (const id of [...CONTACTS_WITH_NUMBERS, ...OTHER_CONTACTS]) {
		for (const { label, number } of contactPhones(id)) {
			const links = main.getByRole('link', { name: phoneLinkName(number) });
			const where = `${id}: ${label} (${number})`;
			// Soft, so one run lists every missing or wrong number.
			expect
				.soft(await links.count(), `${where}: links with this number in the main content`)
				.toBeGreaterThan(0);
			for (const href of await links.evaluateAll((elements) =>
				elements.map((link) => link.getAttribute('href')),
			)) {
				expect.soft(href, `${where}: href`).toBe(expectedTelHref(number));
			}
		}
	}
});

test('the Exit this page link goes to the neutral site without JavaScript', async ({
	page,
	context,
}) => {
	await stubNeutralSite(context);
	await page.goto(PAGE);
	const exitLink = page.getByRole('link', { name: 'Emergency: Exit this page' });
	await expect(exitLink).toHaveAttribute('href', NEUTRAL_SITE);
	// The second skip link leads to it.
	await expect(page.getByRole('link', { name: 'Exit this page', exact: true })).toHaveAttribute(
		'href',
		'#exit-this-page',
	);
	await expect(exitLink).toHaveId('exit-this-page');
	await exitLink.click();
	await expect(page).toHaveURL(NEUTRAL_SITE);
	await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
});
