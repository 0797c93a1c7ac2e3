// Every check of the built site, in one pass over one reading of dist/ (`npm run check:dist`):
// html-validate, internal links and fragments, weight budgets, security headers and page facts.
// Each check gets the same BuiltSite, so every HTML file is read and parsed once for all of them.
// A check never stops the others: one run reports every problem of every check.
import { relative, sep } from 'node:path';
import sharp from 'sharp';
import {
	BUDGETS,
	findBudgetProblems,
	formatWeightTable,
	KIB,
	SiteWeigher,
} from './budgets/check-budgets.ts';
import type { BuiltSite } from './dist/read-built-site.ts';
import { checkSiteHeaders } from './headers/check-site-headers.ts';
import { parseHeadersFile } from './headers/headers-file.ts';
import { findPageFactProblems } from './html/page-facts.ts';
import { formatHtmlValidation, validateBuiltPages } from './html/validate-html.ts';
import { findBrokenLinks, formatBrokenLinks } from './links/find-broken-links.ts';

/** What one check found. */
export interface CheckOutcome {
	/** The check's name, as given to `npm run check:dist -- <name>`. */
	name: DistCheckName;
	passed: boolean;
	/** One line: what passed, or how many problems. */
	summary: string;
	/** Every problem (and any report worth reading when it passed, e.g. the heaviest pages). */
	details: string;
	warnings: string[];
	/** Wall-clock seconds the check took. */
	seconds: number;
}

type CheckResult = Omit<CheckOutcome, 'name' | 'seconds'>;

// 'always' matches `trailingSlash` in astro.config.mjs: change both together.
const TRAILING_SLASH = 'always';

