// `npm run check:content` is the gate in `npm test` and `npm run build`: it must exit non-zero on
// bad content and name every bad file, so CI fails with a list an editor can work through.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { COLLECTION_NAMES } from '../../src/schemas/collections.ts';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'src/tools/check-content.ts');

/** How many fixture files a root holds: each invalid fixture has exactly one problem. */
const fixtureCount = (root: string) =>
	readdirSync(join(REPO, root, 'content'), { recursive: true, withFileTypes: true }).filter(
		(dirent) => dirent.isFile(),
	).length;

/** Runs the checker with this same Node (the project's Node 22, which strips TypeScript types). */
function checkContent(root: string) {
	return spawnSync(process.execPath, [CLI, root], { cwd: REPO, encoding: 'utf8' });
}

test('check-content exits 1 and lists every bad file', () => {
	const result = checkContent('tests/fixtures/invalid');
	assert.equal(result.status, 1, result.stderr);
	for (const file of [
		'content/contacts/bad-phone-number.yaml',
		'content/briefings/two-key-findings.md',
		'content/events/end-before-start.md',
		'content/newsletters/missing-priority.md',
		'content/glossary/missing-expansion.yaml',
	]) {
		assert.match(
			result.stderr,
			new RegExp(file.replaceAll('.', '\\.')),
			`${file} missing from output`,
		);
	}
	const count = fixtureCount('tests/fixtures/invalid');
	assert.match(
		result.stderr,
		new RegExp(`Content check failed: ${count} problem\\(s\\) in ${count} of ${count} file\\(s\\)`),
	);
});

test('check-content exits 0 on valid content', () => {
	const result = checkContent('tests/fixtures/valid');
	assert.equal(result.status, 0, result.stderr);
	// One valid fixture per collection.
	assert.match(
		result.stdout,
		new RegExp(`Content check passed: ${COLLECTION_NAMES.length} file\\(s\\)`),
	);
});
