// Weight budgets on the built site (npm run check:budgets), all in gzip bytes as a server sends them:
// - first round trip: on the pages people reach in a hurry (home, report a concern), the HTML plus
//   its render-blocking CSS fits in 14 KiB, about what a new connection can deliver in its first
//   round trip, so the numbers to call arrive before anything else;
// - JavaScript: at most 10 KiB per page (scripts plus the modules they import statically), except
//   the search page (Pagefind) and the admin (Decap CMS);
// - total without images: under 50 KiB per page (HTML, every stylesheet, every script), except the admin;
// - images: see image-budget.ts.
// Inline <style> and <script> travel inside the HTML, so they count in the HTML's size; inline
// scripts count towards the JavaScript budget as well.
import { gzipSync } from 'node:zlib';
import { pagePath } from '../dist/page-path.ts';
import type { HtmlDocument } from '../dist/read-built-site.ts';
import { checkImages, type ImageProblem } from './image-budget.ts';
import { collectPageAssets, cssImports, staticImports } from './page-assets.ts';

/** 1 KiB. Budgets are written in KiB: 14 KiB = 14,336 bytes, inside a 10-packet first flight (14,600). */
export const KIB = 1024;

/** The budgets, in gzip bytes, and the pages each applies to. */
export const BUDGETS = {
	firstRoundTrip: {
		bytes: 14 * KIB,
		paths: ['/', '/report-a-concern/'],
		/** The report page in every language (/ur/report-a-concern/…): the same budget as in English. */
		pattern: /^\/[a-z]{2,3}\/report-a-concern\/$/,
	},
	javaScript: { bytes: 10 * KIB, exempt: ['/search/', '/admin/'] },
	/** Strictly under this. */
	totalWithoutImages: { bytes: 50 * KIB, exempt: ['/admin/'] },
} as const;

/** Read access to the build folder, by path relative to it (e.g. `_astro/a.css`). */
export type ReadBuiltFile = (file: string) => Buffer | undefined;

/** What one page weighs, in gzip bytes. */
export interface PageWeight {
	/** Relative to the build folder, e.g. `about/index.html`. */
	file: string;
	/** Its URL path, e.g. `/about/`. */
	path: string;
	html: number;
	/** External stylesheets that block rendering (not media="print"), with their @imports. */
	blockingCss: number;
	/** Every external stylesheet, print included. */
	css: number;
	/** Inline scripts, external scripts and their static imports. */
	javaScript: number;
	/** html + css + javaScript. */
	total: number;
	/** HTML plus render-blocking CSS. */
	firstRoundTrip: number;
	/** Files that could not be measured (missing, or on another origin). */
	unmeasured: string[];
	imageProblems: ImageProblem[];
}

const BASE = 'https://site.invalid';

