// Site search against the built site's Pagefind index (`npm run build` writes dist/pagefind/).
// The query table (tests/search-queries.ts) runs on one page through Pagefind's JS API with the
// search page's own options, so it is fast and ranks exactly as readers see it; the rest drives the
// real interface: filters, sub-result links, the live region, the keyboard, Back, axe, and when
// Pagefind's files are fetched. No-JS behaviour is in search.nojs.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import { PAGEFIND_OPTIONS, PAGEFIND_URL } from '../../src/lib/search/pagefind-api.ts';
import type { SearchHit } from '../../src/lib/search/relax-search.ts';
import { runSiteSearch, type SearchMode } from '../../src/lib/search/run-site-search.ts';
import { loadVocabulary } from '../../src/lib/search/load-vocabulary.ts';
import { formatViolations, scanPage } from '../helpers/axe.ts';
import { contactPhones, expectedTelHref } from '../helpers/contacts.ts';
import { SEARCH_QUERIES } from '../search-queries.ts';
import { DESKTOP_ONLY } from '../helpers/desktop-only.ts';

type Filters = Record<string, { any: string[] }>;

/** The search page's live region. */
const status = (page: Page) => page.getByRole('status').filter({ hasText: /result/ });
/** The results list and its items. */
const results = (page: Page) =>
	page
		.getByRole('list', { name: 'Search results' })
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading') });

/** Loads Pagefind in the page with the site's options; the module is shared with the page's own search. */
async function startPagefind(page: Page): Promise<void> {
	await page.evaluate(
		async ({ url, options }) => {
			const pagefind = await import(url);
			await pagefind.options(options);
			await pagefind.init();
		},
		{ url: PAGEFIND_URL, options: PAGEFIND_OPTIONS },
	);
}

/** Result URLs for a query, best first, straight from Pagefind. */
async function searchUrls(
	page: Page,
	query: string,
	filters: Filters = {},
	limit = 3,
): Promise<{ count: number; urls: string[] }> {
	return page.evaluate(
		async ({ url, query, filters, limit }) => {
			const pagefind = await import(url);
			const search = await pagefind.search(query, { filters });
			const top = await Promise.all(
				search.results
					.slice(0, limit)
					.map((result: { data: () => Promise<{ url: string }> }) => result.data()),
			);
			return {
				count: search.results.length as number,
				urls: top.map((data: { url: string }) => data.url),
			};
		},
		{ url: PAGEFIND_URL, query, filters, limit },
	);
}

/** Pagefind results kept in the page by id, so the table can read the top results' addresses. */
type PageWithResults = typeof globalThis & {
	appSearchResults?: Map<string, { data: () => Promise<{ url: string }> }>;
};

/**
 * Result URLs for a query through the search page's own steps (src/lib/search/run-site-search.ts:
 * the whole query, then relaxed and corrected), run here with Pagefind and the vocabulary in the page.
 */
async function siteSearchUrls(
	page: Page,
	query: string,
	limit = 3,
): Promise<{ mode: SearchMode; count: number; urls: string[]; suggestion?: string }> {
	const language = await page.evaluate(() => document.documentElement.lang);
	const outcome = await runSiteSearch(query, {
		language,
		search: (term) =>
			page.evaluate(
				async ({ url, term }) => {
					const pagefind = await import(url);
					const response = await pagefind.search(term);
					const kept = ((globalThis as PageWithResults).appSearchResults ??= new Map());
					for (const result of response.results) kept.set(result.id, result);
					return response.results.map(({ id, score }: SearchHit) => ({ id, score }));
				},
				{ url: PAGEFIND_URL, term },
			),
		// The same files the page fetches, fetched from here.
		loadVocabulary: (keys) =>
			loadVocabulary(language, keys, (url) => fetch(new URL(url, page.url()))),
	});
	const urls = await page.evaluate(
		(ids) =>
			Promise.all(
				ids.map(async (id) => {
					const result = (globalThis as PageWithResults).appSearchResults?.get(id);
					return result ? (await result.data()).url : '';
				}),
			),
		outcome.hits.slice(0, limit).map((hit) => hit.id),
	);
	return { mode: outcome.mode, count: outcome.hits.length, urls, suggestion: outcome.suggestion };
}

