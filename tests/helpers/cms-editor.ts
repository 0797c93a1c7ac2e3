// The content editor as the business unit uses it, for Playwright: the built admin (/admin/ from
// dist/) against a real decap-server over a throwaway copy of the project, so saves never touch
// the checkout. decap-server runs in its file-system mode (MODE=fs): it writes files, commits nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parseDocument } from 'yaml';
import { createTempProject, removeTempProject } from '../../src/tools/temp-project.ts';

/** The admin bundle is 5 MB; on two busy cores its first load can take a while. */
export const ADMIN_TIMEOUT = 60_000;

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
		});
	});
}

/** A running editor: its copy of the project, and how to drive and stop it. */
export interface CmsEditor {
	/** The throwaway copy of the project that saves go into. */
	project: string;
	/** Opens the admin with the copy's development config and logs in (one click with the local backend). */
	open(page: Page, hash?: string): Promise<void>;
	/** Stops decap-server and removes the copy. */
	stop(): Promise<void>;
}

/** Starts decap-server over a fresh copy of the project and waits until it answers. */
export async function startCmsEditor(prefix: string): Promise<CmsEditor> {
	// content, src, public, cms, package.json, astro.config.mjs, tsconfig.json and linked node_modules.
	const project = createTempProject({ prefix });
	const port = await freePort();
	const api = `http://127.0.0.1:${port}/api/v1`;
	let log = '';
	const server: ChildProcess = spawn('npx', ['decap-server'], {
		cwd: project,
		detached: true, // its own process group, so stop() ends npx and the server together
		env: { ...process.env, MODE: 'fs', GIT_REPO_DIRECTORY: project, PORT: String(port), BIND_HOST: '127.0.0.1' },
	});
	server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const answers = () =>
		fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }).then(
			(response) => response.ok,
			() => false,
		);
	await expect
		.poll(answers, { timeout: 30_000 })
		.toBe(true)
		.catch((error: unknown) => {
			throw new Error(`decap-server did not answer on port ${port}. Its output:\n${log}`, { cause: error });
		});

	// The served /admin/config.yml is the production one (no local backend): swap in the
	// copy's generated config, pointing at this decap-server.
	const config = parseDocument(readFileSync(join(project, 'cms/config.yml'), 'utf8'));
	config.set('local_backend', { url: api });
	const developmentConfig = config.toString();

	return {
		project,
		async open(page, hash = '') {
			await page.route('**/admin/config.yml', (route) => route.fulfill({ status: 200, contentType: 'text/yaml', body: developmentConfig }));
			await page.goto(`/admin/${hash}`);
			await page.getByRole('button', { name: 'Login' }).click({ timeout: ADMIN_TIMEOUT });
		},
		async stop() {
			if (server.pid !== undefined && server.exitCode === null) {
				const exited = new Promise((resolveExit) => server.once('exit', resolveExit));
				process.kill(-server.pid, 'SIGTERM');
				await exited;
			}
			removeTempProject(project);
		},
	};
}

/** Publish → Publish now, then waits until the toolbar shows the entry as saved ("Published"). */
export async function publishNow(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Publish now' }).click();
	await expect(page.getByRole('button', { name: 'Published', exact: true })).toBeVisible({ timeout: 30_000 });
}
