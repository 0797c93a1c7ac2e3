// `npm start`: builds the site with the local CMS backend, then serves the site and runs
// decap-server side by side, so a newcomer can browse and edit content at once.
// Ctrl+C (or SIGTERM) stops both; if either stops by itself, the other is stopped too.
// Usage: npm start
//
// decap-server runs in its default file-system mode (MODE=fs): it writes the files an editor
// saves and commits nothing. Never MODE=git: it runs `git add .` and sweeps unrelated files into
// its commits (see the stack notes). MODE is set explicitly because decap-server also reads a
// .env file, which must not be able to switch it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const SITE_URL = 'http://127.0.0.1:4321/'; // the host and port of `npm run serve`
const CMS_PORT = 8081; // where the admin's `local_backend: true` looks for decap-server
const CMS_API = `http://127.0.0.1:${CMS_PORT}/api/v1`;
const READY_TIMEOUT_MS = 60_000;

// The build keeps `local_backend` in /admin/config.yml only with this set (src/pages/admin/config.yml.ts).
console.log('Building the site with the local content editor (RSCP_CMS_LOCAL=1)…');
const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, RSCP_CMS_LOCAL: '1' } });
if (build.status !== 0) {
	console.error(`\nThe build failed (exit ${build.status ?? build.signal}); nothing was started.`);
	process.exit(build.status ?? 1);
}

interface Service {
	name: string;
	child: ChildProcess;
	exited: Promise<number>;
}

let stopping = false;

/**
 * Starts a command in its own process group, so stopping it also stops whatever it started
 * (npm runs astro through a shell). Output goes straight to this terminal.
 */
function startService(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Service {
	const child = spawn(command, args, { cwd: root, stdio: 'inherit', detached: true, env: { ...process.env, ...env } });
	const exited = new Promise<number>((resolveExit) => {
		child.on('error', (error) => {
			console.error(`${name} could not start: ${error.message}`);
			resolveExit(1);
		});
		child.on('exit', (code, signal) => {
			if (!stopping) console.error(`\n${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
			resolveExit(code ?? 1);
		});
	});
	return { name, child, exited };
}

const services = [
	startService('The site (astro preview)', 'npm', ['run', 'serve']),
	startService('decap-server', 'decap-server', [], { MODE: 'fs', PORT: String(CMS_PORT), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root }),
];

/** Stops every service that is still running, waits for them, then exits. */
async function stopAll(exitCode: number): Promise<never> {
	if (!stopping) {
		stopping = true;
		for (const { child } of services) {
			if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
				try {
					process.kill(-child.pid, 'SIGTERM'); // the child's own process group, started above
				} catch {
					// It ended between the check and the kill.
				}
			}
		}
	}
	await Promise.all(services.map((service) => service.exited));
	process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (!stopping) console.log('\nStopping the site and decap-server…');
		void stopAll(0);
	});
}
// A service that ends on its own (port taken, crash) takes the other down with it.
for (const service of services) void service.exited.then((code) => (stopping ? undefined : stopAll(code === 0 ? 1 : code)));

/** Resolves once `check` succeeds, polling every 250 ms; rejects after READY_TIMEOUT_MS. */
async function waitFor(what: string, check: () => Promise<boolean>): Promise<void> {
	const deadline = Date.now() + READY_TIMEOUT_MS;
	while (!stopping) {
		if (await check().catch(() => false)) return;
		if (Date.now() > deadline) throw new Error(`${what} did not answer within ${READY_TIMEOUT_MS / 1000} s.`);
		await new Promise((wait) => setTimeout(wait, 250));
	}
}

try {
	await Promise.all([
		waitFor('The site', async () => (await fetch(SITE_URL)).ok),
		waitFor('decap-server', async () => (await fetch(CMS_API, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })).ok),
	]);
	if (!stopping) {
		console.log(`\nThe site: ${SITE_URL}`);
		console.log(`Edit content at ${SITE_URL}admin/ (saves go straight into content/ in this folder; nothing is committed).`);
		console.log('Press Ctrl+C to stop.\n');
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	await stopAll(1);
}
