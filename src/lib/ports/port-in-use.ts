// Whether a port is free before `npm start` spends minutes building. Something else on the port
// (a second `npm start`, `npm run serve`, another project) would otherwise answer in our place,
// and the address printed would lead to someone else's site.
import { createServer } from 'node:net';

/** How the message names things: the command to run again, and the address tried. */
export interface PortCheckOptions {
	/** e.g. `npm start`, shown in the suggested command. */
	command?: string;
	host?: string;
}

/**
 * Tries to listen on `host:port` and lets go at once. Resolves with undefined when the port is
 * free, or with a message naming the port and the environment variable that moves it.
 * @example await portInUseMessage(4321, 'PORT') // "Port 4321 is already in use by another program … PORT=4322 npm start"
 */
export function portInUseMessage(
	port: number,
	variable: string,
	{ command = 'npm start', host = '127.0.0.1' }: PortCheckOptions = {},
): Promise<string | undefined> {
	const suggestion = `${variable}=${port < 65_535 ? port + 1 : port - 1} ${command}`;
	return new Promise((resolveMessage) => {
		const probe = createServer();
		probe.once('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EADDRINUSE') {
				resolveMessage(
					`Port ${port} is already in use by another program (another ${command}, or npm run serve?). Stop that program, or choose another port with ${variable}, e.g. ${suggestion}`,
				);
			} else if (error.code === 'EACCES') {
				resolveMessage(
					`This computer does not allow port ${port} to be used. Choose another port with ${variable}, e.g. ${variable}=${port + 8000} ${command}`,
				);
			} else {
				resolveMessage(
					`Port ${port} cannot be used (${error.code ?? error.message}). Choose another port with ${variable}, e.g. ${suggestion}`,
				);
			}
		});
		probe.listen(port, host, () => probe.close(() => resolveMessage(undefined)));
	});
}
