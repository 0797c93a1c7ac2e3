// The local content server's path rules (src/lib/cms-server/): which files a CMS request may read,
// save or delete. Before the guard, decap-server wrote wherever a request said inside the checkout
// (.git/hooks, package.json, src/pages), which could run code at the next build.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { editableAreas } from '../../src/lib/cms-server/editable-areas.ts';
import {
	deleteProblem,
	entryWriteProblem,
	mediaWriteProblem,
	readProblem,
} from '../../src/lib/cms-server/file-access-rules.ts';
import { inspectRepoPath } from '../../src/lib/cms-server/inspect-repo-path.ts';
import { normaliseRepoPath } from '../../src/lib/cms-server/repo-path.ts';

const REPO = join(import.meta.dirname, '../..');
const AREAS = editableAreas(readFileSync(join(REPO, 'cms/config.yml'), 'utf8'));

describe('normaliseRepoPath', () => {
	test('gives one spelling for one file', () => {
		assert.deepEqual(normaliseRepoPath('content/./pages//about/budget.md'), {
			ok: true,
			path: 'content/pages/about/budget.md',
		});
		assert.deepEqual(normaliseRepoPath('content/pages/'), { ok: true, path: 'content/pages' });
	});

	for (const [path, reason] of [
		['../outside.md', /goes up a folder/],
		['content/pages/../../package.json', /goes up a folder/],
		['/etc/passwd', /absolute/],
		['C:/Windows/x.md', /absolute/],
		['content\\pages\\x.md', /backslashes/],
		['content/pages/x.md\0.jpg', /NUL/],
		['.git/hooks/pre-commit', /hidden file or folder \(“\.git”\)/],
		['content/.env', /hidden/],
		['', /names no file/],
		['./', /names no file/],
	] as const) {
		test(`refuses ${JSON.stringify(path)}`, () => {
			const result = normaliseRepoPath(path);
			assert.equal(result.ok, false);
			assert.match(result.ok ? '' : result.problem, reason);
		});
	}
});

describe('editableAreas (from cms/config.yml)', () => {
	test('lists every folder collection with its extension, label and media folder', () => {
		const pages = AREAS.collections.find((collection) => collection.name === 'pages');
		assert.deepEqual(pages, {
			name: 'pages',
			labelSingular: 'Page',
			folder: 'content/pages',
			extension: 'md',
			mediaFolder: { nextToEntry: 'images' },
		});
		const contacts = AREAS.collections.find((collection) => collection.name === 'contacts');
		assert.equal(contacts?.extension, 'yaml');
		assert.equal(AREAS.mediaFolder, 'public/uploads');
		assert.ok(AREAS.collections.every((collection) => collection.folder.startsWith('content/')));
	});

	test('refuses a config whose folders leave the project', () => {
		assert.throws(
			() => editableAreas('media_folder: ../uploads\ncollections: []\n'),
			/media_folder .* goes up a folder/,
		);
		assert.throws(
			() =>
				editableAreas(
					'media_folder: public/uploads\ncollections:\n  - { name: x, folder: .git }\n',
				),
			/hidden/,
		);
	});
});