/** The build-folder file a URL on a page points at, or undefined when it leaves the site. */
export function builtFileFor(url: string, fromPath: string): string | undefined {
	const resolved = new URL(url, `${BASE}${fromPath}`);
	if (resolved.origin !== BASE) return undefined;
	const path = decodeURIComponent(resolved.pathname).replace(/^\//, '');
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Measures pages against one build folder, gzipping each shared file once. */
export class SiteWeigher {
	private readonly sizes = new Map<string, number | undefined>();
	private readonly imports = new Map<string, string[]>();
	private readonly read: ReadBuiltFile;
	private readonly pixelWidthOf: (file: string) => number | undefined;

	/** `pixelWidthOf` gives an image file's real width in pixels (undefined when unknown). */
	constructor(
		read: ReadBuiltFile,
		pixelWidthOf: (file: string) => number | undefined = () => undefined,
	) {
		this.read = read;
		this.pixelWidthOf = pixelWidthOf;
	}

	/** Gzip size of a built file, or undefined when it does not exist. */
	gzipSizeOf(file: string): number | undefined {
		if (!this.sizes.has(file)) {
			const bytes = this.read(file);
			this.sizes.set(file, bytes === undefined ? undefined : gzipSync(bytes).length);
		}
		return this.sizes.get(file);
	}

	/** A file and everything it imports (JS static imports, or CSS @imports), each once. */
	private withDependencies(first: string, findImports: (text: string) => string[]): string[] {
		const seen = new Set<string>();
		const queue = [first];
		while (queue.length) {
			const file = queue.shift() ?? '';
			if (seen.has(file)) continue;
			seen.add(file);
			if (!this.imports.has(file)) {
				const text = this.read(file)?.toString('utf8') ?? '';
				this.imports.set(
					file,
					findImports(text).flatMap((specifier) => builtFileFor(specifier, `/${file}`) ?? []),
				);
			}
			queue.push(...(this.imports.get(file) ?? []));
		}
		return [...seen];
	}

	/** Weighs one page given its path in the build folder and its HTML (and its tree, when the reader parsed it). */
	weighPage(file: string, html: string, document?: HtmlDocument): PageWeight {
		const path = pagePath(file);
		const assets = collectPageAssets(document ?? html);
		const unmeasured: string[] = [];
		const sum = (files: Iterable<string>) => {
			let total = 0;
			for (const item of files) {
				const size = this.gzipSizeOf(item);
				if (size === undefined) unmeasured.push(item);
				else total += size;
			}
			return total;
		};
		const filesOf = (urls: readonly string[], findImports: (text: string) => string[]) => {
			const files = new Set<string>();
			for (const url of urls) {
				const target = builtFileFor(url, path);
				if (target === undefined) unmeasured.push(url);
				else for (const item of this.withDependencies(target, findImports)) files.add(item);
			}
			return files;
		};
		const blockingFiles = filesOf(
			assets.stylesheets.filter((sheet) => sheet.renderBlocking).map((sheet) => sheet.href),
			cssImports,
		);
		const cssFiles = filesOf(
			assets.stylesheets.map((sheet) => sheet.href),
			cssImports,
		);
		const scriptFiles = filesOf(assets.scripts, staticImports);

		const htmlSize = gzipSync(html).length;
		const blockingCss = sum(blockingFiles);
		const css = sum(cssFiles);
		const inlineJavaScript = assets.inlineScripts.reduce(
			(total, code) => total + gzipSync(code).length,
			0,
		);
		const javaScript = inlineJavaScript + sum(scriptFiles);
		const imageProblems = checkImages(assets.images, (url) => {
			const target = builtFileFor(url, path);
			return target === undefined ? undefined : this.pixelWidthOf(target);
		});
		return {
			file,
			path,
			html: htmlSize,
			blockingCss,
			css,
			javaScript,
			total: htmlSize + css + javaScript - inlineJavaScript,
			firstRoundTrip: htmlSize + blockingCss,
			unmeasured: [...new Set(unmeasured)],
			imageProblems,
		};
	}
}

/** One budget a page breaks. */
export interface BudgetProblem {
	file: string;
	message: string;
}

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
const isUnder = (path: string, prefixes: readonly string[]) =>
	prefixes.some((prefix) => path === prefix || path.startsWith(prefix));
/** True for a page the first-round-trip budget applies to. */
const hasFirstRoundTripBudget = (path: string) =>
	(BUDGETS.firstRoundTrip.paths as readonly string[]).includes(path) ||
	BUDGETS.firstRoundTrip.pattern.test(path);

/** Every budget broken by the given pages, plus pages that could not be fully measured. */
export function findBudgetProblems(weights: readonly PageWeight[]): BudgetProblem[] {
	const problems: BudgetProblem[] = [];
	const byPath = new Map(weights.map((weight) => [weight.path, weight]));
	const budgeted = [
		...BUDGETS.firstRoundTrip.paths,
		...weights
			.map((weight) => weight.path)
			.filter((path) => BUDGETS.firstRoundTrip.pattern.test(path)),
	];
	for (const path of budgeted) {
		const weight = byPath.get(path);
		if (!weight)
			problems.push({
				file: path,
				message: `is not in the build, so its first-round-trip budget cannot be checked`,
			});
		else if (weight.firstRoundTrip > BUDGETS.firstRoundTrip.bytes) {
			problems.push({
				file: weight.file,
				message: `HTML + render-blocking CSS is ${kib(weight.firstRoundTrip)} (HTML ${kib(weight.html)}, CSS ${kib(weight.blockingCss)}); the budget is ${kib(BUDGETS.firstRoundTrip.bytes)}`,
			});
		}
	}
	for (const weight of weights) {
		if (
			!isUnder(weight.path, BUDGETS.javaScript.exempt) &&
			weight.javaScript > BUDGETS.javaScript.bytes
		) {
			problems.push({
				file: weight.file,
				message: `loads ${kib(weight.javaScript)} of JavaScript; the budget is ${kib(BUDGETS.javaScript.bytes)}`,
			});
		}
		if (
			!isUnder(weight.path, BUDGETS.totalWithoutImages.exempt) &&
			weight.total >= BUDGETS.totalWithoutImages.bytes
		) {
			problems.push({
				file: weight.file,
				message: `weighs ${kib(weight.total)} without images; the budget is under ${kib(BUDGETS.totalWithoutImages.bytes)}`,
			});
		}
		for (const missing of weight.unmeasured)
			problems.push({
				file: weight.file,
				message: `references “${missing}”, which is not a file in the build (or is on another site), so it cannot be weighed`,
			});
		for (const image of weight.imageProblems)
			problems.push({
				file: `${weight.file}:${image.line}`,
				message: `image “${image.image}” ${image.reason}`,
			});
	}
	return problems;
}

/** A Markdown table of the heaviest pages (by total), plus the first-round-trip pages wherever they rank. */
export function formatWeightTable(weights: readonly PageWeight[], rows = 10): string {
	const heaviest = [...weights]
		.sort((a, b) => b.total - a.total || a.path.localeCompare(b.path))
		.slice(0, rows);
	const always = weights.filter(
		(weight) => hasFirstRoundTripBudget(weight.path) && !heaviest.includes(weight),
	);
	const line = (weight: PageWeight) =>
		`| ${weight.path} | ${kib(weight.html)} | ${kib(weight.blockingCss)} | ${kib(weight.firstRoundTrip)} | ${kib(weight.javaScript)} | ${kib(weight.total)} |`;
	return [
		'| page | HTML | blocking CSS | HTML + blocking CSS | JS | total without images |',
		'| --- | ---: | ---: | ---: | ---: | ---: |',
		...[...heaviest, ...always].map(line),
	].join('\n');
}
