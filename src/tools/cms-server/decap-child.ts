// The decap-server child of the local content server (src/tools/cms-server/supervise-decap.ts
// starts it with fork()). It mounts decap-server's own file-system middleware, as its CLI does,
// but listens on a Unix socket in a private folder instead of a TCP port, so browsers cannot reach
// it at all: every request has to come through the guard.
//
// Always the file-system mode (registerLocalFs): never git mode, which commits with `git add .`
// (see the stack notes). decap-server's CLI also reads a .env file; this entry point does not.
//
// Environment: RSCP_DECAP_SOCKET (socket path), GIT_REPO_DIRECTORY (the project root).
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';

/** The slice of Express this file uses (decap-server ships no types). */
interface ExpressApp {
	listen(path: string, ready: () => void): Server;
}
interface DecapMiddlewares {
	registerLocalFs(app: ExpressApp, options?: { logLevel?: string }): Promise<void>;
}

const socket = process.env.RSCP_DECAP_SOCKET;
if (!socket || !process.env.GIT_REPO_DIRECTORY || !process.send) {
	console.error('decap-child.ts is started by the local content server (npm start), not by hand.');
	process.exit(2);
}

// The Express that decap-server itself depends on, and its exported middleware
// (dist/middlewares.js; requiring the package's main would start its own server).
const fromDecapServer = createRequire(createRequire(import.meta.url).resolve('decap-server'));
const express = fromDecapServer('express') as () => ExpressApp;
const { registerLocalFs } = fromDecapServer('./middlewares.js') as DecapMiddlewares;

const app = express();
await registerLocalFs(app, { logLevel: process.env.LOG_LEVEL ?? 'info' });
rmSync(socket, { force: true }); // left behind by a child that crashed
app.listen(socket, () => process.send?.('ready'));

// The guard's process is the only client: when it goes (even killed outright), so does this one.
process.on('disconnect', () => process.exit(0));
