// The benchmark's report (bench/results.md and the terminal): Markdown tables, from measured numbers.

/** One timed build. */
export interface BuildMeasure {
	/** Wall-clock seconds. */
	seconds: number;
	/** Peak resident memory of the build process tree, in MB (10^6 bytes); undefined when unknown. */
	peakMb: number | undefined;
	/** HTML pages written. */
	pages: number;
}

/** One size of synthetic site, built by this project and by the bare baseline. */
export interface ScalingRow {
	/** Synthetic entries added (half briefings, half newsletters). */
	entries: number;
	site: BuildMeasure;
	bare: BuildMeasure;
	/** The content check over every file, in seconds. */
	contentCheckSeconds: number;
	/** Pagefind over the built site, in seconds. */
	pagefindSeconds: number;
	/** What Pagefind worked through, when measured: see {@link IndexingMeasure}. */
	indexing?: IndexingMeasure;
}

/** Pagefind's work at one size: it parses HTML, so its time follows bytes rather than pages. */
export interface IndexingMeasure {
	/** All HTML in dist/, in MB (10^6 bytes). */
	htmlMb: number;
	/** HTML of the pages Pagefind indexes (those with data-pagefind-body), in MB. */
	indexedHtmlMb: number;
	indexedPages: number;
	/** User plus system CPU seconds (Pagefind uses every core), when GNU time is installed. */
	cpuSeconds: number | undefined;
	peakMb: number | undefined;
	/** The same site with Pagefind reading every HTML file, as before issue 14, for comparison. */
	everyFile?: { seconds: number; cpuSeconds: number | undefined; peakMb: number | undefined };
}

/** Lighthouse's four category scores (0–100) and LCP for one page. */
export interface LighthouseRow {
	path: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcpMs: number;
	/** Audits that cost points, e.g. `uses-text-compression (0.5)`. */
	shortfalls: string[];
	/** Why Lighthouse gave no scores for this page, when it failed twice. */
	error?: string;
}

/** What a first search on the built site cost (see src/tools/bench/first-search.ts). */
export interface FirstSearchRow {
	query: string;
	bytesTransferred: number;
	bodyBytes: number;
	fragmentsBeforeResults: number;
	requests: number;
	queryMs: number;
	results: number;
}

