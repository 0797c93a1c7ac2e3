// Content-Security-Policy helpers: read a policy, hash inline code the way browsers do, and say
// whether a source list allows it. Used by the build check (check-site-headers.ts, run by `npm run check:dist`).
import { createHash } from 'node:crypto';

/** A policy as directive → source list, directive names lower-case, e.g. `script-src` → [`'self'`]. */
export type Csp = Map<string, string[]>;

/** Reads one policy (a header value). A repeated directive is ignored, as browsers do. */
export function parseCsp(value: string): Csp {
	const policy: Csp = new Map();
	for (const part of value.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (!name) continue;
		const directive = name.toLowerCase();
		if (!policy.has(directive)) policy.set(directive, sources);
	}
	return policy;
}

/**
 * The CSP source expression for inline code: SHA-256 of its exact UTF-8 text, base64.
 * Browsers hash the element's text as written, whitespace included.
 * @example cspHash("document.documentElement.classList.add('app-js')") // "'sha256-…'"
 */
export function cspHash(content: string): string {
	return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** The directives that govern inline code: elements (`<script>`, `<style>`) and attributes. */
export type InlineDirective =
	'script-src-elem' | 'script-src-attr' | 'style-src-elem' | 'style-src-attr';

// CSP Level 3 fallbacks: the first directive present decides.
const FALLBACKS: Record<InlineDirective, string[]> = {
	'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
	'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
	'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
	'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
};

/** The source list that governs a directive after fallbacks, or undefined when nothing restricts it. */
export function effectiveSources(policy: Csp, directive: InlineDirective): string[] | undefined {
	for (const name of FALLBACKS[directive]) {
		const sources = policy.get(name);
		if (sources) return sources;
	}
	return undefined;
}

/**
 * Whether inline code is allowed: an element's text (`<script>`, `<style>`), or an attribute
 * (`style="…"`, `onclick="…"`). A hash or nonce in the list switches `'unsafe-inline'` off, as in
 * browsers; attributes match a hash only with `'unsafe-hashes'`.
 */
export function allowsInline(policy: Csp, directive: InlineDirective, content: string): boolean {
	if (allowsAnyInline(policy, directive)) return true;
	const sources = effectiveSources(policy, directive) ?? [];
	const isAttribute = directive.endsWith('-attr');
	if (isAttribute && !sources.includes("'unsafe-hashes'")) return false;
	return sources.includes(cspHash(content));
}

/** Whether a directive lets any inline code through: no restriction, or 'unsafe-inline' with no hash or nonce. */
export function allowsAnyInline(policy: Csp, directive: InlineDirective): boolean {
	const sources = effectiveSources(policy, directive);
	if (!sources) return true;
	const hashesOrNonces = sources.some((source) => /^'(sha(256|384|512)|nonce)-/i.test(source));
	return sources.includes("'unsafe-inline'") && !hashesOrNonces;
}

/** Hashes listed in a source list, e.g. [`'sha256-…'`]. */
export function listedHashes(sources: readonly string[] | undefined): string[] {
	return (sources ?? []).filter((source) => /^'sha(256|384|512)-/i.test(source));
}
