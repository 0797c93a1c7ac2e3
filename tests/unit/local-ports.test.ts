// `npm start`'s ports (src/lib/ports/): PORT and CMS_PORT from the environment, a taken port refused
// before the build with a message naming the variable, and the check that what answers on the
// site's port is this build. Before, the ports were fixed and, with 4321 taken, `npm start`
// printed the address of whatever else held it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { BUILD_TOKEN_FILE, newBuildToken, servesBuild } from '../../src/lib/ports/build-token.ts';
import { portInUseMessage } from '../../src/lib/ports/port-in-use.ts';
import { readLocalPorts, readPort } from '../../src/lib/ports/read-ports.ts';
import { serveWithHeaders } from '../../src/tools/serve-with-headers.ts';

/** Holds a free loopback port until closed, as another program would. */
async function occupyPort(): Promise<{ port: number; server: Server }> {
	const server = createServer();
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	const address = server.address();
	assert.ok(address && typeof address === 'object');
	return { port: address.port, server };
}

describe('readLocalPorts', () => {
	test('defaults to 4321 for the site and 8081 for the content server', () => {
		assert.deepEqual(readLocalPorts({}), { sitePort: 4321, cmsPort: 8081 });
		assert.deepEqual(readLocalPorts({ PORT: '', CMS_PORT: ' ' }), {
			sitePort: 4321,
			cmsPort: 8081,
		});
	});

	test('takes PORT and CMS_PORT from the environment', () => {
		assert.deepEqual(readLocalPorts({ PORT: '4400', CMS_PORT: '8181' }), {
			sitePort: 4400,
			cmsPort: 8181,
		});
		assert.equal(readPort({ RSCP_CMS_PORT: '9000' }, 'RSCP_CMS_PORT', 8081), 9000);
	});

	test('refuses a value that is not a port, naming the variable', () => {
		for (const value of ['abc', '80.5', '-1', '0', '65536', '4321x', '0x10e1']) {
			assert.throws(
				() => readLocalPorts({ PORT: value }),
				new RegExp(
					`^Error: PORT must be a port number from 1 to 65535; it is “${value.replace('.', '\\.')}”\\.$`,
				),
			);
		}
		assert.throws(() => readLocalPorts({ CMS_PORT: 'x' }), /^Error: CMS_PORT must be/);
	});

	test('refuses the same port for both', () => {
		assert.throws(() => readLocalPorts({ PORT: '8081' }), /PORT and CMS_PORT are both 8081/);
	});
});

describe('portInUseMessage', () => {
	test('a free port passes', async () => {
		const { port, server } = await occupyPort();
		await new Promise((closed) => server.close(closed));
		assert.equal(await portInUseMessage(port, 'PORT'), undefined);
	});

	test('a taken port is refused with a message naming the port and the variable to change', async () => {
		const { port, server } = await occupyPort();
		try {
			assert.equal(
				await portInUseMessage(port, 'PORT'),
				`Port ${port} is already in use by another program (another npm start, or npm run serve?). Stop that program, or choose another port with PORT, e.g. PORT=${port + 1} npm start`,
			);
			assert.match(
				(await portInUseMessage(port, 'CMS_PORT', { command: 'npm run cms:server' })) ?? '',
				/choose another port with CMS_PORT, e\.g\. CMS_PORT=\d+ npm run cms:server$/,
			);
		} finally {
			await new Promise((closed) => server.close(closed));
		}
	});
});

describe('servesBuild', () => {
	const folders = [
		mkdtempSync(join(tmpdir(), 'rscp-token-')),
		mkdtempSync(join(tmpdir(), 'rscp-token-')),
	];
	after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

	test('is true only for the server that serves this run’s token', async () => {
		const [ours, theirs] = folders as [string, string];
		const token = newBuildToken();
		assert.match(token, /^[0-9a-f]{32}$/);
		assert.notEqual(newBuildToken(), token);
		writeFileSync(join(ours, BUILD_TOKEN_FILE), token);
		writeFileSync(join(theirs, BUILD_TOKEN_FILE), newBuildToken()); // an older npm start's build
		const [site, other] = await Promise.all([serveWithHeaders(ours), serveWithHeaders(theirs)]);
		try {
			assert.equal(await servesBuild(site.origin, token), true);
			assert.equal(await servesBuild(other.origin, token), false);
		} finally {
			await Promise.all([site.close(), other.close()]);
		}
		assert.equal(
			await servesBuild(site.origin, token),
			false,
			'nobody answering is not this build',
		);
	});
});
