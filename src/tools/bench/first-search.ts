// Benchmark (not a test): what a reader's first search costs on the built site, in Chromium.
// Loads /search/ in a fresh browser (empty cache), types a query into the search field, waits for
// the results, and reports what the search fetched: Pagefind's files (/pagefind/: script,
// WebAssembly, index, filter and result chunks) and the “Did you mean” vocabulary
// (/search/vocabulary/), body bytes (compressed, as sent) and header bytes apart, because HTTP/1.1
// here repeats every header on every response while a CDN's HTTP/2 compresses repeats away; how
// many result fragments had loaded when the results were drawn; and how long the search took:
// from the search starting (after the typing pause) to the results on screen, as the page's own
// performance measure `app-site-search` (src/components/search/site-search.ts) records it.
//
// Imported by the bench runner (`npm run bench`), or run alone against a running site:
//   node src/tools/bench/first-search.ts [base URL] [query]
//   e.g. node src/tools/bench/first-search.ts http://127.0.0.1:4321 "worried about a child"
import { fileURLToPath } from 'node:url';
import { chromium, type Response } from 'playwright-core';

/** What a first search cost. */
export interface FirstSearchResult {
	/** Bytes of every search response (headers and body, as received; compressed if the server compresses). */
	bytesTransferred: number;
	/** Of which bodies. */
	bodyBytes: number;
	/** Result fragments (one per result) fetched by the time the results were drawn. */
	fragmentsBeforeResults: number;
	/** Milliseconds from the search starting to its results being shown. */
	queryMs: number;
	/** How many /pagefind/ files were fetched. */
	requests: number;
	/** How many results the query found. */
	results: number;
}

/** Options for {@link measureFirstSearch}. */
export interface FirstSearchOptions {
	/** What to type. A reporting query, the search that most needs to be fast. */
	query?: string;
	/** Chromium to drive; the Debian package by default, as in the tests. */
	executablePath?: string;
	/** Give up after this long. */
	timeoutMs?: number;
}

const DEFAULT_QUERY = 'worried about a child';

/**
 * Measures a first search on the site at `baseUrl` (e.g. http://127.0.0.1:4321) in a fresh
 * headless Chromium. Throws if the page shows no result count within the timeout.
 */
export async function measureFirstSearch(
	baseUrl: string,
	options: FirstSearchOptions = {},
): Promise<FirstSearchResult> {
	const {
		query = DEFAULT_QUERY,
		executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		timeoutMs = 30_000,
	} = options;
	const browser = await chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	try {
		// A context sees requests from the page and from Pagefind's web worker.
		const context = await browser.newContext();
		const responses: Response[] = [];
		context.on('response', (response) => {
			if (/^\/(pagefind|search\/vocabulary)\//.test(new URL(response.url()).pathname))
				responses.push(response);
		});
		const isFragment = (response: Response) => response.url().endsWith('.pf_fragment');
		const page = await context.newPage();
		page.setDefaultTimeout(timeoutMs);
		await page.goto(new URL('/search/', baseUrl).href, { waitUntil: 'load' });
		await page.getByRole('searchbox', { name: 'Search this site' }).pressSequentially(query);
		await page
			.getByRole('status')
			.filter({ hasText: /results? for “/ })
			.waitFor();
		const fragmentsBeforeResults = responses.filter(isFragment).length;
		const status =
			(await page
				.getByRole('status')
				.filter({ hasText: /results? for “/ })
				.textContent()) ?? '';
		const queryMs = await page.evaluate(
			() => performance.getEntriesByName('app-site-search', 'measure')[0]?.duration ?? Number.NaN,
		);
		// Let the last chunk and result fetches finish before weighing them.
		await page.waitForLoadState('networkidle');
		const sizes = await Promise.all(responses.map((response) => response.request().sizes()));
		const bodyBytes = sizes.reduce((total, size) => total + size.responseBodySize, 0);
		return {
			bytesTransferred:
				bodyBytes + sizes.reduce((total, size) => total + size.responseHeadersSize, 0),
			bodyBytes,
			fragmentsBeforeResults,
			queryMs: Math.round(queryMs),
			requests: responses.length,
			results: Number(/^(\d+)/.exec(status)?.[1] ?? 0),
		};
	} finally {
		await browser.close();
	}
}

// Run alone: print the numbers for a running site.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const baseUrl = process.argv[2] ?? process.env.BASE_URL ?? 'http://127.0.0.1:4321';
	const query = process.argv[3] ?? DEFAULT_QUERY;
	const result = await measureFirstSearch(baseUrl, { query });
	console.log(`First search for “${query}” on ${baseUrl} (Chromium, empty cache):`);
	console.log(
		`  bytes transferred: ${result.bytesTransferred} (${(result.bytesTransferred / 1024).toFixed(1)} KiB in ${result.requests} requests; bodies ${(result.bodyBytes / 1024).toFixed(1)} KiB)`,
	);
	console.log(
		`  result fragments loaded when the results were drawn: ${result.fragmentsBeforeResults}`,
	);
	console.log(
		`  query time: ${result.queryMs} ms (search start to results shown, ${result.results} results)`,
	);
}
