// `npm run bench`: a benchmark, never part of `npm test` (it takes several minutes and its numbers
// depend on the machine). It
// 1. builds the real site cold in a temporary copy and times it;
// 2. builds synthetic sites of 100, 1000 and 4000 extra entries (half briefings, half newsletters,
//    copies of the real ones) and the same entries in a bare Astro project, for build time, peak
//    memory, per-page cost and the ratio to the bare baseline; also times the content check and Pagefind;
// 3. runs Lighthouse (mobile) on five pages of the real build, served with its production headers;
// 4. measures a first search (src/tools/bench/first-search.ts);
// then prints the results and writes them to bench/results.md.
// Usage: npm run bench [-- 100 1000]   (entry counts; default 100 1000 4000)
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	formatBenchResults,
	type BenchResults,
	type BuildMeasure,
	type IndexingMeasure,
	type LighthouseRow,
	type ScalingRow,
} from './format-results.ts';
import { makeSyntheticEntries, type TemplateEntry } from './synthetic-content.ts';
import { serveWithHeaders } from '../serve-with-headers.ts';
import { createTempProject, removeTempProject, REPO_ROOT } from '../temp-project.ts';
import { writeBareProject } from './bare-project.ts';
import { measureFirstSearch } from './first-search.ts';
import { runLighthouse } from './lighthouse.ts';
import { measure, MEMORY_METHOD } from './measure.ts';

const SIZES = process.argv
	.slice(2)
	.map(Number)
	.filter((size) => size > 0);
const ENTRY_COUNTS = SIZES.length ? SIZES : [100, 1000, 4000];
const TEMPLATE_COLLECTIONS = ['briefings', 'newsletters'];
// A service's name (the Lighthouse page's query), a reporting phrase, and a sentence that relaxes.
const SEARCH_QUERIES = ['LADO', 'worried about a child', 'teacher hurt my son last week'];
const RESULTS_FILE = join(REPO_ROOT, 'bench/results.md');

const node = process.execPath; // the Node 22 that npm runs this with

// Temporary copies in use, removed if the bench is stopped (Ctrl+C, or a CI job's timeout).
const liveProjects = new Set<string>();
function tempProject(options: Parameters<typeof createTempProject>[0]): string {
	const root = createTempProject(options);
	liveProjects.add(root);
	return root;
}
function removeProject(root: string): void {
	removeTempProject(root);
	liveProjects.delete(root);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		for (const root of liveProjects) removeTempProject(root);
		console.error(
			`\n[bench] Stopped (${signal}); temporary copies removed, bench/results.md unchanged.`,
		);
		process.exit(signal === 'SIGINT' ? 130 : 143);
	});
}
const astro = (root: string) => join(root, 'node_modules/astro/bin/astro.mjs');
const log = (message: string) => console.log(`[bench] ${message}`);

function countPages(dist: string): number {
	return readdirSync(dist, { recursive: true, withFileTypes: true }).filter(
		(dirent) => dirent.isFile() && dirent.name.endsWith('.html'),
	).length;
}

/** `astro build` in `root`, measured; throws with the build's output if it fails. */
async function buildAstro(root: string, label: string): Promise<BuildMeasure> {
	const run = await measure(node, [astro(root), 'build'], root);
	if (run.status !== 0)
		throw new Error(
			`${label}: astro build failed (exit ${run.status}):\n${run.output.slice(-4000)}`,
		);
	const result = {
		seconds: run.seconds,
		peakMb: run.peakMb,
		pages: countPages(join(root, 'dist')),
	};
	log(
		`${label}: ${result.seconds.toFixed(1)} s, ${result.pages} pages, peak ${result.peakMb?.toFixed(0) ?? '?'} MB`,
	);
	return result;
}

/** HTML in dist/, all of it and the part Pagefind indexes, in MB. */
function htmlSizes(dist: string): { htmlMb: number; indexedHtmlMb: number } {
	let all = 0;
	let indexed = 0;
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html')) continue;
		const html = readFileSync(join(dist, file));
		all += html.length;
		if (html.includes(' data-pagefind-body')) indexed += html.length;
	}
	return { htmlMb: all / 1e6, indexedHtmlMb: indexed / 1e6 };
}

