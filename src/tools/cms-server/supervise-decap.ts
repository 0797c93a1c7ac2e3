// Runs decap-server as a child process (decap-child.ts) and keeps it running. decap-server has
// crashed on a single malformed request before (an unawaited move in its persistEntry), so it runs
// apart from the guard and the site: if it stops anyway, it is started again and the next request
// waits for it; after repeated crashes it is left stopped and requests get a clear error, while
// the site keeps being served.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHILD_SCRIPT = join(import.meta.dirname, 'decap-child.ts');
/** How long a request waits for decap-server to (re)start, and for its answer. */
const START_TIMEOUT_MS = 20_000;
const REPLY_TIMEOUT_MS = 60_000;
/** More crashes than this within CRASH_WINDOW_MS and it is not restarted again. */
const MAX_CRASHES = 5;
const CRASH_WINDOW_MS = 60_000;

/** decap-server's answer to one request. */
export interface DecapReply {
	status: number;
	contentType: string;
	body: Buffer;
}

/** A decap-server child that is restarted when it stops. */
export interface SupervisedDecap {
	/** Resolves when decap-server first listens; rejects when it cannot start at all. */
	ready: Promise<void>;
	/**
	 * Sends one JSON request body to decap-server (waiting while it restarts) and resolves with its
	 * answer. `readOnly` requests are sent again if the child stopped while they were on the way.
	 */
	send(json: string, options?: { readOnly?: boolean }): Promise<DecapReply>;
	/** The running child's process id, if one is running. */
	pid(): number | undefined;
	/** How many times it has been restarted after stopping by itself. */
	restarts(): number;
	/** Stops it for good and removes its socket folder. */
	close(): Promise<void>;
}

/** Starts decap-server in file-system mode over `root`, talking to it through a private Unix socket. */
export function superviseDecapServer({
	root,
	log = console.error,
}: {
	root: string;
	log?: (line: string) => void;
}): SupervisedDecap {
	// mkdtemp makes the folder readable by this user only, so no other account can use the socket.
	const socketFolder = mkdtempSync(join(tmpdir(), 'rscp-decap-'));
	const socket = join(socketFolder, 'decap.sock');
	let child: ChildProcess | undefined;
	let stopping = false;
	let restartCount = 0;
	let gaveUp = false;
	const crashes: number[] = [];

	const start = (): Promise<void> => {
		const current = fork(CHILD_SCRIPT, [], {
			cwd: root,
			// No inherited --test or loader flags: the child is plain Node running one TypeScript file.
			execArgv: [],
			env: { ...process.env, GIT_REPO_DIRECTORY: root, RSCP_DECAP_SOCKET: socket },
			stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
		});
		child = current;
		for (const stream of [current.stdout, current.stderr]) {
			stream?.setEncoding('utf8');
			stream?.on('data', (text: string) => {
				for (const line of text.split('\n')) if (line.trim()) log(`decap-server: ${line}`);
			});
		}
		const ready = new Promise<void>((resolveReady, reject) => {
			const timer = setTimeout(
				() => reject(new Error(`decap-server did not start within ${START_TIMEOUT_MS / 1000} s.`)),
				START_TIMEOUT_MS,
			);
			current.once('message', (message) => {
				if (message === 'ready') {
					clearTimeout(timer);
					resolveReady();
				}
			});
			current.once('exit', (code, signal) => {
				clearTimeout(timer);
				reject(new Error(`decap-server stopped while starting (${signal ?? `exit ${code}`}).`));
			});
		});
		current.once('exit', (code, signal) => {
			if (child === current) child = undefined;
			if (stopping) return;
			const now = Date.now();
			crashes.push(now);
			while (crashes.length > 0 && (crashes[0] ?? now) < now - CRASH_WINDOW_MS) crashes.shift();
			if (crashes.length > MAX_CRASHES) {
				gaveUp = true;
				log(
					`decap-server stopped (${signal ?? `exit ${code}`}) ${crashes.length} times within a minute; it is not restarted again. The site is still served; restart npm start to edit content.`,
				);
				return;
			}
			log(`decap-server stopped (${signal ?? `exit ${code}`}); starting it again.`);
			restartCount += 1;
			started = start();
		});
		ready.catch(() => undefined); // a failed start is reported to whoever waits, and through the exit above
		return ready;
	};

	/** The current child's start: requests wait for it, and a restart replaces it. */
	let started = start();

	const sendOnce = (json: string): Promise<DecapReply> =>
		new Promise<DecapReply>((resolveReply, reject) => {
			const outgoing = request(
				// agent: false, a new connection each time: a kept-alive one may lead to a child that has since stopped.
				{
					socketPath: socket,
					agent: false,
					path: '/api/v1',
					method: 'POST',
					timeout: REPLY_TIMEOUT_MS,
					headers: {
						'Content-Type': 'application/json',
						'Content-Length': Buffer.byteLength(json),
					},
				},
				(response) => {
					const chunks: Buffer[] = [];
					response.on('data', (chunk: Buffer) => chunks.push(chunk));
					response.on('end', () =>
						resolveReply({
							status: response.statusCode ?? 502,
							contentType: String(response.headers['content-type'] ?? 'application/json'),
							body: Buffer.concat(chunks),
						}),
					);
					response.on('error', reject);
				},
			);
			outgoing.on('timeout', () =>
				outgoing.destroy(
					new Error(`decap-server did not answer within ${REPLY_TIMEOUT_MS / 1000} s.`),
				),
			);
			outgoing.on('error', reject);
			outgoing.end(json);
		});

	const send = async (json: string, { readOnly = false } = {}): Promise<DecapReply> => {
		const deadline = Date.now() + START_TIMEOUT_MS;
		for (;;) {
			if (gaveUp) throw new Error('decap-server is not running.');
			await started;
			try {
				return await sendOnce(json);
			} catch (error) {
				// Nobody listening (the child has just stopped and its exit is not handled yet): decap-server
				// never saw the request, so sending it again once the new child listens is safe, even for a
				// save. A connection cut mid-way may have been a save half done: only a read is sent again.
				const code = (error as NodeJS.ErrnoException).code;
				const neverArrived = code === 'ECONNREFUSED' || code === 'ENOENT';
				if (!(neverArrived || (readOnly && code === 'ECONNRESET')) || Date.now() > deadline)
					throw error;
				await new Promise((wait) => setTimeout(wait, 200));
			}
		}
	};

	const close = async (): Promise<void> => {
		stopping = true;
		const running = child;
		if (running && running.exitCode === null && running.signalCode === null) {
			const exited = new Promise((resolveExit) => running.once('exit', resolveExit));
			running.kill('SIGTERM');
			await exited;
		}
		rmSync(socketFolder, { recursive: true, force: true });
	};

	return { ready: started, send, pid: () => child?.pid, restarts: () => restartCount, close };
}
