// The local content server's decisions about whole requests (src/lib/cms-server/): who may ask
// (Host and Origin), what a well-formed request looks like, and which saves would overwrite a file.
// Before the guard, decap-server answered any Host and any local Origin, a malformed `newPath`
// crashed it, and a new page titled like an existing one replaced that page's file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { editableAreas } from '../../src/lib/cms-server/editable-areas.ts';
import type { PathState } from '../../src/lib/cms-server/inspect-repo-path.ts';
import { findOverwrites, overwriteMessage } from '../../src/lib/cms-server/overwrite-conflicts.ts';
import { parseCmsRequest } from '../../src/lib/cms-server/request-shape.ts';
import { siteOrigins, sourceProblem } from '../../src/lib/cms-server/request-source.ts';
import { reviewCmsRequest } from '../../src/lib/cms-server/review-request.ts';
import { persistEntry } from '../helpers/cms-requests.ts';

const REPO = join(import.meta.dirname, '../..');
const AREAS = editableAreas(readFileSync(join(REPO, 'cms/config.yml'), 'utf8'));

const page = (path: string, extra: object = {}) => ({
	slug: 'about/budget-1',
	path,
	raw: '---\ntitle: Budget\n---\n',
	...extra,
});

/** A disk with these files and folders (everything else missing). */
function disk(files: string[], folders: string[] = []): (path: string) => PathState {
	return (path) => ({
		kind: files.includes(path) ? 'file' : folders.includes(path) ? 'folder' : 'missing',
	});
}
const DISK = disk(
	['content/pages/about/budget.md', 'content/pages/privacy.md', 'public/uploads/a.jpg'],
	['content/pages/about', 'content/pages'],
);
const review = (body: unknown, inspect = DISK) => reviewCmsRequest(body, { areas: AREAS, inspect });

describe('sourceProblem (Host and Origin)', () => {
	const allowed = { host: '127.0.0.1:8081', origins: siteOrigins(4321) };

	test('answers the site’s own pages, and tools that send no Origin', () => {
		assert.equal(
			sourceProblem({ host: '127.0.0.1:8081', origin: 'http://127.0.0.1:4321' }, allowed),
			undefined,
		);
		assert.equal(
			sourceProblem({ host: '127.0.0.1:8081', origin: 'http://localhost:4321' }, allowed),
			undefined,
		);
		assert.equal(sourceProblem({ host: '127.0.0.1:8081' }, allowed), undefined);
	});

	test('refuses a DNS-rebinding page: its Host is its own name', () => {
		assert.match(
			sourceProblem(
				{ host: 'attacker.example:8081', origin: 'http://attacker.example:8081' },
				allowed,
			) ?? '',
			/only requests addressed to 127\.0\.0\.1:8081/,
		);
		assert.ok(
			sourceProblem({ host: 'localhost:8081' }, allowed),
			'only the one address the admin uses',
		);
		assert.ok(sourceProblem({ host: '127.0.0.1:8082' }, allowed));
		assert.ok(sourceProblem({}, allowed), 'no Host at all');
	});

	test('refuses pages of any other origin, local ones included', () => {
		for (const origin of [
			'http://attacker.example',
			'http://localhost:3000',
			'http://127.0.0.1:8081',
			'https://127.0.0.1:4321',
			'null',
			'http://127.0.0.1:4321/',
		]) {
			assert.match(
				sourceProblem({ host: '127.0.0.1:8081', origin }, allowed) ?? '',
				/answers only the site at http:\/\/127\.0\.0\.1:4321 or http:\/\/localhost:4321/,
				origin,
			);
		}
	});
});

