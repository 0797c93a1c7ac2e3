// `npm start`: builds the site for editing on this computer, then serves it together with the
// local content server, so a newcomer can browse and edit content at once.
// Usage: npm start            (the site on PORT, default 4321; the content server on CMS_PORT, default 8081)
//        PORT=4400 CMS_PORT=8181 npm start
//
// - Both ports are checked before the build, so a taken port stops it in seconds, naming the
//   variable to change, instead of after minutes of building.
// - The site is served from dist/ with the headers of dist/_headers, as the hosts serve it
//   (src/tools/serve-with-headers.ts), so the admin runs under its real Content-Security-Policy.
//   The build (RSCP_CMS_LOCAL=1, RSCP_CMS_PORT) points the admin's config at the content server
//   and lets that policy connect to it.
// - A random token written into the build is fetched back from the site's port before the address
//   is printed: the address printed is always this build's.
// - The content server (src/tools/cms-server/) only edits content: see README "Publishing with
//   the CMS". Its decap-server child is restarted when it stops; the site is served regardless.
// Ctrl+C (or SIGTERM) stops everything.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILD_TOKEN_FILE, newBuildToken, servesBuild } from '../lib/ports/build-token.ts';
import { portInUseMessage } from '../lib/ports/port-in-use.ts';
import { readLocalPorts, type LocalPorts } from '../lib/ports/read-ports.ts';
import { startCmsServer, type CmsServer } from './cms-server/start-cms-server.ts';
import { serveWithHeaders, type StaticServer } from './serve-with-headers.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

/** Prints the message and stops with exit code 1. */
function stop(message: string): never {
	console.error(`\n${message}`);
	process.exit(1);
}

let ports: LocalPorts;
try {
	ports = readLocalPorts(process.env);
} catch (error) {
	stop(error instanceof Error ? error.message : String(error));
}
const { sitePort, cmsPort } = ports;
for (const [port, variable] of [
	[sitePort, 'PORT'],
	[cmsPort, 'CMS_PORT'],
] as const) {
	const taken = await portInUseMessage(port, variable);
	if (taken) stop(taken);
}

console.log(
	`Building the site with the local content editor (RSCP_CMS_LOCAL=1, content server on port ${cmsPort})…`,
);
const build = spawnSync('npm', ['run', 'build'], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, RSCP_CMS_LOCAL: '1', RSCP_CMS_PORT: String(cmsPort) },
});
if (build.status !== 0)
	stop(`The build failed (exit ${build.status ?? build.signal}); nothing was started.`);
const token = newBuildToken();
writeFileSync(join(dist, BUILD_TOKEN_FILE), token);

let site: StaticServer;
try {
	site = await serveWithHeaders(dist, sitePort);
} catch (error) {
	const taken =
		(error as NodeJS.ErrnoException).code === 'EADDRINUSE'
			? await portInUseMessage(sitePort, 'PORT')
			: undefined;
	stop(
		taken
			? `${taken}\n(The port was taken while the site was building.)`
			: `The site could not be served: ${String(error)}`,
	);
}
if (!(await servesBuild(site.origin, token))) {
	await site.close();
	stop(
		`Something other than this build answers at ${site.origin}/, so its address is not printed. Choose another port with PORT, e.g. PORT=${sitePort + 1} npm start`,
	);
}

let cms: CmsServer | undefined;
try {
	cms = await startCmsServer({ root, port: cmsPort, sitePort, log: (line) => console.error(line) });
} catch (error) {
	const taken =
		(error as NodeJS.ErrnoException).code === 'EADDRINUSE'
			? await portInUseMessage(cmsPort, 'CMS_PORT')
			: undefined;
	console.error(
		`\nThe content editor could not start: ${taken ?? (error instanceof Error ? error.message : String(error))}`,
	);
	console.error(
		'The site is still served, but nothing can be saved from /admin/ until npm start is run again.',
	);
}

console.log(`\nThe site: ${site.origin}/`);
if (cms) {
	console.log(
		`Edit content at ${site.origin}/admin/ (saves go straight into content/ in this folder; nothing is committed).`,
	);
	console.log(
		`The content server is at ${cms.apiUrl}; it answers only this site and changes only content and uploads.`,
	);
}
console.log('Press Ctrl+C to stop.\n');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping the site and the content server…');
		void Promise.all([cms?.close(), site.close()]).finally(() => process.exit(0));
	});
}
