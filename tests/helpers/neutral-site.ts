// The neutral site "Exit this page" leaves for (src/site.ts), as the browser tests see it: they run
// without a network, so the browser gets a stub page in its place.
import type { BrowserContext } from '@playwright/test';
import { EXIT_URL } from '../../src/site.ts';

/** Where Exit this page goes. */
export const NEUTRAL_SITE = EXIT_URL;

/** The page served in its place: a heading a test can wait for. */
const NEUTRAL_SITE_STUB =
	'<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1></html>';

/** Answers the neutral site with the stub page, for every page of this context. */
export async function stubNeutralSite(context: BrowserContext): Promise<void> {
	await context.route(NEUTRAL_SITE, (route) =>
		route.fulfill({ contentType: 'text/html', body: NEUTRAL_SITE_STUB }),
	);
}
