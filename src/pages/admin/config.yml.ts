// Serves the generated CMS config (cms/config.yml) at /admin/config.yml.
//
// `local_backend` lets the admin write straight to this checkout through the local content
// server, with no login: it must never reach the live site. A build made with RSCP_CMS_LOCAL=1
// (which `npm start` sets, with RSCP_CMS_PORT; src/tools/start.ts) points it at that server's
// port; every other build serves productionConfig(), the same config without it.
import type { APIRoute } from 'astro';
import generatedConfig from '../../../cms/config.yml?raw';
import { localConfig } from '../../lib/cms/local-config.ts';
import { productionConfig } from '../../lib/cms/production-config.ts';
import { DEFAULT_CMS_PORT, readPort } from '../../lib/ports/read-ports.ts';

/** Set by `npm start` for a build that edits this checkout through the local content server. */
const editsThisCheckout = process.env.RSCP_CMS_LOCAL === '1';

export const GET: APIRoute = () =>
	new Response(
		editsThisCheckout
			? localConfig(generatedConfig, readPort(process.env, 'RSCP_CMS_PORT', DEFAULT_CMS_PORT))
			: productionConfig(generatedConfig),
		{
			headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
		},
	);