describe('parseCmsRequest', () => {
	test('accepts what the admin sends', () => {
		assert.equal(parseCmsRequest({ action: 'info' }).ok, true);
		assert.equal(
			parseCmsRequest({
				action: 'entriesByFolder',
				params: { branch: 'main', folder: 'content/pages', extension: 'md', depth: 3 },
			}).ok,
			true,
		);
		assert.equal(parseCmsRequest(persistEntry([page('content/pages/x.md')])).ok, true);
	});

	for (const [what, body, message] of [
		['not an object', [1, 2], /JSON object/],
		['no action', { params: {} }, /no “action”/],
		['an unknown action', { action: 'rm -rf' }, /Unknown action “rm -rf”/],
		[
			'a review-workflow action',
			{ action: 'publishUnpublishedEntry', params: {} },
			/review workflow/,
		],
		['missing params', { action: 'getEntry' }, /getEntry request is malformed: params/],
		['a path that is not text', { action: 'getEntry', params: { path: 42 } }, /params\.path/],
		[
			'a newPath that is not text',
			persistEntry([page('content/pages/x.md', { newPath: ['content/pages/about'] })]),
			/params\.dataFiles\.0\.newPath/,
		],
		[
			'no newEntry flag',
			{
				...persistEntry([page('content/pages/x.md')]),
				params: {
					...persistEntry([]).params,
					dataFiles: [page('content/pages/x.md')],
					options: { commitMessage: 'm', useWorkflow: false, status: 'draft' },
				},
			},
			/params\.options\.newEntry/,
		],
		[
			'both entry and dataFiles',
			{
				...persistEntry([page('content/pages/x.md')]),
				params: {
					...persistEntry([page('content/pages/x.md')]).params,
					entry: page('content/pages/y.md'),
				},
			},
			/either “entry” or “dataFiles”/,
		],
		[
			'an upload not in base64',
			persistEntry([page('content/pages/x.md')], {}, [
				{ path: 'public/uploads/a.jpg', content: 'x', encoding: 'utf8' },
			]),
			/params\.assets\.0\.encoding/,
		],
	] as const) {
		test(`refuses ${what}`, () => {
			const result = parseCmsRequest(body);
			assert.equal(result.ok, false);
			assert.match(result.ok ? '' : result.problem, message);
		});
	}
});

describe('findOverwrites and overwriteMessage', () => {
	const existing = (path: string) =>
		path === 'content/pages/about/budget.md'
			? 'file'
			: path === 'content/pages/about'
				? 'folder'
				: 'missing';

	test('a new entry may not replace a file; an existing one may be saved over itself', () => {
		assert.deepEqual(findOverwrites([{ path: 'content/pages/about/budget.md' }], true, existing), [
			{ path: 'content/pages/about/budget.md', reason: 'new-entry' },
		]);
		assert.deepEqual(
			findOverwrites([{ path: 'content/pages/about/budget.md' }], false, existing),
			[],
		);
		assert.deepEqual(findOverwrites([{ path: 'content/pages/about/new.md' }], true, existing), []);
	});

	test('no entry may move onto another file, or be written over a folder', () => {
		assert.deepEqual(
			findOverwrites(
				[{ path: 'content/pages/x.md', newPath: 'content/pages/about/budget.md' }],
				false,
				existing,
			),
			[{ path: 'content/pages/about/budget.md', reason: 'move' }],
		);
		assert.deepEqual(
			findOverwrites(
				[{ path: 'content/pages/about', newPath: 'content/pages/y.md' }],
				false,
				existing,
			),
			[{ path: 'content/pages/about', reason: 'folder' }],
		);
	});

	test('says what happened and what to do, in the editor’s words', () => {
		assert.equal(
			overwriteMessage({ path: 'content/pages/about/budget.md', reason: 'new-entry' }, 'Page'),
			'A page already exists at content/pages/about/budget.md. Choose another title, or open that page to edit it. Nothing was saved.',
		);
		assert.match(
			overwriteMessage({ path: 'content/events/a.md', reason: 'move' }, 'Event'),
			/^An event already exists at content\/events\/a\.md\. Choose another folder or title/,
		);
		assert.match(
			overwriteMessage({ path: 'content/pages/about', reason: 'folder' }, 'Page'),
			/^There is a folder at content\/pages\/about, so a page cannot be saved there/,
		);
	});
});

