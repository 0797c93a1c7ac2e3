// The one place that says which accessibility rules the site is held to (STYLE §2.10).
// Disable a rule only here, with a reason and a link to the issue or axe rule page; there are none now.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 AA (which includes 2.0 and 2.1 A/AA) plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** An axe scan of the current page with the site's rule set. */
export function makeAxeBuilder(page: Page): AxeBuilder {
	return new AxeBuilder({ page }).withTags(AXE_TAGS);
}

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** Readable report of one page's violations: rule, impact and help link, then each offending element. */
export function formatViolations(path: string, violations: readonly Violation[]): string {
	const rules = violations.map((violation) => {
		const nodes = violation.nodes
			.map((node) => `      ${node.target.join(' ')}\n        ${node.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`)
			.join('\n');
		return `  ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
	});
	return `${path}\n${rules.join('\n')}`;
}
