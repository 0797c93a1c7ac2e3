// The HTTP front of the local content server: the only address the admin talks to. It answers the
// site's own pages only (Host and Origin), answers CORS for that origin only, reads and checks each
// request (src/lib/cms-server/review-request.ts), and passes what is allowed to decap-server.
// Whatever a request contains, it gets a JSON answer ({ error } when refused, like decap-server's
// own errors, which the admin shows in its error message) and the server keeps serving.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Review } from '../../lib/cms-server/review-request.ts';
import { WRITE_ACTIONS } from '../../lib/cms-server/request-shape.ts';
import { sourceProblem } from '../../lib/cms-server/request-source.ts';
import type { DecapReply } from './supervise-decap.ts';

/** decap-server's own body limit (express.json({ limit: '50mb' })): uploads arrive base64-encoded inside the JSON. */
export const MAX_BODY_BYTES = 50 * 1024 * 1024;
/** The one path the admin's proxy backend posts to. */
export const API_PATH = '/api/v1';

/** What the guard needs: who may call, how to judge a request, and where to send it. */
export interface GuardOptions {
	/** The loopback name the admin uses, e.g. `127.0.0.1`; with the listening port it is the only Host answered. */
	hostName: string;
	/** The site's origins, e.g. `http://127.0.0.1:4321`. */
	siteOrigins: readonly string[];
	review: (body: unknown) => Review;
	/** Sends a body to decap-server; `readOnly` when the action changes no file (safe to send twice). */
	forward: (json: string, options: { readOnly: boolean }) => Promise<DecapReply>;
	log?: (line: string) => void;
}

/** An answer other than 200, with the message for the admin. */
class Refusal extends Error {
	readonly status: number;
	constructor(status: number, message: string) {
		super(message);
		this.status = status;
	}
}

type Send = (status: number, body: unknown, headers?: Record<string, string>) => void;

/** Reads the whole body; more than MAX_BODY_BYTES is refused (413) without being kept in memory. */
function readBody(request: IncomingMessage): Promise<string> {
	const tooLarge = () =>
		new Refusal(413, `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
	return new Promise((resolveBody, reject) => {
		if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return reject(tooLarge());
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= MAX_BODY_BYTES) chunks.push(chunk);
		});
		request.on('end', () =>
			size > MAX_BODY_BYTES
				? reject(tooLarge())
				: resolveBody(Buffer.concat(chunks).toString('utf8')),
		);
		request.on('error', reject);
	});
}

/** Creates (does not start) the guard server. */
export function createGuardServer({
	hostName,
	siteOrigins,
	review,
	forward,
	log = console.error,
}: GuardOptions): Server {
	// Saves run one at a time, so an overwrite check and the write it allows cannot interleave with another save.
	let writeQueue: Promise<unknown> = Promise.resolve();
	const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
		const result = writeQueue.then(task);
		writeQueue = result.catch(() => undefined);
		return result;
	};

	/** Reviews one parsed body and sends decap-server's answer, or the refusal. */
	const reviewAndForward = async (
		body: unknown,
		action: string,
		response: ServerResponse,
		send: Send,
		cors: Record<string, string>,
	) => {
		const verdict = review(body);
		if (verdict.verdict === 'refuse') {
			log(`Refused ${action} (${verdict.status}): ${verdict.error}`);
			return send(verdict.status, { error: verdict.error });
		}
		let reply: DecapReply;
		try {
			reply = await forward(JSON.stringify(body), { readOnly: !WRITE_ACTIONS.has(action) });
		} catch (error) {
			log(
				`decap-server did not answer ${action}: ${error instanceof Error ? error.message : String(error)}`,
			);
			return send(502, {
				error:
					'The local content server stopped while handling this request. Reload the page and check whether your change was saved.',
			});
		}
		response.writeHead(reply.status, {
			'Content-Type': reply.contentType,
			'Cache-Control': 'no-store',
			...cors,
		});
		response.end(reply.body);
	};

	/** Answers a request from the site: a preflight, or a POST that is checked and passed on. */
	const answer = async (
		request: IncomingMessage,
		response: ServerResponse,
		send: Send,
		cors: Record<string, string>,
	): Promise<void> => {
		if (new URL(request.url ?? '/', 'http://host').pathname !== API_PATH)
			return send(404, { error: `Nothing here: the content server answers POST ${API_PATH}.` });
		if (request.method === 'OPTIONS') {
			response.writeHead(204, {
				...cors,
				'Access-Control-Allow-Methods': 'POST',
				'Access-Control-Allow-Headers': 'Content-Type',
				'Access-Control-Max-Age': '600',
			});
			return void response.end();
		}
		if (request.method !== 'POST')
			return send(405, { error: `Use POST ${API_PATH}.` }, { Allow: 'POST, OPTIONS' });
		if (!/^application\/json\b/i.test(request.headers['content-type'] ?? ''))
			return send(415, { error: 'The request must be JSON (Content-Type: application/json).' });
		const text = await readBody(request);
		let body: unknown;
		try {
			body = JSON.parse(text);
		} catch {
			return send(400, { error: 'The request is not valid JSON.' });
		}
		const action =
			typeof body === 'object' && body !== null ? (body as { action?: unknown }).action : undefined;
		const name = typeof action === 'string' ? action.slice(0, 60) : 'a request';
		if (typeof action === 'string' && WRITE_ACTIONS.has(action))
			await oneAtATime(() => reviewAndForward(body, name, response, send, cors));
		else await reviewAndForward(body, name, response, send, cors);
	};

	const handle = async (
		request: IncomingMessage,
		response: ServerResponse,
		server: Server,
	): Promise<void> => {
		const origin = request.headers.origin;
		const { port } = server.address() as AddressInfo;
		const refusedSource = sourceProblem(
			{ host: request.headers.host, origin },
			{ host: `${hostName}:${port}`, origins: siteOrigins },
		);
		// Refused callers get no CORS headers, so a foreign page cannot even read why.
		const cors: Record<string, string> =
			refusedSource || !origin ? {} : { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
		const send: Send = (status, body, headers = {}) => {
			response.writeHead(status, {
				'Content-Type': 'application/json; charset=utf-8',
				'Cache-Control': 'no-store',
				...cors,
				...headers,
			});
			response.end(JSON.stringify(body));
		};
		if (refusedSource) {
			log(`Refused a request: ${refusedSource}`);
			return send(403, { error: refusedSource });
		}
		try {
			await answer(request, response, send, cors);
		} catch (error) {
			if (!(error instanceof Refusal))
				log(
					`The content server failed on a request: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
				);
			if (response.headersSent) return void response.destroy();
			const status = error instanceof Refusal ? error.status : 500;
			send(
				status,
				{
					error:
						error instanceof Refusal ? error.message : 'The content server failed on this request.',
				},
				{ Connection: 'close' },
			);
		}
	};

	const server = createServer((request, response) => {
		// Last resort: `handle` answers its own errors; this only keeps a bug in it from stopping the server.
		handle(request, response, server).catch((error: unknown) => {
			log(
				`The content server failed on a request: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
			);
			if (!response.headersSent) response.writeHead(500, { Connection: 'close' });
			response.end();
		});
	});
	// A malformed HTTP request (not just a malformed body) gets a 400 and never reaches the handler.
	server.on('clientError', (_error, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});
	return server;
}
