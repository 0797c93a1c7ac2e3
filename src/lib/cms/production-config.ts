import { isMap, parseDocument } from 'yaml';

/**
 * The Decap config for the public site: cms/config.yml without `local_backend`.
 * The committed config keeps `local_backend: true` so that `astro dev` plus decap-server
 * edits files on this machine; the production build must not ship it (issue 5). Decap only
 * uses it on localhost anyway, but a deployed admin should never look for a local server.
 * Serve this from the /admin/config.yml endpoint in production builds.
 * @example productionConfig('local_backend: true\nbackend:\n  name: github\n') // "backend:\n  name: github\n"
 */
export function productionConfig(yamlText: string): string {
	const document = parseDocument(yamlText);
	if (document.errors.length > 0)
		throw new Error(`The Decap config is not valid YAML: ${document.errors[0]?.message}`);
	if (!isMap(document.contents))
		throw new Error('The Decap config must be a YAML mapping (backend, collections, …).');
	document.delete('local_backend');
	// No re-wrapping: everything but the removed key stays as generated.
	return document.toString({ lineWidth: 0 });
}
