// `npm run report:stale` is a report for the business unit, not a gate: it must exit 0 even when
// content is overdue, and list what is marked "to be confirmed" in the real content.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

const REPO = join(import.meta.dirname, '../..');

/** Runs the npm script, as the business unit would; npm puts the project's Node 22 first on PATH. */
function reportStale(...args: string[]) {
	const extra = args.length ? ['--', ...args] : [];
	return spawnSync('npm', ['run', '--silent', 'report:stale', ...extra], {
		cwd: REPO,
		encoding: 'utf8',
	});
}

test('npm run report:stale exits 0 and lists to-be-confirmed content', () => {
	const result = reportStale();
	assert.equal(result.status, 0, result.stderr);
	assert.match(
		result.stdout,
		/^\| Status \| Collection \| Title \| File \| Review due or last verified \| What needs doing \|$/m,
	);
	assert.match(
		result.stdout,
		/^\| To be confirmed \| [^|]+ \| .+ \| content\/[a-z0-9/-]+\.(md|mdx|yaml) \|/m,
	);
	assert.match(result.stdout, /^- To be confirmed: [1-9]\d*$/m);
});

test('npm run report:stale -- --format csv writes CSV to stdout and the summary to stderr', () => {
	const result = reportStale('--format', 'csv');
	assert.equal(result.status, 0, result.stderr);
	assert.ok(
		result.stdout.startsWith(
			'\uFEFFStatus,Collection,Title,File,Review due or last verified,What needs doing\r\n',
		),
	);
	assert.match(result.stdout, /\r\nTo be confirmed,/);
	assert.match(result.stderr, /- To be confirmed: [1-9]/);
});
