// Proof that the server answering on a port is the one `npm start` just started on the build it
// just made: a random token written into that build and read back over HTTP. Checking only that
// "something answers" once printed the address of whatever else held the port.
import { randomBytes } from 'node:crypto';

/** The token's file in the build folder (dist/), served at /start-token.txt. */
export const BUILD_TOKEN_FILE = 'start-token.txt';

/** A new random token for one run. */
export function newBuildToken(): string {
	return randomBytes(16).toString('hex');
}

/**
 * Whether the server at `origin` (e.g. `http://127.0.0.1:4321`) serves the build holding `token`.
 * Any failure to fetch counts as no.
 */
export async function servesBuild(origin: string, token: string): Promise<boolean> {
	try {
		const response = await fetch(`${origin}/${BUILD_TOKEN_FILE}`, { cache: 'no-store' });
		return response.ok && (await response.text()).trim() === token;
	} catch {
		return false;
	}
}