/** Pagefind as `npm run build` runs it (src/tools/index-search.ts), measured. */
async function runPagefind(root: string): Promise<{ seconds: number; indexing: IndexingMeasure }> {
	const run = await measure(node, [join(root, 'src/tools/index-search.ts'), 'dist'], root);
	if (run.status !== 0) throw new Error(`Pagefind failed in ${root}:\n${run.output.slice(-2000)}`);
	return {
		seconds: run.seconds,
		indexing: {
			...htmlSizes(join(root, 'dist')),
			indexedPages: Number(/Total:[\s\S]*?Indexed (\d+) pages?/.exec(run.output)?.[1] ?? 0),
			cpuSeconds: run.cpuSeconds,
			peakMb: run.peakMb,
		},
	};
}

function readTemplates(): TemplateEntry[] {
	return TEMPLATE_COLLECTIONS.flatMap((collection) =>
		readdirSync(join(REPO_ROOT, 'content', collection))
			.filter((file) => /\.mdx?$/.test(file))
			.sort()
			.map((file) => ({
				collection,
				file,
				source: readFileSync(join(REPO_ROOT, 'content', collection, file), 'utf8'),
			})),
	);
}

/** e.g. `15 briefings (about 930 words each) and 1 newsletter (about 2,840 words)`. */
function describeTemplates(templates: readonly TemplateEntry[]): string {
	return TEMPLATE_COLLECTIONS.map((collection) => {
		const ofCollection = templates.filter((template) => template.collection === collection);
		const words = ofCollection.reduce(
			(total, template) => total + (template.source.match(/\S+/g)?.length ?? 0),
			0,
		);
		const average = Math.round(words / Math.max(ofCollection.length, 1) / 10) * 10;
		const name = ofCollection.length === 1 ? collection.replace(/s$/, '') : collection;
		return `${ofCollection.length} ${name} (about ${average.toLocaleString('en-GB')} words${ofCollection.length === 1 ? '' : ' each'}, frontmatter included)`;
	}).join(' and ');
}

function writeEntries(root: string, entries: ReturnType<typeof makeSyntheticEntries>): void {
	for (const entry of entries)
		writeFileSync(join(root, 'content', entry.collection, entry.file), entry.source);
}

/** Lighthouse on one page, tried twice (a loaded machine can time it out); a second failure is reported in the table. */
async function lighthouseWithRetry(url: string, path: string): Promise<LighthouseRow> {
	try {
		return await runLighthouse(url, path);
	} catch (first) {
		log(`${(first as Error).message}; trying again`);
		try {
			return await runLighthouse(url, path);
		} catch (second) {
			const message = (second as Error).message;
			log(message);
			return {
				path,
				performance: 0,
				accessibility: 0,
				bestPractices: 0,
				seo: 0,
				lcpMs: Number.NaN,
				shortfalls: [],
				error: message.replace(/^Lighthouse failed on \S+ /, ''),
			};
		}
	}
}

/** One size: the site with the synthetic entries added, then the bare baseline with the same entries. */
async function benchSize(count: number, templates: TemplateEntry[]): Promise<ScalingRow> {
	const entries = makeSyntheticEntries(templates, count);
	const site = tempProject({ prefix: `rscp-bench-${count}-` });
	const bare = tempProject({ prefix: `rscp-bench-bare-${count}-`, copy: [] });
	try {
		writeEntries(site, entries);
		const check = await measure(node, [join(site, 'src/tools/check-content.ts')], site);
		if (check.status !== 0)
			throw new Error(
				`The synthetic content failed the content check:\n${check.output.slice(-3000)}`,
			);
		const siteBuild = await buildAstro(site, `${count} entries, site`);
		// As before issue 14, Pagefind over every HTML file, into its own folder; then as the build does now.
		const everyFile = await measure(
			node,
			[
				join(site, 'node_modules/pagefind/lib/runner/bin.cjs'),
				'--site',
				'dist',
				'--output-subdir',
				'pagefind-every-file',
			],
			site,
		);
		const pagefind = await runPagefind(site);

		writeBareProject(bare);
		for (const collection of TEMPLATE_COLLECTIONS) {
			mkdirSync(join(bare, 'content', collection), { recursive: true });
			for (const template of templates.filter((item) => item.collection === collection))
				writeFileSync(join(bare, 'content', collection, template.file), template.source);
		}
		writeEntries(bare, entries);
		const bareBuild = await buildAstro(bare, `${count} entries, bare`);
		return {
			entries: count,
			site: siteBuild,
			bare: bareBuild,
			contentCheckSeconds: check.seconds,
			pagefindSeconds: pagefind.seconds,
			indexing: {
				...pagefind.indexing,
				everyFile: {
					seconds: everyFile.seconds,
					cpuSeconds: everyFile.cpuSeconds,
					peakMb: everyFile.peakMb,
				},
			},
		};
	} finally {
		removeProject(site);
		removeProject(bare);
	}
}

