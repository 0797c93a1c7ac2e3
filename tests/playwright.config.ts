// Browser tests against the built site (`npm test` builds first; `npm run test:e2e` alone needs a dist/).
// Paths here are relative to this file's folder, tests/.
import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { DESKTOP_ONLY_TAG } from './helpers/desktop-only.ts';

const CI = Boolean(process.env.CI);
// PORT picks the preview port. Astro runs one preview per checkout, so parallel runs need separate clones.
const PORT = Number(process.env.PORT ?? 4321);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Browsers cannot be downloaded here, so Playwright drives the Debian Chromium package
// (tests/helpers/ensure-chromium.ts installs it when missing).
const CHROMIUM = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox', // CI runs as root in a container, where Chromium's sandbox cannot start
		'--disable-gpu',
		// Keep Chromium off the network: the tests only talk to the local servers. Every other host
		// name fails to resolve, so a page's request to another origin fails at once, without
		// Playwright intercepting every request (which costs a third of a page load); the request
		// is still seen, and every-page.spec.ts reports it.
		'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
};

const NO_JS_SPECS = /\.nojs\.spec\.ts$/;
// Specs that run once, at desktop width: the visit to every page (axe, CSP, requests) and the CSP
// spec do not depend on the screen, so running them per project would only repeat them; the
// content editor, the editors' status page and printing are desktop tasks. The phone project never
// starts them, so they need no skip of their own.
const DESKTOP_ONLY_SPECS =
	/(every-page|csp|cms|cms-round-trip|editor-status|levels-print)\.spec\.ts$/;

export default defineConfig({
	testDir: 'e2e',
	outputDir: '.output',
	fullyParallel: true,
	forbidOnly: CI,
	retries: 0, // a flaky test is a bug
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: BASE_URL,
		trace: 'retain-on-failure',
		launchOptions: CHROMIUM,
	},
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
		cwd: resolve(import.meta.dirname, '..'),
		url: BASE_URL,
		reuseExistingServer: !CI,
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'] },
			testIgnore: NO_JS_SPECS,
		},
		{
			name: 'mobile',
			// A Pixel phone at the narrowest common Android width, where the navigation must still work.
			use: {
				...devices['Pixel 7'],
				viewport: { width: 360, height: 640 },
				screen: { width: 360, height: 640 },
				isMobile: true,
				hasTouch: true,
			},
			testIgnore: [NO_JS_SPECS, DESKTOP_ONLY_SPECS],
			// Tests tagged DESKTOP_ONLY (helpers/desktop-only.ts) are not the phone's to run.
			grepInvert: DESKTOP_ONLY_TAG,
		},
		{
			name: 'no-js',
			use: { ...devices['Desktop Chrome'], javaScriptEnabled: false },
			testMatch: NO_JS_SPECS,
		},
	],
});
