// The local content server for real: the guard and a real decap-server child over a throwaway copy
// of the project (src/tools/temp-project.ts), spoken to over HTTP as the admin and as an attacker
// would. Before the guard, decap-server wrote wherever it was told, answered any Host and local
// Origin, and one request with `newPath` pointing at a folder stopped it for good.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startCmsServer, type CmsServer } from '../../src/tools/cms-server/start-cms-server.ts';
import { createTempProject, removeTempProject } from '../../src/tools/temp-project.ts';
import { persistEntry } from '../helpers/cms-requests.ts';

const SITE_PORT = 4321;
const SITE_ORIGIN = `http://127.0.0.1:${SITE_PORT}`;
const BUDGET = 'content/pages/about/budget.md';

let project = '';
let cms: CmsServer;
const log: string[] = [];

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	json: { error?: string } & Record<string, unknown>;
}

/** Posts a body (a string is sent as it is) with the headers a page on the site would send. */
function post(
	body: unknown,
	headers: Record<string, string> = {},
	method = 'POST',
): Promise<Reply> {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	const url = new URL(cms.apiUrl);
	return new Promise((resolveReply, reject) => {
		const outgoing = request(
			{
				host: url.hostname,
				port: url.port,
				path: url.pathname,
				method,
				agent: false,
				headers: { 'Content-Type': 'application/json', Origin: SITE_ORIGIN, ...headers },
			},
			(response) => {
				let data = '';
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => (data += chunk));
				response.on('end', () =>
					resolveReply({
						status: response.statusCode ?? 0,
						headers: response.headers,
						json: data ? (JSON.parse(data) as Reply['json']) : {},
					}),
				);
			},
		);
		outgoing.on('error', reject);
		outgoing.end(method === 'POST' ? text : undefined);
	});
}

const entriesByFolder = () =>
	post({
		action: 'entriesByFolder',
		params: { branch: 'main', folder: 'content/pages', extension: 'md', depth: 3 },
	});
const read = (path: string) => readFileSync(join(project, path), 'utf8');

const pageFile = (path: string, extra: object = {}) => ({
	slug: 'x',
	path,
	raw: '---\ntitle: Written by the test\n---\n',
	...extra,
});

/** Asserts the server still lists the pages, as the admin does when it opens Pages. */
async function assertStillServes(): Promise<void> {
	const reply = await entriesByFolder();
	assert.equal(reply.status, 200, JSON.stringify(reply.json));
	const paths = (reply.json as unknown as { file: { path: string } }[]).map(
		(entry) => entry.file.path,
	);
	assert.ok(paths.includes(BUDGET), `the pages list has ${BUDGET}`);
}

