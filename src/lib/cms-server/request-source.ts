// Who may talk to the local content server. Binding to 127.0.0.1 keeps other machines out, but
// not web pages in the editor's own browser: a page on any site can send requests to
// 127.0.0.1, and with DNS rebinding (its own host name re-pointed at 127.0.0.1) it even reads the
// answers. The Host header gives a rebinding page away (it carries the page's host name), and the
// Origin header gives away any other site's page, so both must name this machine exactly.

/** What a request says about where it comes from (header values as received). */
export interface RequestSource {
	host?: string;
	origin?: string;
}

/** The one Host and the site origins the server answers. */
export interface AllowedSource {
	/** `127.0.0.1:8081`: the address the admin's config gives for the local backend. */
	host: string;
	/** The site's own origins, e.g. `http://127.0.0.1:4321`. */
	origins: readonly string[];
}

/**
 * The origins the admin can be opened from for a site on `sitePort`: the address `npm start`
 * prints, and the same port as `localhost`, which Decap also accepts for a local backend.
 * @example siteOrigins(4321) // ['http://127.0.0.1:4321', 'http://localhost:4321']
 */
export function siteOrigins(sitePort: number): string[] {
	return [`http://127.0.0.1:${sitePort}`, `http://localhost:${sitePort}`];
}

/**
 * Why a request must not be answered, or undefined when it may. The Host must be exactly the
 * server's own; an Origin, when the request has one (browsers always send it on a POST or a
 * preflight), must be exactly one of the site's. Tools such as curl send no Origin and may talk to it.
 */
export function sourceProblem(source: RequestSource, allowed: AllowedSource): string | undefined {
	if (source.host?.toLowerCase() !== allowed.host.toLowerCase()) {
		return `This server answers only requests addressed to ${allowed.host}, not to “${source.host ?? '(no Host)'}”.`;
	}
	if (source.origin !== undefined && !allowed.origins.includes(source.origin)) {
		return `This server answers only the site at ${allowed.origins.join(' or ')}, not pages from “${source.origin}”.`;
	}
	return undefined;
}