test.describe('ranking', DESKTOP_ONLY, () => {
	// Desktop only: the index is the same at every width: the table runs once.

	test(`the query table: ${SEARCH_QUERIES.length} queries find their page in the top three, and reporting, danger and services first`, async ({
		page,
	}) => {
		expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
		await page.goto('/search/');
		await startPagefind(page);
		const outcomes = [];
		for (const row of SEARCH_QUERIES) {
			const { urls } = await siteSearchUrls(page, row.query);
			const first = row.expect.includes(urls[0] ?? '');
			const topThree = urls.some((url) => row.expect.includes(url));
			outcomes.push({ ...row, first, topThree });
			const where = row.rank === 'first' ? 'first' : 'in the top three';
			expect
				.soft(
					row.rank === 'first' ? first : topThree,
					`“${row.query}” (${row.kind}): expected ${row.expect.join(' or ')} ${where}; got ${urls.join(', ') || 'nothing'}`,
				)
				.toBe(true);
		}
		const firstCount = outcomes.filter((outcome) => outcome.first).length;
		const topThreeCount = outcomes.filter((outcome) => outcome.topThree).length;
		const mustBeFirst = outcomes.filter((outcome) => outcome.rank === 'first');
		test.info().annotations.push({
			type: 'search quality',
			description: `${outcomes.length} queries: ${firstCount} with an expected page first, ${topThreeCount} in the top three; ${mustBeFirst.filter((outcome) => outcome.first).length} of ${mustBeFirst.length} reporting/danger/service queries first`,
		});
	});
});

test('no page but /search/ fetches Pagefind, and /search/ only once the field is used', async ({
	page,
}) => {
	const pagefindRequests: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.startsWith('/pagefind/'))
			pagefindRequests.push(request.url());
	});
	await page.goto('/');
	const headerSearch = page.getByRole('searchbox', { name: 'Search this site' });
	await headerSearch.fill('private fostering');
	expect(pagefindRequests, 'the home page and its search box load no search code').toEqual([]);

	await headerSearch.press('Enter');
	await expect(page).toHaveURL('/search/?q=private+fostering');
	await expect(status(page)).toHaveText(/^\d+ results? for “private fostering”$/);
	expect(pagefindRequests.some((url) => url.endsWith(PAGEFIND_URL))).toBe(true);

	pagefindRequests.length = 0;
	await page.goto('/search/');
	await page.waitForLoadState('networkidle');
	expect(pagefindRequests, '/search/ without a query waits for the field to be used').toEqual([]);
	await page.getByRole('searchbox', { name: 'Search this site' }).focus();
	await expect.poll(() => pagefindRequests.some((url) => url.endsWith(PAGEFIND_URL))).toBe(true);
});

test('results have headings, the live region gives the count, and a contact’s numbers are in its result', async ({
	page,
}) => {
	await page.goto('/search/');
	await page.getByRole('searchbox', { name: 'Search this site' }).fill('LADO');
	await expect(status(page)).toHaveText(/^\d+ results for “LADO”$/);
	await expect(status(page)).toHaveAttribute('role', 'status');
	const { count } = await searchUrls(page, 'LADO');
	await expect(status(page)).toHaveText(`${count} results for “LADO”`);
	await expect(results(page)).toHaveCount(Math.min(count, 10));

	const contact = results(page).filter({
		has: page.getByRole('heading', { name: 'Local Authority Designated Officer (LADO)' }),
	});
	await expect(
		contact.getByRole('link', { name: 'Local Authority Designated Officer (LADO)' }),
	).toHaveAttribute('href', '/contacts/lado/');
	for (const phone of contactPhones('lado')) {
		await expect(contact.locator(`a[href="${expectedTelHref(phone.number)}"]`)).toBeVisible();
	}
	// The first result is the LADO page itself, a heading linking to it.
	await expect(
		results(page).first().getByRole('heading', { level: 2 }).getByRole('link'),
	).toHaveAttribute('href', /^\/(lado|contacts\/lado)\/$/);
});

test('current material comes first; earlier material follows, labelled as such', async ({
	page,
}) => {
	// Every result is shown, ten at a time: on a busy two-core machine that takes a while.
	test.setTimeout(120_000);
	await page.goto('/search/?q=priority');
	await expect(status(page)).toHaveText(/^\d+ results for “priority”$/);
	// Show every result, then read each one's label in order. Each click waits for its results to
	// arrive: the button stays visible while they load, and a click then would find it gone.
	const more = page.getByRole('button', { name: /Show more results/ });
	while (await more.isVisible()) {
		const shown = await results(page).count();
		await more.click();
		await expect(results(page)).not.toHaveCount(shown);
	}
	const labels = await results(page).evaluateAll((items) =>
		items.map((item) => (item.textContent ?? '').includes('Earlier material')),
	);
	expect(labels.some(Boolean), 'some results are earlier material').toBe(true);
	expect(
		labels.slice(labels.indexOf(true)).every(Boolean),
		'no current result after an earlier one',
	).toBe(true);
});

