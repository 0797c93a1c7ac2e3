// The build check behind `npm run check:headers`: every built page gets the security headers from
// `_headers`, and its Content-Security-Policy allows the page's own inline code and nothing looser.
import { pagePath } from '../dist/page-path.ts';
import type { HtmlDocument } from '../dist/read-built-site.ts';
import { listedHashes, parseCsp, type Csp } from './csp.ts';
import { blockedInlineCode, findInlineCode } from './find-inline-code.ts';
import { headersForPath, portabilityProblems, type HeaderRule } from './headers-file.ts';

/** What the check found: problems fail it, warnings are printed. */
export interface HeadersReport {
	problems: string[];
	warnings: string[];
	/** How many pieces of inline code were checked against a policy. */
	inlineCount: number;
}

// Headers every HTML page must have, with the value (or a test of it) the README promises.
const REQUIRED: [name: string, test: (value: string) => boolean, expected: string][] = [
	['content-security-policy', () => true, 'a policy'],
	['referrer-policy', (value) => value === 'no-referrer', 'no-referrer'],
	['x-content-type-options', (value) => value === 'nosniff', 'nosniff'],
	[
		'strict-transport-security',
		(value) =>
			Number(/max-age=(\d+)/.exec(value)?.[1] ?? 0) >= 31_536_000 &&
			/includeSubDomains/i.test(value),
		'max-age of a year or more, includeSubDomains',
	],
	[
		'cross-origin-opener-policy',
		(value) => /^same-origin(-allow-popups)?$/.test(value),
		'same-origin (same-origin-allow-popups on /admin/)',
	],
	[
		'permissions-policy',
		(value) =>
			/camera=\(\)/.test(value) && /microphone=\(\)/.test(value) && /geolocation=\(\)/.test(value),
		'camera, microphone and geolocation switched off',
	],
];

/** The admin (Decap CMS) has its own, looser policy and must not be indexed. */
export const isAdminPath = (path: string) => path === '/admin/' || path.startsWith('/admin/');

/** Whether a CSP source names this machine: localhost, 127.x.x.x or [::1], with any scheme or port. */
export function isLocalSource(source: string): boolean {
	return /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::(?:\d+|\*))?(?:\/|$)/i.test(
		source,
	);
}

/** Ways a policy could be weakened that no page of the public site needs. */
function policyWeaknesses(policy: Csp, admin: boolean): string[] {
	const weaknesses: string[] = [];
	const has = (directive: string, source: string) =>
		policy.get(directive)?.includes(source) ?? false;
	if (!policy.has('default-src')) weaknesses.push('no default-src');
	if (!policy.has('script-src')) weaknesses.push('no script-src');
	if (has('script-src', "'unsafe-inline'")) weaknesses.push("script-src allows 'unsafe-inline'");
	if (policy.get('frame-ancestors')?.join(' ') !== "'none'")
		weaknesses.push("frame-ancestors is not 'none'");
	if (policy.get('object-src')?.join(' ') !== "'none'") weaknesses.push("object-src is not 'none'");
	if (!policy.has('base-uri')) weaknesses.push('no base-uri');
	if (!policy.has('form-action')) weaknesses.push('no form-action');
	// The deployed site never talks to the visitor's own machine; only `npm start`'s build may (its admin
	// talks to the local content server), and that build is never deployed or checked here.
	for (const [directive, sources] of policy) {
		const local = sources.filter(isLocalSource);
		if (local.length > 0)
			weaknesses.push(
				`${directive} allows a local address (${local.join(' ')}), which only a build made by npm start may`,
			);
	}
	if (!admin) {
		if (has('script-src', "'unsafe-eval'")) weaknesses.push("script-src allows 'unsafe-eval'");
		if (has('style-src', "'unsafe-inline'")) weaknesses.push("style-src allows 'unsafe-inline'");
		for (const [directive, sources] of policy) {
			if (
				sources.some(
					(source) => source === '*' || /^https?:$/.test(source) || /^https?:\/\//.test(source),
				)
			) {
				weaknesses.push(
					`${directive} allows another origin (${sources.join(' ')}); the public site loads only from itself`,
				);
			}
		}
	}
	return weaknesses;
}

/**
 * Checks every page (path relative to the build folder → HTML or parsed tree) against the rules of `_headers`.
 * Inline code blocked by the page's policy is a problem that names the hash to add; a hash no page
 * uses is a warning (it allows code that is not there).
 */
export function checkSiteHeaders(
	rules: readonly HeaderRule[],
	pages: ReadonlyMap<string, string | HtmlDocument>,
): HeadersReport {
	const problems: string[] = [];
	const warnings: string[] = [];
	const usedHashes = new Set<string>();
	const policies = new Map<string, Csp>(); // by header value: a handful of distinct policies
	let inlineCount = 0;

	const paths = [...pages.keys()].map(pagePath);
	problems.push(...portabilityProblems(rules, paths));

	for (const [file, html] of pages) {
		const path = pagePath(file);
		const admin = isAdminPath(path);
		const headers = headersForPath(rules, path);
		for (const [name, test, expected] of REQUIRED) {
			const value = headers.get(name);
			if (value === undefined) problems.push(`${file}: no ${name} header (expected ${expected}).`);
			else if (!test(value)) problems.push(`${file}: ${name} is “${value}”; expected ${expected}.`);
		}
		if (admin && !/noindex/.test(headers.get('x-robots-tag') ?? ''))
			problems.push(`${file}: the admin needs “X-Robots-Tag: noindex”.`);
		const cspValue = headers.get('content-security-policy');
		if (cspValue === undefined) continue;
		// A comma means two policies joined (a later rule that forgot `! Content-Security-Policy`).
		if (cspValue.includes(',')) {
			problems.push(
				`${file}: two Content-Security-Policies apply (joined with a comma); detach the first with “! Content-Security-Policy”.`,
			);
			continue;
		}
		let policy = policies.get(cspValue);
		if (!policy) {
			policy = parseCsp(cspValue);
			policies.set(cspValue, policy);
			for (const weakness of policyWeaknesses(policy, admin))
				problems.push(`${file}: the Content-Security-Policy is too loose: ${weakness}.`);
		}
		const code = findInlineCode(html);
		inlineCount += code.length;
		for (const item of code) usedHashes.add(item.hash);
		for (const item of blockedInlineCode(code, policy)) {
			const fix = item.what.startsWith('javascript:')
				? 'replace it with a real link or a script file'
				: `add ${item.hash} to ${item.directive.replace(/-(elem)$/, '')} in public/_headers (if it is meant to be there)`;
			problems.push(
				`${file}:${item.line}: ${item.what} is blocked by the Content-Security-Policy: ${fix}.\n    ${JSON.stringify(item.content.slice(0, 120))}`,
			);
		}
	}

	for (const [value, policy] of policies) {
		// Attribute hashes are a fixed, deliberate set (all three table alignments), so only element hashes are reported.
		for (const directive of ['script-src', 'style-src']) {
			for (const hash of listedHashes(policy.get(directive))) {
				if (!usedHashes.has(hash))
					warnings.push(
						`${hash} in ${directive} matches nothing in the built pages (policy starting “${value.slice(0, 40)}…”).`,
					);
			}
		}
	}
	return { problems, warnings: [...new Set(warnings)], inlineCount };
}
