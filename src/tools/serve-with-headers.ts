// Serves a built site the way Netlify and Cloudflare Pages will: files from dist/, directory
// URLs with a trailing slash, dist/404.html for anything missing, gzip, and the headers that
// dist/_headers gives each path (Cloudflare's reading; check:headers proves Netlify's is the same).
// `astro preview` sends none of those headers, so the CSP test and the bench's Lighthouse runs use this.
// Usage: node src/tools/serve-with-headers.ts [folder] [port]   (defaults: dist, 4330)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	headersForPath,
	parseHeadersFile,
	type HeaderRule,
} from '../build-checks/headers/headers-file.ts';

// What the hosts send for the file types the site has. Anything else is a download.
const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.yml': 'text/yaml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/** A running server and how to stop it. */
export interface StaticServer {
	/** e.g. `http://127.0.0.1:4330` (no trailing slash). */
	origin: string;
	server: Server;
	close: () => Promise<void>;
}

/** Where a URL path is served from: a file under the root, a redirect, or nothing. */
export function resolveRequestPath(
	root: string,
	pathname: string,
): { file: string } | { redirect: string } | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const file = resolve(root, `.${decoded}`);
	if (file !== root && !file.startsWith(root + sep)) return undefined; // no escaping the folder
	if (decoded.endsWith('/')) {
		const index = join(file, 'index.html');
		return existsSync(index) ? { file: index } : undefined;
	}
	if (!existsSync(file)) return undefined;
	// Both hosts add the slash to a folder's address (trailingSlash: 'always' in astro.config.mjs).
	if (statSync(file).isDirectory())
		return existsSync(join(file, 'index.html')) ? { redirect: `${pathname}/` } : undefined;
	// `_headers` configures the host and is never served.
	if (decoded === '/_headers') return undefined;
	return { file };
}

/**
 * Starts serving `root` on 127.0.0.1. Port 0 picks a free one. Headers come from `root/_headers`
 * (read once); with no such file, none are added. `headersText` replaces that file's text, e.g.
 * to serve a production build with the headers of a local one (tests/e2e/cms.spec.ts).
 */
export async function serveWithHeaders(
	root: string,
	port = 0,
	{ headersText }: { headersText?: string } = {},
): Promise<StaticServer> {
	const folder = resolve(root);
	const headersFile = join(folder, '_headers');
	const text = headersText ?? (existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '');
	const rules: HeaderRule[] = parseHeadersFile(text).rules;
	const compressed = new Map<string, Buffer>(); // gzip of each file, made once

	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const send = (status: number, file: string | undefined, extra: Record<string, string> = {}) => {
			for (const [name, value] of headersForPath(rules, url.pathname))
				response.setHeader(name, value);
			for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
			if (!file) {
				response.writeHead(status).end();
				return;
			}
			const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
			let body: Buffer = readFileSync(file);
			response.setHeader('Content-Type', type);
			if (
				COMPRESSIBLE.test(type) &&
				/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
			) {
				const gzipped: Buffer = compressed.get(file) ?? gzipSync(body);
				compressed.set(file, gzipped);
				body = gzipped;
				response.setHeader('Content-Encoding', 'gzip');
				response.setHeader('Vary', 'Accept-Encoding');
			}
			response.setHeader('Content-Length', body.length);
			response.writeHead(status).end(request.method === 'HEAD' ? undefined : body);
		};
		if (request.method !== 'GET' && request.method !== 'HEAD')
			return send(405, undefined, { Allow: 'GET, HEAD' });
		const target = resolveRequestPath(folder, url.pathname);
		if (target && 'redirect' in target)
			return send(301, undefined, { Location: target.redirect + url.search });
		if (target) return send(200, target.file);
		const notFound = join(folder, '404.html');
		return send(404, existsSync(notFound) ? notFound : undefined);
	});
	await new Promise<void>((ready, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', ready);
	});
	const { port: actualPort } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${actualPort}`,
		server,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}

if (import.meta.main) {
	const root = process.argv[2] ?? 'dist';
	if (!existsSync(join(root, 'index.html'))) {
		console.error(`No built site in “${root}”: run \`npm run build\` first.`);
		process.exit(1);
	}
	const { origin } = await serveWithHeaders(root, Number(process.argv[3] ?? 4330));
	console.log(
		`Serving ${root}/ with the headers from ${root}/_headers at ${origin}/ (Ctrl+C stops).`,
	);
}
