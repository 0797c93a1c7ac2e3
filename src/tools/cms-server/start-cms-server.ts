// Starts the local content server: decap-server (supervised child) behind the guard, over one
// project folder. Used by `npm start`, `npm run cms:server` and the tests.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { editableAreas } from '../../lib/cms-server/editable-areas.ts';
import { inspectRepoPath } from '../../lib/cms-server/inspect-repo-path.ts';
import { siteOrigins } from '../../lib/cms-server/request-source.ts';
import { reviewCmsRequest } from '../../lib/cms-server/review-request.ts';
import { API_PATH, createGuardServer } from './guard-server.ts';
import { superviseDecapServer, type SupervisedDecap } from './supervise-decap.ts';

/** The loopback name the admin's config points at (src/lib/cms/local-config.ts). */
export const CMS_HOST_NAME = '127.0.0.1';

export interface CmsServerOptions {
	/** The project whose content/ and cms/config.yml are edited. */
	root: string;
	/** The guard's port; 0 picks a free one. */
	port: number;
	/** The site's port: only pages from it may use the server. */
	sitePort: number;
	log?: (line: string) => void;
}

/** A running content server. */
export interface CmsServer {
	/** e.g. `http://127.0.0.1:8081/api/v1`: what the admin's `local_backend.url` must be. */
	apiUrl: string;
	port: number;
	decap: SupervisedDecap;
	close(): Promise<void>;
}

/** Starts decap-server, then the guard in front of it; rejects (with both stopped) when either cannot start. */
export async function startCmsServer({
	root,
	port,
	sitePort,
	log = console.error,
}: CmsServerOptions): Promise<CmsServer> {
	const areas = editableAreas(readFileSync(join(root, 'cms/config.yml'), 'utf8'));
	const decap = superviseDecapServer({ root, log });
	try {
		await decap.ready;
	} catch (error) {
		await decap.close();
		throw error;
	}
	const server = createGuardServer({
		hostName: CMS_HOST_NAME,
		siteOrigins: siteOrigins(sitePort),
		review: (body) =>
			reviewCmsRequest(body, { areas, inspect: (path) => inspectRepoPath(root, path) }),
		forward: decap.send,
		log,
	});
	try {
		await new Promise<void>((listening, fail) => {
			server.once('error', fail);
			server.listen(port, CMS_HOST_NAME, listening);
		});
	} catch (error) {
		await decap.close();
		throw error;
	}
	const actualPort = (server.address() as AddressInfo).port;
	return {
		apiUrl: `http://${CMS_HOST_NAME}:${actualPort}${API_PATH}`,
		port: actualPort,
		decap,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((closed) => server.close(() => closed()));
			await decap.close();
		},
	};
}
