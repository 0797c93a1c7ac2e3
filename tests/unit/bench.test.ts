// The benchmark's pure parts: synthetic entries must be valid content (or the bench measures a
// failing build), and the report's arithmetic must be right. The bench itself (npm run bench) is
// never part of npm test.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
	formatBenchResults,
	marginalMsPerPage,
	type BenchResults,
} from '../../src/tools/bench/format-results.ts';
import {
	makeSyntheticEntries,
	seededRandom,
	type TemplateEntry,
} from '../../src/tools/bench/synthetic-content.ts';
import { parseEntryFile } from '../../src/lib/content-check/parse-entry-file.ts';
import { validateContent } from '../../src/lib/content-check/validate-content.ts';

const REPO = join(import.meta.dirname, '../..');

function realTemplates(): TemplateEntry[] {
	return ['briefings', 'newsletters'].flatMap((collection) =>
		readdirSync(join(REPO, 'content', collection))
			.filter((file) => file.endsWith('.md'))
			.map((file) => ({
				collection,
				file,
				source: readFileSync(join(REPO, 'content', collection, file), 'utf8'),
			})),
	);
}

describe('makeSyntheticEntries', () => {
	const templates = realTemplates();
	const entries = makeSyntheticEntries(templates, 40);

	test('shares the entries between briefings and newsletters, with unique file names and titles', () => {
		assert.equal(entries.length, 40);
		assert.equal(entries.filter((entry) => entry.collection === 'briefings').length, 20);
		assert.equal(new Set(entries.map((entry) => `${entry.collection}/${entry.file}`)).size, 40);
		// Read as YAML: the CMS layout folds a long title onto two lines.
		const titles = entries.map(
			(entry) => (parseEntryFile(entry.source, 'prose').data as { title?: string }).title,
		);
		assert.equal(new Set(titles).size, 40);
	});

	test('is the same on every run', () => {
		assert.deepEqual(makeSyntheticEntries(templates, 40), entries);
		const random = seededRandom(7);
		const again = seededRandom(7);
		assert.deepEqual([random(), random()], [again(), again()]);
	});

	test('every synthetic entry passes the content check next to the real content', () => {
		const root = mkdtempSync(join(tmpdir(), 'rscp-synthetic-'));
		try {
			cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
			for (const entry of entries)
				writeFileSync(join(root, 'content', entry.collection, entry.file), entry.source);
			const { problems } = validateContent(root);
			assert.deepEqual(
				problems.filter((problem) => /synthetic/.test(problem.file)),
				[],
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('the bench report', () => {
	test('marginal cost leaves out the fixed start-up', () => {
		assert.equal(
			marginalMsPerPage(
				{ seconds: 5, peakMb: 1, pages: 100 },
				{ seconds: 14, peakMb: 1, pages: 1100 },
			),
			9,
		);
		assert.equal(
			marginalMsPerPage(
				{ seconds: 5, peakMb: 1, pages: 100 },
				{ seconds: 6, peakMb: 1, pages: 100 },
			),
			undefined,
		);
	});

	test('formats the tables, and says why a first search is missing', () => {
		const results: BenchResults = {
			date: '2026-01-01T00:00:00Z',
			machine: 'test machine',
			memoryMethod: 'test',
			templates: '2 briefings',
			realSite: { seconds: 7, peakMb: 600, pages: 417, pagefindSeconds: 1 },
			scaling: [
				{
					entries: 100,
					site: { seconds: 10, peakMb: 700, pages: 600 },
					bare: { seconds: 4, peakMb: 400, pages: 116 },
					contentCheckSeconds: 2,
					pagefindSeconds: 1,
				},
				{
					entries: 1000,
					site: { seconds: 28, peakMb: 900, pages: 2400 },
					bare: { seconds: 8, peakMb: 500, pages: 1016 },
					contentCheckSeconds: 5,
					pagefindSeconds: 3,
					indexing: {
						htmlMb: 60,
						indexedHtmlMb: 40,
						indexedPages: 1300,
						cpuSeconds: 4.5,
						peakMb: 300,
						everyFile: { seconds: 4.2, cpuSeconds: 6, peakMb: 350 },
					},
				},
			],
			lighthouse: [
				{
					path: '/',
					performance: 100,
					accessibility: 100,
					bestPractices: 100,
					seo: 100,
					lcpMs: 1234,
					shortfalls: [],
				},
				{
					path: '/search/',
					performance: 0,
					accessibility: 0,
					bestPractices: 0,
					seo: 0,
					lcpMs: Number.NaN,
					shortfalls: [],
					error: '(exit 1): NO_FCP',
				},
			],
			firstSearch: [],
			firstSearchNote: 'The search benchmark is not available yet.',
		};
		const report = formatBenchResults(results);
		assert.match(
			report,
			/\| 1000 \| 2400 \| 28\.0 s \| 900 MB \| 11\.7 ms \| 10\.0 ms \| 8\.0 s \/ 1016 pages \| 500 MB \| 4\.4 ms \| 3\.5× \| 5\.0 s \| 3\.0 s \|/,
		);
		assert.match(report, /\| `\/` \| 100 \| 100 \| 100 \| 100 \| 1\.2 s \| none \|/);
		assert.match(
			report,
			/\| `\/search\/` \| – \| – \| – \| – \| – \| Lighthouse failed: \(exit 1\): NO_FCP \|/,
		);
		assert.match(report, /The search benchmark is not available yet\./);
		assert.match(
			report,
			/\| 1000 \| 2400 \| 1300 \| 60 MB \| 40 MB \| 4\.2 s \| 6\.0 s \| 350 MB \| 3\.0 s \| 4\.5 s \| 300 MB \| 7\.0 \|/,
		);
	});

	test('shows each first search with its bodies and headers apart', () => {
		const report = formatBenchResults({
			date: '2026-01-01T00:00:00Z',
			machine: 'test machine',
			memoryMethod: 'test',
			templates: '2 briefings',
			realSite: { seconds: 7, peakMb: 600, pages: 417, pagefindSeconds: 1 },
			scaling: [],
			lighthouse: [],
			firstSearch: [
				{
					query: 'LADO',
					bytesTransferred: 3072,
					bodyBytes: 2048,
					fragmentsBeforeResults: 10,
					requests: 4,
					queryMs: 120,
					results: 17,
				},
			],
		});
		assert.match(
			report,
			/\| “LADO” \| 2\.0 KiB \| 1\.0 KiB \| 3072 \(3\.0 KiB\) \| 4 \| 10 \| 120 ms \| 17 \|/,
		);
	});
});
