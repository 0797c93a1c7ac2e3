// The one place that says which accessibility rules the site is held to (STYLE §2.10).
// Disable a rule only here, with a reason and a link to the issue or axe rule page; there are none now.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';

/** WCAG 2.2 AA (which includes 2.0 and 2.1 A/AA) plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** An axe scan of the current page with the site's rule set. */
export function makeAxeBuilder(page: Page): AxeBuilder {
	return new AxeBuilder({ page }).withTags(AXE_TAGS);
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

// The axe-core that @axe-core/playwright itself depends on, so both ways of scanning run the same
// engine and rules. Its minified build: the same code at less than half the size to parse, on
// every page of every scan.
const requireFromAxePlaywright = createRequire(
	createRequire(import.meta.url).resolve('@axe-core/playwright'),
);
const axeSource = readFileSync(requireFromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Makes axe ready in every page this context opens, before the page's own scripts, for tests that
 * scan many pages: Chromium compiles an init script once and reuses it, where evaluating axe's
 * source after each load costs about 120 ms a page. Init scripts run outside the page's
 * Content-Security-Policy, as `page.evaluate` does; axe only defines `window.axe`.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: axeSource });
}

/**
 * The site's rule set on the current page, with the same axe-core and options as `makeAxeBuilder`,
 * in about a quarter of the time: AxeBuilder injects axe twice and finishes every scan in a new
 * blank page (so that it can merge results from cross-origin frames). A page with no frames has
 * nothing to merge, so axe runs in it once; a page with frames still goes through AxeBuilder.
 * Axe is injected here unless `preloadAxe` already put it in the page.
 */
export async function scanPage(page: Page): Promise<{ violations: Violation[] }> {
	if (page.frames().length > 1) return makeAxeBuilder(page).analyze();
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
			}
		).axe;
		// resultTypes only trims the nodes listed for passes and the like; violations are complete.
		const { violations } = await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return { violations };
	}, AXE_TAGS);
}

/** Readable report of one page's violations: rule, impact and help link, then each offending element. */
export function formatViolations(path: string, violations: readonly Violation[]): string {
	const rules = violations.map((violation) => {
		const nodes = violation.nodes
			.map(
				(node) =>
					`      ${node.target.join(' ')}\n        ${node.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`,
			)
			.join('\n');
		return `  ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
	});
	return `${path}\n${rules.join('\n')}`;
}