async function main(): Promise<void> {
	const started = performance.now();
	const loadBefore = loadavg()[0] ?? 0;
	const templates = readTemplates();
	log(
		`Templates: ${templates.length} real entries (${TEMPLATE_COLLECTIONS.join(', ')}); sizes ${ENTRY_COUNTS.join(', ')}.`,
	);

	// The real site, cold, in its own copy: it is also what Lighthouse and the search benchmark load.
	const real = tempProject({ prefix: 'rscp-bench-real-' });
	let results: BenchResults;
	try {
		const realBuild = await buildAstro(real, 'real site');
		const realPagefind = (await runPagefind(real)).seconds;

		const scaling: ScalingRow[] = [];
		for (const count of ENTRY_COUNTS) scaling.push(await benchSize(count, templates));

		const dist = join(real, 'dist');
		const briefing = readdirSync(join(dist, 'briefings'), { withFileTypes: true }).find(
			(dirent) =>
				dirent.isDirectory() &&
				readdirSync(join(dist, 'briefings', dirent.name)).includes('presenter'),
		);
		const newsletter = readdirSync(join(dist, 'newsletters'), { withFileTypes: true }).find(
			(dirent) => dirent.isDirectory(),
		);
		const paths = [
			'/',
			'/report-a-concern/',
			`/briefings/${briefing?.name ?? ''}/`,
			`/newsletters/${newsletter?.name ?? ''}/`,
			'/search/',
			// A search in the address: Pagefind loads and searches while the page is measured.
			'/search/?q=LADO',
		];
		const server = await serveWithHeaders(dist);
		const lighthouse: LighthouseRow[] = [];
		const firstSearch: BenchResults['firstSearch'] = [];
		let firstSearchNote: string | undefined;
		try {
			for (const path of paths) {
				log(`Lighthouse ${path}`);
				lighthouse.push(await lighthouseWithRetry(`${server.origin}${path}`, path));
			}
			for (const query of SEARCH_QUERIES) {
				log(`First search for “${query}”`);
				try {
					firstSearch.push({ query, ...(await measureFirstSearch(server.origin, { query })) });
				} catch (error) {
					firstSearchNote = `The search benchmark failed for “${query}”: ${(error as Error).message.split('\n')[0]}`;
				}
			}
		} finally {
			await server.close();
		}
		const cpu = cpus();
		results = {
			date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
			machine: `Node ${process.version}, astro ${JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/astro/package.json'), 'utf8')).version as string}, ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 1e9)} GB RAM, load average ${loadBefore.toFixed(1)} at the start and ${(loadavg()[0] ?? 0).toFixed(1)} at the end (other work on the machine slows every build)`,
			memoryMethod: MEMORY_METHOD,
			templates: describeTemplates(templates),
			realSite: { ...realBuild, pagefindSeconds: realPagefind },
			scaling,
			lighthouse,
			firstSearch,
			firstSearchNote,
		};
	} finally {
		removeProject(real);
	}

	const report = formatBenchResults(results);
	mkdirSync(join(REPO_ROOT, 'bench'), { recursive: true });
	writeFileSync(RESULTS_FILE, report);
	console.log(`\n${report}`);
	log(`Wrote bench/results.md in ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
}

try {
	await main();
} catch (error) {
	console.error(`[bench] ${(error as Error).message}`);
	process.exitCode = 1;
}
