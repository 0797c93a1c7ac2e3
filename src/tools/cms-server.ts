// `npm run cms:server`: the local content server on its own, for editing with `astro dev`:
//   RSCP_CMS_LOCAL=1 npm run dev      (the admin at http://localhost:4321/admin/ uses the local backend)
//   npm run cms:server                (in a second terminal)
// PORT is the site's port (default 4321), which alone may use the server; CMS_PORT is the
// server's own (default 8081; pass the same RSCP_CMS_PORT to the dev server when changing it).
// `npm start` runs the same server itself.
import { resolve } from 'node:path';
import { portInUseMessage } from '../lib/ports/port-in-use.ts';
import { readLocalPorts } from '../lib/ports/read-ports.ts';
import { startCmsServer } from './cms-server/start-cms-server.ts';

const root = resolve(import.meta.dirname, '../..');
try {
	const { sitePort, cmsPort } = readLocalPorts(process.env);
	const taken = await portInUseMessage(cmsPort, 'CMS_PORT', { command: 'npm run cms:server' });
	if (taken) throw new Error(taken);
	const cms = await startCmsServer({ root, port: cmsPort, sitePort });
	console.log(
		`The content server is at ${cms.apiUrl}, for the site on port ${sitePort} only (Ctrl+C stops it).`,
	);
	for (const signal of ['SIGINT', 'SIGTERM'] as const)
		process.once(signal, () => void cms.close().finally(() => process.exit(0)));
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