describe('reviewCmsRequest', () => {
	test('passes on reads and saves of content', () => {
		assert.equal(
			review({
				action: 'entriesByFolder',
				params: { branch: 'main', folder: 'content/pages', extension: 'md', depth: 3 },
			}).verdict,
			'forward',
		);
		assert.equal(
			review(persistEntry([page('content/pages/about/budget.md')])).verdict,
			'forward',
			'editing the existing page',
		);
		assert.equal(
			review(persistEntry([page('content/pages/about/new-page.md')], { newEntry: true })).verdict,
			'forward',
		);
		assert.equal(
			review({
				action: 'persistMedia',
				params: {
					branch: 'main',
					asset: { path: 'public/uploads/b.png', content: 'AA==', encoding: 'base64' },
					options: { commitMessage: 'Upload' },
				},
			}).verdict,
			'forward',
		);
	});

	test('refuses a new page that would replace an existing one (409, with the editor’s message)', () => {
		assert.deepEqual(
			review(persistEntry([page('content/pages/about/budget.md')], { newEntry: true })),
			{
				verdict: 'refuse',
				status: 409,
				error:
					'A page already exists at content/pages/about/budget.md. Choose another title, or open that page to edit it. Nothing was saved.',
			},
		);
		const spelledOddly = review(
			persistEntry([page('content/pages/about//./budget.md')], { newEntry: true }),
		);
		assert.equal(spelledOddly.verdict === 'refuse' && spelledOddly.status, 409);
	});

	test('refuses moving a page onto another, or onto a folder', () => {
		const onto = review(
			persistEntry([page('content/pages/x.md', { newPath: 'content/pages/privacy.md' })]),
		);
		assert.equal(onto.verdict === 'refuse' && onto.status, 409);
		assert.match(
			onto.verdict === 'refuse' ? onto.error : '',
			/A page already exists at content\/pages\/privacy\.md\. Choose another folder or title/,
		);
		const folder = review(
			persistEntry([page('content/pages/privacy.md', { newPath: 'content/pages/about' })]),
		);
		assert.equal(
			folder.verdict === 'refuse' && folder.status,
			403,
			'a folder is not an entry file',
		);
	});

	test('refuses a move that would carry the whole folder along (decap-server’s default)', () => {
		const result = review(
			persistEntry(
				[page('content/pages/privacy.md', { newPath: 'content/pages/help/privacy.md' })],
				{ hasSubfolders: true },
			),
		);
		assert.equal(result.verdict === 'refuse' && result.status, 400);
	});

	for (const path of [
		'.git/hooks/pre-commit',
		'package.json',
		'src/pages/x.astro',
		'../outside.md',
		'/tmp/x.md',
		'content/pages/../../package.json',
	]) {
		test(`refuses to write ${path} (403), as an entry, a move target, an upload or a delete`, () => {
			const bodies = [
				persistEntry([page(path)]),
				persistEntry([page('content/pages/privacy.md', { newPath: path })]),
				persistEntry([page('content/pages/new.md')], { newEntry: true }, [
					{ path, content: 'AA==', encoding: 'base64' },
				]),
				{
					action: 'persistMedia',
					params: {
						branch: 'main',
						asset: { path, content: 'AA==', encoding: 'base64' },
						options: { commitMessage: 'm' },
					},
				},
				{ action: 'deleteFile', params: { branch: 'main', path, options: { commitMessage: 'm' } } },
				{
					action: 'deleteFiles',
					params: {
						branch: 'main',
						paths: ['content/events/a.md', path],
						options: { commitMessage: 'm' },
					},
				},
			];
			for (const body of bodies) {
				const result = review(body);
				assert.equal(result.verdict, 'refuse', JSON.stringify(body));
				assert.equal(result.verdict === 'refuse' && result.status, 403, JSON.stringify(body));
			}
		});
	}

	test('refuses reading outside content (403)', () => {
		for (const body of [
			{ action: 'getEntry', params: { branch: 'main', path: '.env' } },
			{ action: 'getMediaFile', params: { branch: 'main', path: 'package.json' } },
			{
				action: 'entriesByFolder',
				params: { branch: 'main', folder: '.git', extension: '', depth: 5 },
			},
			{ action: 'getMedia', params: { branch: 'main', mediaFolder: 'src' } },
			{
				action: 'entriesByFiles',
				params: {
					branch: 'main',
					files: [{ path: 'content/pages/privacy.md' }, { path: '../secret' }],
				},
			},
		]) {
			const result = review(body);
			assert.equal(result.verdict === 'refuse' && result.status, 403, JSON.stringify(body));
		}
	});

	test('refuses a path through a symbolic link (403)', () => {
		const linked = (path: string): PathState =>
			path.startsWith('content/pages/linked')
				? { kind: 'unsafe', problem: '“content/pages/linked” is a symbolic link' }
				: { kind: 'missing' };
		const result = review(
			persistEntry([page('content/pages/linked/x.md')], { newEntry: true }),
			linked,
		);
		assert.deepEqual(result, {
			verdict: 'refuse',
			status: 403,
			error: '“content/pages/linked” is a symbolic link.',
		});
	});

	test('says how many other paths were refused', () => {
		const result = review({
			action: 'deleteFiles',
			params: {
				branch: 'main',
				paths: ['package.json', 'src/a.ts', 'src/b.ts'],
				options: { commitMessage: 'm' },
			},
		});
		assert.match(
			result.verdict === 'refuse' ? result.error : '',
			/“package\.json” is not content.*\(2 more paths refused as well\.\)$/,
		);
	});
});