describe('the local content server (guard + decap-server)', () => {
	before(async () => {
		project = createTempProject({
			prefix: 'rscp-cms-server-',
			copy: ['content', 'cms', 'src/pages', 'package.json'],
		});
		mkdirSync(join(project, '.git/hooks'), { recursive: true });
		cms = await startCmsServer({
			root: project,
			port: 0,
			sitePort: SITE_PORT,
			log: (line) => log.push(line),
		});
	});
	after(async () => {
		await cms?.close();
		if (project) removeTempProject(project);
	});

	test('answers the site’s admin, with CORS for the site’s origin only', async () => {
		const info = await post({ action: 'info' });
		assert.equal(info.status, 200);
		assert.equal(info.json.type, 'local_fs');
		assert.equal(info.headers['access-control-allow-origin'], SITE_ORIGIN);
		const preflight = await post(
			'',
			{ 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
			'OPTIONS',
		);
		assert.equal(preflight.status, 204);
		assert.equal(preflight.headers['access-control-allow-origin'], SITE_ORIGIN);
		assert.equal(preflight.headers['access-control-allow-methods'], 'POST');
		await assertStillServes();
	});

	test('refuses another Host (DNS rebinding) and another Origin, without CORS headers', async () => {
		const refusedHeaders: Record<string, string>[] = [
			{ Host: `attacker.example:${cms.port}`, Origin: `http://attacker.example:${cms.port}` },
			{ Host: `attacker.example:${cms.port}` },
			{ Origin: 'http://evil.example' },
			{ Origin: 'http://localhost:3000' },
		];
		for (const headers of refusedHeaders) {
			for (const method of ['POST', 'OPTIONS']) {
				const reply = await post({ action: 'info' }, headers, method);
				assert.equal(reply.status, 403, `${method} ${JSON.stringify(headers)}`);
				assert.equal(reply.headers['access-control-allow-origin'], undefined);
			}
		}
		const write = await post(persistEntry([pageFile(BUDGET, { raw: 'rebound' })]), {
			Host: `attacker.example:${cms.port}`,
		});
		assert.equal(write.status, 403);
		assert.doesNotMatch(read(BUDGET), /rebound/);
	});

	for (const path of [
		'.git/hooks/x',
		'.git/hooks/pre-commit',
		'package.json',
		'src/pages/x.astro',
		'src/pages/index.astro',
		'../outside',
		'../outside.md',
	]) {
		test(`refuses to write ${path} (403) and writes nothing`, async () => {
			const target = join(project, path);
			const before = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
			const attempts = [
				persistEntry([pageFile(path)]),
				persistEntry([pageFile('content/pages/privacy.md', { newPath: path })]),
				{
					action: 'persistMedia',
					params: {
						branch: 'main',
						asset: {
							path,
							content: Buffer.from('#!/bin/sh\necho pwned\n').toString('base64'),
							encoding: 'base64',
						},
						options: { commitMessage: 'Upload' },
					},
				},
				{
					action: 'deleteFile',
					params: { branch: 'main', path, options: { commitMessage: 'Delete' } },
				},
			];
			for (const body of attempts) {
				const reply = await post(body);
				assert.equal(reply.status, 403, JSON.stringify(reply.json));
				assert.ok(reply.json.error, 'a message for the admin');
			}
			assert.equal(
				existsSync(target) ? readFileSync(target, 'utf8') : undefined,
				before,
				`${path} is as it was`,
			);
			assert.equal(
				existsSync(join(project, 'content/pages/privacy.md')),
				true,
				'the entry was not moved',
			);
		});
	}

	test('refuses a save through a symbolic link inside content/', async () => {
		symlinkSync(join(project, 'src/pages'), join(project, 'content/pages/linked'));
		const reply = await post(
			persistEntry([pageFile('content/pages/linked/evil.md')], { newEntry: true }),
		);
		assert.equal(reply.status, 403);
		assert.match(reply.json.error ?? '', /symbolic link/);
		assert.equal(existsSync(join(project, 'src/pages/evil.md')), false);
	});

	test('survives malformed requests (400) and keeps serving', async () => {
		const privacy = read('content/pages/privacy.md');
		const malformed: [string, unknown, number][] = [
			// The request that stopped decap-server for good: a move whose target is a folder.
			[
				'newPath pointing at a folder',
				persistEntry([
					pageFile('content/pages/privacy.md', { raw: privacy, newPath: 'content/pages/about' }),
				]),
				403,
			],
			[
				'newPath pointing at a folder named like a page',
				persistEntry([
					pageFile('content/pages/privacy.md', {
						raw: privacy,
						newPath: 'content/pages/folder.md',
					}),
				]),
				409,
			],
			[
				'newPath through a file',
				persistEntry([
					pageFile('content/pages/privacy.md', {
						raw: privacy,
						newPath: 'content/pages/privacy.md/x.md',
					}),
				]),
				403,
			],
			['invalid JSON', '{"action": "persistEntry", ', 400],
			['JSON that is not an object', '"info"', 400],
			['no action', {}, 400],
			['missing params', { action: 'persistEntry' }, 400],
			[
				'missing fields',
				{
					action: 'persistEntry',
					params: { branch: 'main', dataFiles: [{ path: BUDGET }], assets: [] },
				},
				400,
			],
			[
				'a path that is not text',
				{ action: 'getEntry', params: { branch: 'main', path: { $ne: 1 } } },
				400,
			],
			['an unknown action', { action: 'exec', params: {} }, 400],
		];
		mkdirSync(join(project, 'content/pages/folder.md'));
		for (const [what, body, status] of malformed) {
			const reply = await post(body);
			assert.equal(reply.status, status, `${what}: ${JSON.stringify(reply.json)}`);
			assert.equal(typeof reply.json.error, 'string', what);
			await assertStillServes();
		}
		assert.equal(read('content/pages/privacy.md'), privacy, 'the page neither moved nor changed');
		assert.equal((await post({ action: 'info' }, { 'Content-Type': 'text/plain' })).status, 415);
		assert.equal((await post('', {}, 'GET')).status, 405);
		assert.equal(cms.decap.restarts(), 0, 'decap-server never stopped');
	});

	test('refuses a new page that would replace an existing one (409), and writes nothing', async () => {
		const before = read(BUDGET);
		const reply = await post(
			persistEntry(
				[
					pageFile(BUDGET, {
						slug: 'about/budget-1',
						raw: '---\ntitle: Budget\n---\nA new page.\n',
					}),
				],
				{ newEntry: true, commitMessage: 'Create Page “about/budget-1”' },
			),
		);
		assert.equal(reply.status, 409);
		assert.equal(
			reply.json.error,
			`A page already exists at ${BUDGET}. Choose another title, or open that page to edit it. Nothing was saved.`,
		);
		assert.equal(read(BUDGET), before);
	});

	test('saves what the admin may save: a new page, an edit, an upload', async () => {
		const created = await post(
			persistEntry([pageFile('content/pages/about/budget-2031.md')], { newEntry: true }),
		);
		assert.equal(created.status, 200, JSON.stringify(created.json));
		assert.match(read('content/pages/about/budget-2031.md'), /Written by the test/);
		const edited = await post(
			persistEntry([pageFile(BUDGET, { raw: `${read(BUDGET)}\nEdited.\n` })]),
		);
		assert.equal(edited.status, 200);
		assert.match(read(BUDGET), /Edited\.\n$/);
		const upload = await post({
			action: 'persistMedia',
			params: {
				branch: 'main',
				asset: {
					path: 'content/pages/about/images/chart.png',
					content: 'iVBORw0KGgo=',
					encoding: 'base64',
				},
				options: { commitMessage: 'Upload' },
			},
		});
		assert.equal(upload.status, 200, JSON.stringify(upload.json));
		assert.equal(existsSync(join(project, 'content/pages/about/images/chart.png')), true);
	});

	test('restarts decap-server when it stops anyway, and keeps serving', async () => {
		const pid = cms.decap.pid();
		assert.ok(pid);
		process.kill(pid, 'SIGKILL');
		await assertStillServes();
		assert.equal(cms.decap.restarts(), 1);
		assert.notEqual(cms.decap.pid(), pid);
		assert.ok(
			log.some((line) => /decap-server stopped \(SIGKILL\); starting it again/.test(line)),
			log.join('\n'),
		);
	});

	test('the outside folder was never written', () => {
		assert.equal(existsSync(join(dirname(project), 'outside')), false);
		assert.equal(existsSync(join(dirname(project), 'outside.md')), false);
	});
});
