// For a build made by `npm start` (RSCP_CMS_LOCAL=1), lets the admin's Content-Security-Policy in
// dist/_headers connect to the local content server on RSCP_CMS_PORT. Every other build keeps
// public/_headers as it is, which allows no local address.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localBackendUrl } from '../lib/cms/local-config.ts';
import { allowLocalCmsInAdminCsp } from '../build-checks/headers/local-admin-csp.ts';
import { DEFAULT_CMS_PORT, readPort } from '../lib/ports/read-ports.ts';

/** Astro integration: after a local build, the admin may talk to the local content server. */
export function localCmsHeaders(): AstroIntegration {
	return {
		name: 'rscp:local-cms-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				if (process.env.RSCP_CMS_LOCAL !== '1') return;
				const origin = new URL(
					localBackendUrl(readPort(process.env, 'RSCP_CMS_PORT', DEFAULT_CMS_PORT)),
				).origin;
				const file = fileURLToPath(new URL('_headers', dir));
				writeFileSync(file, allowLocalCmsInAdminCsp(readFileSync(file, 'utf8'), origin));
				logger.info(
					`Local build: the admin may connect to ${origin} (dist/_headers). Do not deploy this build.`,
				);
			},
		},
	};
}