/** Everything one run of the bench measured. */
export interface BenchResults {
	/** ISO date and time of the run. */
	date: string;
	/** e.g. `Node v22.23.3, astro 7.2.10, 2 CPUs (…), 23 GB RAM`. */
	machine: string;
	/** How peak memory was measured. */
	memoryMethod: string;
	/** What the synthetic entries are copies of, e.g. `15 briefings (about 930 words each) and 1 newsletter (2,841 words)`. */
	templates: string;
	realSite: BuildMeasure & { pagefindSeconds: number };
	scaling: ScalingRow[];
	lighthouse: LighthouseRow[];
	/** Empty when the search benchmark could not run; `firstSearchNote` says why. */
	firstSearch: FirstSearchRow[];
	firstSearchNote?: string;
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const megabytes = (value: number | undefined) =>
	value === undefined ? 'n/a' : `${Math.round(value)} MB`;
const milliseconds = (value: number) => `${value.toFixed(1)} ms`;

/**
 * Marginal build cost per page between two sizes: the extra seconds over the extra pages, which
 * leaves out the fixed start-up cost every build pays.
 */
export function marginalMsPerPage(smaller: BuildMeasure, larger: BuildMeasure): number | undefined {
	const pages = larger.pages - smaller.pages;
	return pages > 0 ? ((larger.seconds - smaller.seconds) * 1000) / pages : undefined;
}

/** The report as Markdown. */
export function formatBenchResults(results: BenchResults): string {
	const scaling = results.scaling.map((row, index) => {
		const previous = results.scaling[index - 1];
		const marginal = previous ? marginalMsPerPage(previous.site, row.site) : undefined;
		const bareMarginal = previous ? marginalMsPerPage(previous.bare, row.bare) : undefined;
		return [
			row.entries,
			row.site.pages,
			seconds(row.site.seconds),
			megabytes(row.site.peakMb),
			milliseconds((row.site.seconds * 1000) / row.site.pages),
			marginal === undefined ? '–' : milliseconds(marginal),
			`${seconds(row.bare.seconds)} / ${row.bare.pages} pages`,
			megabytes(row.bare.peakMb),
			bareMarginal === undefined ? '–' : milliseconds(bareMarginal),
			`${(row.site.seconds / row.bare.seconds).toFixed(1)}×`,
			seconds(row.contentCheckSeconds),
			seconds(row.pagefindSeconds),
		];
	});
	const lighthouse = results.lighthouse.map((row) => {
		const page = `\`${row.path}\``;
		if (row.error)
			return [
				page,
				'–',
				'–',
				'–',
				'–',
				'–',
				`Lighthouse failed: ${row.error.replace(/\|/g, '\\|')}`,
			];
		const lcp = `${(row.lcpMs / 1000).toFixed(1)} s`;
		return [
			page,
			row.performance,
			row.accessibility,
			row.bestPractices,
			row.seo,
			lcp,
			row.shortfalls.length ? row.shortfalls.join('; ') : 'none',
		];
	});
	const table = (header: string[], rows: (string | number)[][]) =>
		[
			`| ${header.join(' | ')} |`,
			`| ${header.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`,
			...rows.map((row) => `| ${row.join(' | ')} |`),
		].join('\n');

	const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
	const search =
		results.firstSearch.length > 0
			? table(
					[
						'query',
						'bodies (gzip)',
						'headers',
						'total on the wire',
						'requests',
						'fragments when drawn',
						'query time',
						'results',
					],
					results.firstSearch.map((row) => [
						`“${row.query}”`,
						kib(row.bodyBytes),
						kib(row.bytesTransferred - row.bodyBytes),
						`${row.bytesTransferred} (${kib(row.bytesTransferred)})`,
						row.requests,
						row.fragmentsBeforeResults,
						`${row.queryMs} ms`,
						row.results,
					]),
				)
			: (results.firstSearchNote ?? 'The search benchmark did not run.');
	const indexed = results.scaling.filter((row) => row.indexing);
	const indexing = table(
		[
			'entries',
			'pages',
			'indexed pages',
			'HTML',
			'indexed HTML',
			'Pagefind, every file (before)',
			'CPU',
			'peak memory',
			'Pagefind, indexable files (now)',
			'CPU',
			'peak memory',
			'seconds per 100 MB of HTML read',
		],
		indexed.map((row) => {
			const measure = row.indexing as IndexingMeasure;
			return [
				row.entries,
				row.site.pages,
				measure.indexedPages,
				`${measure.htmlMb.toFixed(0)} MB`,
				`${measure.indexedHtmlMb.toFixed(0)} MB`,
				measure.everyFile ? seconds(measure.everyFile.seconds) : 'n/a',
				measure.everyFile?.cpuSeconds === undefined ? 'n/a' : seconds(measure.everyFile.cpuSeconds),
				megabytes(measure.everyFile?.peakMb),
				seconds(row.pagefindSeconds),
				measure.cpuSeconds === undefined ? 'n/a' : seconds(measure.cpuSeconds),
				megabytes(measure.peakMb),
				measure.everyFile ? ((measure.everyFile.seconds * 100) / measure.htmlMb).toFixed(1) : 'n/a',
			];
		}),
	);

	return [
		'# Benchmark results',
		'',
		`Run by \`npm run bench\` on ${results.date}: ${results.machine}. Peak memory: ${results.memoryMethod}.`,
		'Every build is cold (a fresh copy of the project, no Astro or Vite cache). Numbers are from one run. Build times depend heavily on other work on the machine (see the load average): on the shared 2-CPU build machine, runs on the same day differed by up to 3×. Page counts, peak memory and Lighthouse scores are steadier.',
		'',
		'## The real site',
		'',
		`\`astro build\`: ${seconds(results.realSite.seconds)}, ${results.realSite.pages} pages, peak ${megabytes(results.realSite.peakMb)}; Pagefind ${seconds(results.realSite.pagefindSeconds)}.`,
		'',
		'## Build scaling',
		'',
		`Synthetic entries, half briefings and half newsletters, each a copy of a real one with its own title and paragraph, added to the real content. The copies are of ${results.templates}.`,
		'The site builds every page of the real site: each briefing gives 3 HTML pages (the briefing, presenter notes, record sheet) and a plain-text file, each newsletter 1 page, and both appear in lists, filters and feeds.',
		'The baseline is a bare Astro project with the same Markdown engine that renders the same entries, one minimal page each (title and body).',
		'“ms / page” is build time over pages; “marginal” is the extra time over the extra pages from the size above, leaving out start-up.',
		'',
		table(
			[
				'entries',
				'pages',
				'astro build',
				'peak memory',
				'ms / page',
				'marginal ms / page',
				'bare build',
				'bare peak',
				'bare marginal',
				'site ÷ bare',
				'content check',
				'Pagefind',
			],
			scaling,
		),
		'',
		'## Lighthouse (mobile)',
		'',
		'Lighthouse with Debian Chromium, mobile preset (simulated slow 4G and a mid-range phone), against the real built site served with its production headers (`src/tools/serve-with-headers.ts`, gzip on).',
		'',
		table(
			[
				'page',
				'performance',
				'accessibility',
				'best practices',
				'SEO',
				'LCP',
				'weighted audits under full marks',
			],
			lighthouse,
		),
		'',
		'## Indexing',
		'',
		'Pagefind over each synthetic site, twice: reading every HTML file (`pagefind --site dist`, as the build did before issue 14), then only the files that can be indexed (`src/tools/index-search.ts`, as `npm run build` runs it now). Pagefind parses every file it is given before it knows whether the page is indexed, so its time follows the HTML it reads, not the page count (last column: seconds per 100 MB, reading every file). CPU is user plus system time over both cores; wall-clock times swing with other work on the machine, CPU time much less.',
		'',
		indexed.length > 0 ? indexing : 'Not measured in this run.',
		'',
		'## First search',
		'',
		'A reader’s first search on the real built site, in a fresh Chromium: what it fetched from `/pagefind/` (script, WebAssembly, index, filter and result chunks) and `/search/vocabulary/` (“Did you mean”), bodies as sent (gzip) and headers apart (HTTP/1.1 here repeats about 1.2 KiB of security headers on every response; a CDN’s HTTP/2 compresses the repeats), how many result fragments had loaded when the results were drawn, and the time from the search starting to results on screen (`src/tools/bench/first-search.ts`).',
		'',
		search,
		'',
	].join('\n');
}