test('a matching section links to its heading on the page', async ({ page }) => {
	await page.goto('/search/?q=consent');
	await expect(status(page)).toHaveText(/results for “consent”/);
	const sectionLink = page.locator('[data-search-results] a[href$="#consent"]').first();
	await expect(sectionLink).toBeVisible();
	const href = await sectionLink.getAttribute('href');
	expect(href).toMatch(/^\/levels-of-need\/[^/]+\/#consent$/);
	await sectionLink.click();
	await expect(page).toHaveURL(href ?? '');
	const heading = page.locator('#consent');
	await expect(heading).toHaveText('Consent');
	await expect(heading).toBeInViewport();
});

test('filters: OR within a group, AND across groups, counts match, kept in the address, Back undoes', async ({
	page,
}) => {
	const query = 'safeguarding';
	await page.goto(`/search/?q=${query}`);
	await expect(status(page)).toHaveText(new RegExp(`results for “${query}”$`));
	const any = (type: string[], audience: string[] = []): Filters => ({
		type: { any: type },
		audience: { any: audience },
		year: { any: [] },
	});
	const briefings = (await searchUrls(page, query, any(['briefing']))).count;
	const pages = (await searchUrls(page, query, any(['page']))).count;
	const both = (await searchUrls(page, query, any(['briefing', 'page']))).count;
	const bothForProfessionals = (
		await searchUrls(page, query, any(['briefing', 'page'], ['professionals']))
	).count;
	expect(briefings).toBeGreaterThan(0);
	expect(pages).toBeGreaterThan(0);
	expect(both, 'a page has one type, so ticking two types adds their results').toBe(
		briefings + pages,
	);
	expect(bothForProfessionals).toBeLessThan(both);

	await page.getByText('Filter results').click();
	const briefingBox = page.getByRole('checkbox', { name: /^7-minute briefing/ });
	await expect(briefingBox).toHaveAccessibleName(`7-minute briefing (${briefings})`);
	await briefingBox.check();
	await expect(page).toHaveURL(`/search/?q=${query}&type=briefing`);
	await expect(status(page)).toHaveText(
		`${briefings} results for “${query}”, filtered by 7-minute briefing`,
	);
	for (const meta of await results(page).locator('.app-site-search__result-meta').allTextContents())
		expect(meta).toMatch(/^7-minute briefing/);

	// The other type's count still says what ticking it would add.
	await expect(page.getByRole('checkbox', { name: /^Page / })).toHaveAccessibleName(
		`Page (${pages})`,
	);
	await page.getByRole('checkbox', { name: /^Page / }).check();
	// Values are listed in the filter's order (Page before 7-minute briefing), whatever order they were ticked in.
	await expect(page).toHaveURL(`/search/?q=${query}&type=page&type=briefing`);
	await expect(status(page)).toHaveText(
		`${both} results for “${query}”, filtered by Page, 7-minute briefing`,
	);

	await page.getByRole('checkbox', { name: /^Professionals/ }).check();
	await expect(status(page)).toHaveText(
		`${bothForProfessionals} results for “${query}”, filtered by Page, 7-minute briefing, Professionals`,
	);
	await expect(page).toHaveURL(/[?&]audience=professionals/);

	await page.goBack();
	await expect(status(page)).toHaveText(
		`${both} results for “${query}”, filtered by Page, 7-minute briefing`,
	);
	await expect(page.getByRole('checkbox', { name: /^Professionals/ })).not.toBeChecked();
	await expect(briefingBox).toBeChecked();
});

test('typing a new search adds a history entry, so Back returns to the last one', async ({
	page,
}) => {
	await page.goto('/search/');
	const field = page.getByRole('searchbox', { name: 'Search this site' });
	await field.fill('LADO');
	await expect(page).toHaveURL('/search/?q=LADO');
	await field.fill('MARF');
	await expect(page).toHaveURL('/search/?q=MARF');
	await expect(status(page)).toHaveText(/results? for “MARF”$/);
	await page.goBack();
	await expect(page).toHaveURL('/search/?q=LADO');
	await expect(field).toHaveValue('LADO');
	await expect(status(page)).toHaveText(/results for “LADO”$/);
});

test('the whole search works with the keyboard alone', DESKTOP_ONLY, async ({ page }) => {
	// Desktop only: a phone has no Tab key.
	await page.goto('/');
	// Tab from the top of the page to the header's search box.
	const headerSearch = page.getByRole('searchbox', { name: 'Search this site' });
	for (
		let presses = 0;
		presses < 20 && !(await headerSearch.evaluate((field) => field === document.activeElement));
		presses += 1
	) {
		await page.keyboard.press('Tab');
	}
	await expect(headerSearch).toBeFocused();
	await page.keyboard.type('private fostering');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/search/?q=private+fostering');
	await expect(status(page)).toHaveText(/results for “private fostering”$/);

	// Tab from the top of the new page to the filters, open them, tick the first value.
	const summary = page.locator('summary', { hasText: 'Filter results' });
	for (
		let presses = 0;
		presses < 40 && !(await summary.evaluate((element) => element === document.activeElement));
		presses += 1
	) {
		await page.keyboard.press('Tab');
	}
	await expect(summary).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const firstBox = page.getByRole('checkbox').first();
	await expect(firstBox).toBeFocused();
	await page.keyboard.press('Space');
	await expect(firstBox).toBeChecked();
	await expect(page).toHaveURL(/&type=/);
	await expect(firstBox, 'focus stays on the ticked box while the results change').toBeFocused();

	// Tab on to the first result and open it.
	const firstResult = results(page).first().getByRole('heading').getByRole('link');
	const target = await firstResult.getAttribute('href');
	for (
		let presses = 0;
		presses < 40 && !(await firstResult.evaluate((link) => link === document.activeElement));
		presses += 1
	) {
		await page.keyboard.press('Tab');
	}
	await expect(firstResult).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(target ?? '');

	// Back: the same search and filter.
	await page.goBack();
	await expect(page).toHaveURL(/\/search\/\?q=private\+fostering&type=/);
	await expect(status(page)).toHaveText(/results for “private fostering”, filtered by /);
});

test('no results: suggests the A to Z and shows the emergency numbers', async ({ page }) => {
	await page.goto('/search/?q=xyzzyplugh');
	await expect(status(page)).toHaveText('No results for “xyzzyplugh”');
	await expect(page.getByRole('link', { name: 'A to Z of pages' }).first()).toBeVisible();
	for (const id of ['emergency-999', 'child-protection-referrals']) {
		for (const phone of contactPhones(id)) {
			await expect(
				page.locator(`[data-search-no-results] a[href="${expectedTelHref(phone.number)}"]`),
			).toBeVisible();
		}
	}
	await expect(page.getByRole('group')).toHaveCount(0); // no filters to offer
});

test(
	'axe finds no violations on the search page with results and filters open',
	DESKTOP_ONLY,
	async ({ page }) => {
		// Desktop only: axe runs once, at desktop width.
		await page.goto('/search/?q=LADO&type=contact');
		await expect(status(page)).toHaveText(/results? for “LADO”, filtered by Contact$/);
		await expect(page.getByRole('checkbox', { name: /^Contact/ })).toBeChecked();
		const { violations } = await scanPage(page);
		expect(violations, formatViolations('/search/?q=LADO&type=contact', violations)).toEqual([]);

		await page.goto('/search/?q=xyzzyplugh');
		await expect(status(page)).toHaveText('No results for “xyzzyplugh”');
		const empty = await scanPage(page);
		expect(empty.violations, formatViolations('/search/?q=xyzzyplugh', empty.violations)).toEqual(
			[],
		);
	},
);

test.describe('when no page has every word (issue 14)', () => {
	const notice = (page: Page) =>
		page.getByText('No page has all of your words; these have some of them.', { exact: true });
	const urgentBox = (page: Page) =>
		page.getByRole('heading', { name: 'If a child is in danger', level: 2 });

	test('a sentence is relaxed: the notice says so, and a danger word puts the numbers first', async ({
		page,
	}) => {
		await page.goto('/search/?q=the+teacher+hurt+my+son+last+week');
		await expect(status(page)).toHaveText(
			/^\d+ results? for “the teacher hurt my son last week”\. No page has all of your words; these have some of them\.$/,
		);
		await expect(notice(page)).toBeVisible();
		await expect(
			results(page).first().getByRole('heading', { level: 2 }).getByRole('link'),
		).toHaveAttribute('href', /^\/(lado|contacts\/lado)\/$/);
		// The numbers come before the results, from the contacts collection.
		await expect(urgentBox(page)).toBeVisible();
		for (const id of ['emergency-999', 'child-protection-referrals']) {
			for (const phone of contactPhones(id)) {
				await expect(
					page.locator(`[data-search-urgent] a[href="${expectedTelHref(phone.number)}"]`),
				).toBeVisible();
			}
		}
		const [box, list] = await Promise.all([
			urgentBox(page).boundingBox(),
			page.getByRole('list', { name: 'Search results' }).boundingBox(),
		]);
		expect((box?.y ?? 0) < (list?.y ?? 0), 'the numbers are above the results').toBe(true);
	});

	test('a query with no danger word shows no numbers box', async ({ page }) => {
		await page.goto('/search/?q=please+help+me+delete+my+browsing+history');
		await expect(notice(page)).toBeVisible();
		await expect(urgentBox(page)).toBeHidden();
		await expect(
			results(page).first().getByRole('heading', { level: 2 }).getByRole('link'),
		).toHaveAttribute('href', '/staying-safe-online/');
	});

	test('a misspelling: “Did you mean …” links to the correction, whose results are shown', async ({
		page,
	}) => {
		await page.goto('/search/?q=safegaurding+training');
		const suggestion = page.getByRole('link', { name: 'safeguarding training' });
		await expect(page.getByText('Did you mean safeguarding training?')).toBeVisible();
		await expect(suggestion).toHaveAttribute('href', '/search/?q=safeguarding+training');
		await expect(
			page.getByText(
				'No page has “safegaurding training”, so these are the results for “safeguarding training”.',
				{ exact: true },
			),
		).toBeVisible();
		await expect(results(page).first()).toBeVisible();
		await suggestion.click();
		await expect(page).toHaveURL('/search/?q=safeguarding+training');
		await expect(status(page)).toHaveText(/^\d+ results? for “safeguarding training”$/);
		await expect(page.getByText(/Did you mean/)).toBeHidden();
	});

	test(
		'keyboard: type a sentence, reach the numbers, the notice’s suggestion and the results by Tab',
		DESKTOP_ONLY,
		async ({ page }) => {
			// Desktop only: a phone has no Tab key.
			await page.goto('/search/');
			const field = page.getByRole('searchbox', { name: 'Search this site' });
			await field.focus();
			await page.keyboard.type('my dad hits me and i am scarred');
			await page.keyboard.press('Enter');
			await expect(status(page)).toHaveText(
				/these are the results for “my dad hits me and i am scared”/,
			);
			await expect(page.getByText('Did you mean my dad hits me and i am scared?')).toBeVisible();
			// Tab order follows the page: the numbers, then the suggestion, then the results.
			const reached: string[] = [];
			const firstResult = results(page).first().getByRole('heading').getByRole('link');
			for (
				let presses = 0;
				presses < 40 && !(await firstResult.evaluate((link) => link === document.activeElement));
				presses += 1
			) {
				await page.keyboard.press('Tab');
				reached.push(
					await page.evaluate(() => {
						const active = document.activeElement;
						if (active?.closest('[data-search-urgent]')) return 'numbers';
						if (active?.closest('[data-search-notice]')) return 'suggestion';
						return active?.tagName.toLowerCase() ?? '';
					}),
				);
			}
			await expect(firstResult).toBeFocused();
			const numbers = reached.indexOf('numbers');
			const suggestion = reached.indexOf('suggestion');
			expect(numbers, `Tab reached: ${reached.join(', ')}`).toBeGreaterThan(-1);
			expect(suggestion).toBeGreaterThan(numbers);
			const target = await firstResult.getAttribute('href');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(target ?? '');
		},
	);

	test(
		'axe finds no violations with relaxed results and numbers, and with a suggestion shown',
		DESKTOP_ONLY,
		async ({ page }) => {
			// Desktop only: axe runs once, at desktop width.
			for (const [query, shown] of [
				['the teacher hurt my son last week', notice(page)],
				['safegaurding training', page.getByText(/^Did you mean/)],
			] as const) {
				const url = `/search/?q=${encodeURIComponent(query)}`;
				await page.goto(url);
				await expect(shown).toBeVisible();
				const { violations } = await scanPage(page);
				expect(violations, formatViolations(url, violations)).toEqual([]);
			}
		},
	);
});
