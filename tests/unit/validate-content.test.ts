// The content checker must report every broken file in one run, each at the field that is wrong,
// so an editor can fix them all at once. Each invalid fixture is a valid fixture with ONE field
// broken (tests/fixtures/README.md says which); the valid fixtures prove the rest of each file passes.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, test } from 'node:test';
import {
	validateContent,
	type ContentProblem,
} from '../../src/lib/content-check/validate-content.ts';
import { COLLECTION_NAMES } from '../../src/schemas/collections.ts';
import { GlossarySchema } from '../../src/schemas/glossary.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const VALID_ROOT = join(FIXTURES, 'valid');
const INVALID_ROOT = join(FIXTURES, 'invalid');

/** Every invalid fixture and the one field the checker must name. Add a row with each new fixture. */
const EXPECTED: Record<string, string> = {
	'content/newsletters/unknown-season.md': 'season',
	'content/newsletters/missing-priority.md': 'relatedPriorities.0',
	'content/newsletters/missing-cover-image.md': 'cover',
	'content/priorities/bad-period.md': 'period',
	'content/briefings/two-key-findings.md': 'keyFindings',
	'content/briefings/javascript-link.md': 'furtherReading.0.url',
	'content/contacts/bad-phone-number.yaml': 'phones.0.number',
	'content/contacts/unknown-urgency.yaml': 'urgency',
	'content/contacts/verified-without-source.yaml': 'verifiedFrom',
	'content/levels-of-need/level-five.md': 'level',
	'content/pages/missing-description.md': 'description',
	'content/reports/data-url.md': 'documentUrl',
	'content/glossary/missing-expansion.yaml': 'expansion',
	'content/events/end-before-start.md': 'end',
	'content/events/missing-course.md': 'training',
	'content/events/missing-organiser.md': 'organiser',
	'content/training/unknown-format.md': 'format',
	'content/case-reviews/unknown-status.md': 'status',
	'content/case-reviews/missing-publisher.md': 'publisher',
	'content/case-reviews/date-and-period.md': 'when',
	'content/synonyms/page-not-a-site-path.yaml': 'page',
	'content/translations/unknown-english-page.md': 'englishPage',
	'content/languages/code-not-a-language-code.yaml': 'code',
};

/** Paths with `/` whatever the OS, to compare with the table above. */
const posix = (path: string) => path.split(sep).join('/');

function filesUnder(root: string): string[] {
	return readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile())
		.map((dirent) => posix(relative(root, join(dirent.parentPath, dirent.name))))
		.sort();
}

describe('validateContent', () => {
	test('passes the valid fixtures, including references across collections', () => {
		const { problems, fileCount } = validateContent(VALID_ROOT);
		assert.deepEqual(problems, []);
		assert.equal(fileCount, COLLECTION_NAMES.length, 'one valid fixture per collection');
	});

	describe('on the invalid fixtures', () => {
		// ONE run over all of them: the checker must not stop at the first broken file.
		const { problems, fileCount } = validateContent(INVALID_ROOT);
		const byFile = Map.groupBy(problems, (problem) => posix(problem.file));

		test('the table lists every fixture on disk, and every collection has one', () => {
			assert.deepEqual(Object.keys(EXPECTED).sort(), filesUnder(INVALID_ROOT));
			const covered = new Set(Object.keys(EXPECTED).map((file) => file.split('/')[1]));
			assert.deepEqual([...covered].sort(), [...COLLECTION_NAMES].sort());
		});

		test('reports every invalid file in a single run', () => {
			assert.equal(fileCount, Object.keys(EXPECTED).length);
			assert.deepEqual([...byFile.keys()].sort(), Object.keys(EXPECTED).sort());
		});

		for (const [file, field] of Object.entries(EXPECTED)) {
			test(`${file} is reported at “${field}” and nowhere else`, () => {
				const found: ContentProblem[] = byFile.get(file) ?? [];
				assert.ok(found.length > 0, `no problem reported for ${file}`);
				assert.deepEqual(
					found.map((problem) => problem.field),
					found.map(() => field),
					`expected only “${field}”; got:\n${JSON.stringify(found, null, 2)}`,
				);
				for (const problem of found) {
					assert.ok(problem.expected.length > 0, 'says what was expected');
					assert.ok(problem.found.length > 0, 'says what was found');
				}
			});
		}

		test('gives the line of the wrong value', () => {
			const [problem] = byFile.get('content/contacts/bad-phone-number.yaml') ?? [];
			assert.equal(problem?.line, 7);
			assert.equal(problem?.found, '"020 123"');
		});
	});
});

describe('an unknown fact is left out and marked, never written in', () => {
	const term = { title: 'MASCE', definition: 'Strategic arrangements for exploitation.' };

	test('a glossary term may leave out its full form only when marked to be confirmed', () => {
		const marked = GlossarySchema().safeParse({
			...term,
			toBeConfirmed: true,
			toBeConfirmedNote: 'The full form of MASCE is missing.',
		});
		assert.ok(marked.success, JSON.stringify(marked.error?.issues));
		const unmarked = GlossarySchema().safeParse(term);
		assert.deepEqual(
			unmarked.error?.issues.map((issue) => issue.path.join('.')),
			['expansion'],
		);
	});
});