/** The checks, in the order they run and print. */
export const DIST_CHECKS = {
	/** html-validate with .htmlvalidate.json (html-validate:recommended; changes listed in tests/README.md). */
	html: async (site: BuiltSite): Promise<CheckResult> => {
		const report = await validateBuiltPages(site);
		const passed = report.errorCount === 0;
		return {
			passed,
			summary: passed
				? `${report.pageCount} page(s) are valid HTML${report.warningCount ? ` (${report.warningCount} warning(s))` : ''}.`
				: `${report.errorCount} error(s) on ${report.results.filter((result) => result.errorCount > 0).length} of ${report.pageCount} page(s).`,
			details: report.results.length ? formatHtmlValidation(report) : '',
			warnings: [],
		};
	},

	/** Every internal href/src/srcset/poster reaches a file, every #fragment an id on its page. */
	links: (site: BuiltSite): CheckResult => {
		const pages = new Map([...site.pages].map(([file, page]) => [file, page.document] as const));
		const broken = findBrokenLinks(pages, site.files, TRAILING_SLASH);
		const passed = broken.length === 0;
		return {
			passed,
			summary: passed
				? `every internal link and fragment on ${site.pages.size} page(s) resolves.`
				: `${broken.length} broken link(s) on ${new Set(broken.map((item) => item.page)).size} of ${site.pages.size} page(s).`,
			details: passed
				? ''
				: formatBrokenLinks(broken, relative(process.cwd(), site.root).split(sep).join('/') || '.'),
			warnings: [],
		};
	},

	/** Gzip weight of every page against the budgets in budgets/check-budgets.ts. */
	budgets: async (site: BuiltSite): Promise<CheckResult> => {
		// Real pixel widths of the raster images (sharp reads only the header).
		const pixelWidths = new Map<string, number>();
		for (const file of [...site.files].filter(
			(name) => /\.(png|jpe?g|webp|avif|gif)$/i.test(name) && !name.startsWith('pagefind/'),
		)) {
			const bytes = site.read(file);
			const { width } = bytes ? await sharp(bytes).metadata() : { width: undefined };
			if (width) pixelWidths.set(file, width);
		}
		const weigher = new SiteWeigher(site.read, (file) => pixelWidths.get(file));
		const weights = [...site.pages.values()].map((page) =>
			weigher.weighPage(page.file, page.html, page.document),
		);
		const problems = findBudgetProblems(weights);
		const table = `Heaviest of ${weights.length} pages (gzip):\n\n${formatWeightTable(weights)}`;
		const kib = (bytes: number) => `${bytes / KIB} KiB`;
		const passed = problems.length === 0;
		return {
			passed,
			summary: passed
				? `home and report pages (every language) first round trip ≤ ${kib(BUDGETS.firstRoundTrip.bytes)}, JavaScript ≤ ${kib(BUDGETS.javaScript.bytes)} (except ${BUDGETS.javaScript.exempt.join(', ')}), every page under ${kib(BUDGETS.totalWithoutImages.bytes)} without images, images no larger than their display needs.`
				: `${problems.length} problem(s).`,
			details: passed
				? table
				: `${table}\n\n${problems.map(({ file, message }) => `${file}: ${message}`).join('\n')}`,
			warnings: [],
		};
	},

	/** Security headers from dist/_headers on every page; inline code allowed by hash. */
	headers: (site: BuiltSite): CheckResult => {
		const text = site.read('_headers');
		if (!text) {
			return {
				passed: false,
				summary: 'no dist/_headers (it is copied from public/_headers by the build).',
				details: '',
				warnings: [],
			};
		}
		const { rules, problems: fileProblems } = parseHeadersFile(text.toString('utf8'));
		const pages = new Map([...site.pages].map(([file, page]) => [file, page.document] as const));
		const report = checkSiteHeaders(rules, pages);
		const problems = [
			...fileProblems.map(({ line, message }) => `public/_headers:${line}: ${message}`),
			...report.problems,
		];
		const passed = problems.length === 0;
		return {
			passed,
			summary: passed
				? `${site.pages.size} page(s) get the security headers, and their ${report.inlineCount} inline script(s) and style(s) are allowed by hash.`
				: `${problems.length} problem(s).`,
			details: problems.join('\n'),
			warnings: report.warnings,
		};
	},

	/** Facts read from each page's HTML: lang on <html>, one level-1 heading, one <main>. */
	facts: (site: BuiltSite): CheckResult => {
		const problems = [...site.pages.values()].flatMap((page) => findPageFactProblems(page));
		const passed = problems.length === 0;
		return {
			passed,
			summary: passed
				? `every public page has a lang, one <h1> and one <main> (${site.pages.size} page(s) read).`
				: `${problems.length} problem(s) on ${new Set(problems.map((problem) => problem.file)).size} page(s).`,
			details: problems.map(({ file, message }) => `dist/${file}: ${message}`).join('\n'),
			warnings: [],
		};
	},
} satisfies Record<string, (site: BuiltSite) => CheckResult | Promise<CheckResult>>;

/** The name of one check of the built site. */
export type DistCheckName = keyof typeof DIST_CHECKS;

/** Whether a word names a check. */
export const isDistCheckName = (name: string): name is DistCheckName =>
	Object.hasOwn(DIST_CHECKS, name);

/** Runs the named checks (all by default) over one reading of the site, in order; never throws for a failed check. */
export async function runDistChecks(
	site: BuiltSite,
	names: readonly DistCheckName[] = Object.keys(DIST_CHECKS) as DistCheckName[],
): Promise<CheckOutcome[]> {
	const outcomes: CheckOutcome[] = [];
	for (const name of names) {
		const started = performance.now();
		let result: CheckResult;
		try {
			result = await DIST_CHECKS[name](site);
		} catch (error) {
			result = {
				passed: false,
				summary: 'the check itself failed.',
				details: error instanceof Error ? (error.stack ?? error.message) : String(error),
				warnings: [],
			};
		}
		outcomes.push({ name, ...result, seconds: (performance.now() - started) / 1000 });
	}
	return outcomes;
}
