// The one place that says which accessibility rules the site is held to (STYLE §2.10).
// Disable a rule only here, with a reason and a link to the issue or axe rule page; there are none now.
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA (which includes 2.0 and 2.1 A/AA) plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** An axe scan of the current page with the site's rule set. */
export function makeAxeBuilder(page: Page): AxeBuilder {
	return new AxeBuilder({ page }).withTags(AXE_TAGS);
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

// The axe-core that @axe-core/playwright itself injects (its own dependency), so both ways of
// scanning run the same engine and rules.
const axeSource = (
	createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as {
		source: string;
	}
).source;

/**
 * The site's rule set on the current page, with the same axe-core and options as `makeAxeBuilder`,
 * in about a quarter of the time: AxeBuilder injects axe twice and finishes every scan in a new
 * blank page (so that it can merge results from cross-origin frames). A page with no frames has
 * nothing to merge, so axe runs in it once; a page with frames still goes through AxeBuilder.
 */
export async function scanPage(page: Page): Promise<{ violations: Violation[] }> {
	if (page.frames().length > 1) return makeAxeBuilder(page).analyze();
	await page.evaluate(axeSource);
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
