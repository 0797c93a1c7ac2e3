// The one difference between the `_headers` of a build made by `npm start` and the deployed one:
// the admin may also connect to the local content server. The deployed admin must not (a page
// that can talk to a server on the editor's own machine is one more thing to attack), so
// public/_headers never lists it and `npm run check:headers` refuses any local address.
import { parseCsp } from './csp.ts';
import { parseHeadersFile } from './headers-file.ts';

/** The admin's rule in `_headers`. */
export const ADMIN_PATTERN = '/admin/*';

/**
 * `_headers` text with `origin` added to `connect-src` of the admin's Content-Security-Policy,
 * every other line unchanged. Throws when the admin rule or its policy's connect-src is missing,
 * so a change to public/_headers cannot silently leave the local admin unable to save.
 * @example allowLocalCmsInAdminCsp(text, 'http://127.0.0.1:8081')
 */
export function allowLocalCmsInAdminCsp(headersText: string, origin: string): string {
	const rule = parseHeadersFile(headersText).rules.find(
		(candidate) => candidate.pattern === ADMIN_PATTERN,
	);
	const policyLine = rule?.headers.findLast(
		(header) => header.name.toLowerCase() === 'content-security-policy',
	);
	if (!policyLine) throw new Error(`_headers has no Content-Security-Policy for ${ADMIN_PATTERN}.`);
	if (!parseCsp(policyLine.value).has('connect-src'))
		throw new Error(`The ${ADMIN_PATTERN} Content-Security-Policy in _headers has no connect-src.`);
	const lines = headersText.split('\n');
	const index = policyLine.line - 1;
	lines[index] = (lines[index] ?? '').replace(
		/(connect-src\b[^;]*?)(\s*;|\s*$)/i,
		`$1 ${origin}$2`,
	);
	return lines.join('\n');
}
