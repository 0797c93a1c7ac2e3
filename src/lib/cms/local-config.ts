import { isMap, parseDocument } from 'yaml';

/**
 * The Decap config for a build that edits this checkout (`npm start`): cms/config.yml with
 * `local_backend` pointing at the local content server on `cmsPort`. `local_backend: true` would
 * make the admin look on port 8081 whatever CMS_PORT says; an explicit URL follows it.
 * @example localConfig('local_backend: true\n', 9000) // "local_backend:\n  url: http://127.0.0.1:9000/api/v1\n"
 */
export function localConfig(yamlText: string, cmsPort: number): string {
	const document = parseDocument(yamlText);
	if (document.errors.length > 0)
		throw new Error(`The Decap config is not valid YAML: ${document.errors[0]?.message}`);
	if (!isMap(document.contents))
		throw new Error('The Decap config must be a YAML mapping (backend, collections, …).');
	document.set('local_backend', { url: localBackendUrl(cmsPort) });
	// No re-wrapping: everything but the changed key stays as generated.
	return document.toString({ lineWidth: 0 });
}

/** The local content server's API address for a port (the guard listens on 127.0.0.1 only). */
export function localBackendUrl(cmsPort: number): string {
	return `http://127.0.0.1:${cmsPort}/api/v1`;
}
