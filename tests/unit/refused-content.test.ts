// Everything the content check must refuse that once got through (issue 10), all in one folder
// and one run, each at its file, line and field with advice an editor can act on. Each fixture
// in tests/fixtures/refused/ holds one such mistake; see tests/fixtures/README.md.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import {
	validateContent,
	type ContentProblem,
} from '../../src/lib/content-check/validate-content.ts';

const ROOT = join(import.meta.dirname, '../fixtures/refused');

/** File → the problems it must get: line (if any), field, and words the advice must contain. */
const EXPECTED: Record<string, { line?: number; field: string; expected: RegExp }[]> = {
	'content/reports/impossible-date.md': [
		{ line: 5, field: 'published', expected: /real date written as YYYY-MM-DD/ },
	],
	'content/reports/month-thirteen.md': [
		{ line: 5, field: 'published', expected: /real date written as YYYY-MM-DD/ },
	],
	'content/reports/uk-style-date.md': [
		{ line: 5, field: 'published', expected: /real date written as YYYY-MM-DD/ },
	],
	'content/pages/about.md': [
		{ field: '', expected: /one file per address: this and content\/pages\/about\/index\.md/ },
	],
	'content/pages/about/index.md': [
		{ field: '', expected: /one file per address: this and content\/pages\/about\.md/ },
	],
	'content/pages/privacy.mdx': [{ field: '', expected: /MDX runs code when the site is built/ }],
	'content/pages/misspelt-keys.md': [
		{ line: 5, field: 'darft', expected: /“draft”/ },
		{ line: 6, field: 'serach', expected: /“search”/ },
	],
	'content/pages/missing-body-image.md': [
		{ line: 11, field: 'body', expected: /an image file next to the entry/ },
	],
	'content/pages/svg-animate.md': [
		{ line: 11, field: 'body', expected: /no HTML in content/ },
		{ line: 11, field: 'body', expected: /no HTML in content/ },
	],
	'content/glossary/alias-bomb.yaml': [
		{ line: 1, field: '', expected: /no YAML anchors \(&name\) or aliases/ },
	],
	'content/glossary/comment.yaml': [{ line: 1, field: '', expected: /no YAML comments/ }],
	'content/glossary/byte-order-mark.yaml': [
		{ line: 1, field: '', expected: /not “UTF-8 with BOM”/ },
	],
	'content/glossary/not-utf8.yaml': [{ line: 3, field: '', expected: /text saved as UTF-8/ }],
	'content/glossary/http-link.yaml': [{ line: 4, field: 'link', expected: /https:\/\// }],
	'content/contacts/not-in-cms-layout.yaml': [
		{ line: 3, field: '', expected: /the layout the CMS saves in/ },
	],
};

const posix = (path: string) => path.split(sep).join('/');

test('every refused fixture on disk has its row, and one run reports them all', () => {
	const onDisk = readdirSync(join(ROOT, 'content'), { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile())
		.map((dirent) => posix(relative(ROOT, join(dirent.parentPath, dirent.name))))
		.sort();
	assert.deepEqual(Object.keys(EXPECTED).sort(), onDisk);
	const { problems, fileCount } = validateContent(ROOT);
	assert.equal(fileCount, onDisk.length);
	assert.deepEqual([...new Set(problems.map((problem) => posix(problem.file)))].sort(), onDisk);
});

const byFile = Map.groupBy(validateContent(ROOT).problems, (problem) => posix(problem.file));
for (const [file, rows] of Object.entries(EXPECTED)) {
	test(`${file} is refused at its line and field, and nothing else is reported`, () => {
		const found: ContentProblem[] = byFile.get(file) ?? [];
		assert.equal(found.length, rows.length, JSON.stringify(found, null, 2));
		rows.forEach((row, index) => {
			const problem = found[index];
			assert.equal(problem?.line, row.line, `line of ${JSON.stringify(problem)}`);
			assert.equal(problem?.field, row.field);
			assert.match(problem?.expected ?? '', row.expected);
			assert.ok(problem?.found, 'says what was found');
		});
	});
}
