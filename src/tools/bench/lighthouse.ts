// Runs the npm `lighthouse` CLI (a devDependency) on one URL with Debian's Chromium, mobile preset
// (Lighthouse's default: a mid-range phone on simulated slow 4G), and reads the four category scores
// and Largest Contentful Paint from its JSON report.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LighthouseRow } from './format-results.ts';
import { REPO_ROOT } from '../temp-project.ts';

const CLI = join(REPO_ROOT, 'node_modules/lighthouse/cli/index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface LighthouseReport {
	categories: Record<
		(typeof CATEGORIES)[number],
		{ score: number | null; auditRefs: { id: string; weight: number }[] }
	>;
	audits: Record<string, { score: number | null; numericValue?: number; displayValue?: string }>;
	runtimeError?: { message: string };
}

/** Runs a command without blocking this process (the site may be served from it), keeping stderr. */
function run(
	command: string,
	args: readonly string[],
	env: NodeJS.ProcessEnv,
	timeoutMs: number,
): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(command, args, {
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: timeoutMs,
		});
		let output = '';
		const keep = (chunk: Buffer) => {
			output = (output + chunk.toString('utf8')).slice(-5000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		child.on('close', (status) => resolve({ status, output }));
	});
}

/**
 * Runs Lighthouse on `url` (shown as `path` in the report). Throws when Lighthouse fails.
 * Asynchronous: the site under test is usually served by this same process.
 */
export async function runLighthouse(
	url: string,
	path: string,
	chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
): Promise<LighthouseRow> {
	const folder = mkdtempSync(join(tmpdir(), 'rscp-lighthouse-'));
	const reportFile = join(folder, 'report.json');
	try {
		const result = await run(
			process.execPath,
			[
				CLI,
				url,
				'--output=json',
				`--output-path=${reportFile}`,
				'--quiet',
				`--only-categories=${CATEGORIES.join(',')}`,
				// --no-sandbox: CI runs as root in a container, as for the Playwright tests.
				'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
			],
			{ ...process.env, CHROME_PATH: chromiumPath },
			180_000,
		);
		if (result.status !== 0)
			throw new Error(
				`Lighthouse failed on ${url} (exit ${result.status ?? 'killed'}): ${result.output.trim().split('\n').slice(-3).join(' ').slice(0, 300)}`,
			);
		const report = JSON.parse(readFileSync(reportFile, 'utf8')) as LighthouseReport;
		if (report.runtimeError)
			throw new Error(`Lighthouse could not test ${url}: ${report.runtimeError.message}`);
		const score = (category: (typeof CATEGORIES)[number]) =>
			Math.round((report.categories[category].score ?? 0) * 100);
		// The weighted audits that did not get full marks: why a category is under 100.
		const shortfalls = CATEGORIES.flatMap((category) =>
			report.categories[category].auditRefs
				.filter((ref) => ref.weight > 0)
				.map((ref) => ({ id: ref.id, audit: report.audits[ref.id] }))
				.filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
				.map(
					({ id, audit }) =>
						`${category}: ${id} (${audit?.score ?? 0}${audit?.displayValue ? `, ${audit.displayValue}` : ''})`,
				),
		);
		return {
			path,
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
			shortfalls,
		};
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
