// Serves the generated CMS config (cms/config.yml) at /admin/config.yml.
//
// `local_backend` lets the admin write straight to this checkout through decap-server, with no
// login: it must never reach the live site. It is kept only when the build runs with
// RSCP_CMS_LOCAL=1, which `npm start` sets (src/tools/start.ts); every other build serves
// productionConfig(), the same config without it.
import type { APIRoute } from 'astro';
import generatedConfig from '../../../cms/config.yml?raw';
import { productionConfig } from '../../lib/cms/production-config.ts';

/** Set by `npm start` for a build that edits this checkout through decap-server. */
const keepLocalBackend = process.env.RSCP_CMS_LOCAL === '1';

export const GET: APIRoute = () =>
	new Response(keepLocalBackend ? generatedConfig : productionConfig(generatedConfig), {
		headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
	});
