// Serves the generated CMS config (cms/config.yml) at /admin/config.yml.
//
// `local_backend` lets the admin write straight to this checkout through decap-server, with no
// login: it must never reach the live site. It is kept only when the build runs with
// RSCP_CMS_LOCAL=1, which `npm start` sets (src/tools/start.ts); every other build removes it.
import type { APIRoute } from 'astro';
import generatedConfig from '../../../cms/config.yml?raw';

/** Set by `npm start` for a build that edits this checkout through decap-server. */
const keepLocalBackend = process.env.RSCP_CMS_LOCAL === '1';

/**
 * The config without its top-level `local_backend` key (one line, or a block of indented lines).
 * TODO(#5): use productionConfig() from src/lib/cms/to-decap-config.ts once the generator has it.
 */
function withoutLocalBackend(yaml: string): string {
	const production = yaml.replace(/^local_backend:.*\n(?:[ \t]+.*\n)*/m, '');
	// Fails the build rather than ship a config that an unusual YAML layout left unchanged.
	if (/^\s*local_backend\s*:/m.test(production)) throw new Error('cms/config.yml: could not remove local_backend for the production build.');
	return production;
}

export const GET: APIRoute = () =>
	new Response(keepLocalBackend ? generatedConfig : withoutLocalBackend(generatedConfig), {
		headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
	});
