// The two ports `npm start` uses, from the environment: PORT for the site, CMS_PORT for the local
// content server. Read once, checked once, so a typo stops everything with a message instead of
// starting on a port nobody asked for.

/** The site's port unless PORT says otherwise (the port of `npm run serve` and the tests). */
export const DEFAULT_SITE_PORT = 4321;
/** The content server's port unless CMS_PORT says otherwise (decap-server's own default). */
export const DEFAULT_CMS_PORT = 8081;

/** Where `npm start` serves. */
export interface LocalPorts {
	sitePort: number;
	cmsPort: number;
}

/**
 * One port from an environment variable, or the default when it is unset or empty. Throws with
 * a message naming the variable when the value is not a whole number from 1 to 65535.
 * @example readPort({ PORT: '8080' }, 'PORT', 4321) // 8080
 */
export function readPort(
	env: Readonly<Record<string, string | undefined>>,
	variable: string,
	fallback: number,
): number {
	const value = env[variable]?.trim();
	if (value === undefined || value === '') return fallback;
	const port = /^\d+$/.test(value) ? Number(value) : Number.NaN;
	if (!Number.isInteger(port) || port < 1 || port > 65_535) {
		throw new Error(`${variable} must be a port number from 1 to 65535; it is “${value}”.`);
	}
	return port;
}

/**
 * PORT and CMS_PORT from the environment; throws when either is invalid or both are the same.
 * @example readLocalPorts({ CMS_PORT: '9000' }) // { sitePort: 4321, cmsPort: 9000 }
 */
export function readLocalPorts(env: Readonly<Record<string, string | undefined>>): LocalPorts {
	const sitePort = readPort(env, 'PORT', DEFAULT_SITE_PORT);
	const cmsPort = readPort(env, 'CMS_PORT', DEFAULT_CMS_PORT);
	if (sitePort === cmsPort)
		throw new Error(
			`PORT and CMS_PORT are both ${sitePort}; the site and the content server need a port each.`,
		);
	return { sitePort, cmsPort };
}
