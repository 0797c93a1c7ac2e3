// Listening for Content-Security-Policy violations in Chromium, shared by the every-page visit
// (tests/e2e/every-page.spec.ts) and the CSP spec's search and admin tests.
import type { Page } from '@playwright/test';

/** One violation, with the page it happened on. */
export interface CspViolation {
	/** Path and query of the page (or worker) that reported it. */
	path: string;
	/** What was blocked, by which directive, and where. */
	detail: string;
	/** The blocked URL as the browser reported it ('inline', 'eval', or a URL). */
	blocked: string;
}

const pathOf = (url: string) => {
	try {
		return new URL(url).pathname + new URL(url).search;
	} catch {
		return url;
	}
};

/**
 * Records, for the rest of the page's life, every CSP violation it reports (the DOM event, from an
 * init script so it is listening before the first byte is parsed) and every "Refused to …"
 * console error or page error, each with the path it happened on.
 */
export async function recordCspViolations(page: Page): Promise<CspViolation[]> {
	const violations: CspViolation[] = [];
	await page.exposeBinding('reportCspViolation', ({ frame }, detail: string, blocked: string) => {
		violations.push({ path: pathOf(frame.url()), detail, blocked });
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const sample = event.sample ? ` “${event.sample}”` : '';
			const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
			(
				window as unknown as { reportCspViolation: (detail: string, blocked: string) => void }
			).reportCspViolation(
				`${event.disposition} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${sample}${where}`,
				event.blockedURI || 'inline',
			);
		});
	});
	// Violations in a web worker (Pagefind's) do not reach the page's event, only the console.
	const aboutCsp = /Refused to|Content[ -]Security[ -]Policy/i;
	page.on('console', (message) => {
		if (message.type() === 'error' && aboutCsp.test(message.text()))
			violations.push({
				path: pathOf(page.url()),
				detail: `console: ${message.text()}`,
				blocked: '',
			});
	});
	page.on('pageerror', (error) => {
		if (aboutCsp.test(error.message))
			violations.push({ path: pathOf(page.url()), detail: `error: ${error.message}`, blocked: '' });
	});
	return violations;
}

/** Violations as a report: each on its page, one after another. */
export function formatCspViolations(violations: readonly CspViolation[]): string {
	return violations.map(({ path, detail }) => `${path}\n  ${detail}`).join('\n');
}