describe('what the CMS may touch', () => {
	test('entries: only in a collection folder, with that collection’s extension', () => {
		assert.equal(entryWriteProblem('content/pages/about/budget.md', AREAS), undefined);
		assert.equal(entryWriteProblem('content/contacts/lado.yaml', AREAS), undefined);
		assert.match(
			entryWriteProblem('content/pages/about/x.mdx', AREAS) ?? '',
			/Page entries are \.md files/,
		);
		assert.match(entryWriteProblem('content/contacts/lado.md', AREAS) ?? '', /\.yaml files/);
		assert.match(
			entryWriteProblem('content/pages', AREAS) ?? '',
			/is not content/,
			'the folder itself is no entry',
		);
	});

	for (const path of [
		'package.json',
		'src/pages/x.astro',
		'astro.config.mjs',
		'public/_headers',
		'content/x.md',
		'cms/config.yml',
		'tests/unit/x.test.ts',
	]) {
		test(`refuses to save, upload or delete ${path}`, () => {
			assert.match(
				entryWriteProblem(path, AREAS) ?? '',
				/is not content: .* under content\/ and public\/uploads\//,
			);
			assert.ok(mediaWriteProblem(path, AREAS));
			assert.ok(deleteProblem(path, AREAS));
		});
	}

	test('uploads: images only, in public/uploads or an images folder next to the entries', () => {
		assert.equal(mediaWriteProblem('public/uploads/photo.jpg', AREAS), undefined);
		assert.equal(mediaWriteProblem('content/newsletters/images/cover.JPEG', AREAS), undefined);
		assert.equal(
			mediaWriteProblem('content/pages/about/images/chart.png', AREAS),
			undefined,
			'nested pages keep images next to them',
		);
		assert.match(mediaWriteProblem('public/uploads/page.html', AREAS) ?? '', /only images/);
		assert.match(
			mediaWriteProblem('public/uploads/logo.svg', AREAS) ?? '',
			/only images/,
			'SVG can carry script',
		);
		assert.match(
			mediaWriteProblem('content/newsletters/cover.jpg', AREAS) ?? '',
			/uploads go in a media folder/,
		);
		assert.match(mediaWriteProblem('public/cover.jpg', AREAS) ?? '', /is not content/);
	});

	test('deletes: an entry or an upload', () => {
		assert.equal(deleteProblem('content/events/old.md', AREAS), undefined);
		assert.equal(deleteProblem('public/uploads/old.jpg', AREAS), undefined);
		assert.match(deleteProblem('content/events/old.mdx', AREAS) ?? '', /cannot be deleted/);
	});

	test('reads: collection and media folders only', () => {
		assert.equal(readProblem('content/pages', AREAS), undefined);
		assert.equal(readProblem('content/newsletters/images/cover.jpg', AREAS), undefined);
		assert.equal(readProblem('public/uploads', AREAS), undefined);
		assert.match(readProblem('src/pages/index.astro', AREAS) ?? '', /is not content/);
		assert.match(readProblem('content', AREAS) ?? '', /is not content/);
	});
});

describe('inspectRepoPath', () => {
	const root = mkdtempSync(join(tmpdir(), 'rscp-inspect-'));
	after(() => rmSync(root, { recursive: true, force: true }));
	mkdirSync(join(root, 'content/pages/about'), { recursive: true });
	mkdirSync(join(root, 'src/pages'), { recursive: true });
	writeFileSync(join(root, 'content/pages/about/budget.md'), 'x');
	symlinkSync(join(root, 'src/pages'), join(root, 'content/pages/linked'));
	symlinkSync(join(root, 'src/pages/x.md'), join(root, 'content/pages/dangling.md'));

	test('says whether a path is missing, a file or a folder', () => {
		assert.deepEqual(inspectRepoPath(root, 'content/pages/about/budget.md'), { kind: 'file' });
		assert.deepEqual(inspectRepoPath(root, 'content/pages/about'), { kind: 'folder' });
		assert.deepEqual(inspectRepoPath(root, 'content/pages/about/new.md'), { kind: 'missing' });
		assert.deepEqual(inspectRepoPath(root, 'content/new-folder/new.md'), { kind: 'missing' });
	});

	test('refuses a symbolic link anywhere on the way, even one that points nowhere yet', () => {
		assert.deepEqual(inspectRepoPath(root, 'content/pages/linked/x.md'), {
			kind: 'unsafe',
			problem:
				'“content/pages/linked” is a symbolic link, which the content editor does not follow',
		});
		assert.equal(inspectRepoPath(root, 'content/pages/dangling.md').kind, 'unsafe');
	});

	test('refuses a path through a file', () => {
		assert.deepEqual(inspectRepoPath(root, 'content/pages/about/budget.md/x.md'), {
			kind: 'unsafe',
			problem:
				'“content/pages/about/budget.md” is a file, so “content/pages/about/budget.md/x.md” cannot be inside it',
		});
	});
});
