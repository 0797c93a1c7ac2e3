// Reads a `_headers` file (the format Netlify and Cloudflare Pages share) and works out the
// headers a given path is served with, so tests and the local server apply exactly the deployed rules.
//
// The two hosts differ when several rules set the same header on one path:
// - Cloudflare Pages joins the values with ", " (two CSPs would then both apply), unless the later
//   rule first detaches the header with a `! Header-Name` line.
//   https://developers.cloudflare.com/pages/configuration/headers/
// - Netlify lets the last matching rule win and ignores lines without a colon, such as `! Name`
//   (netlify/build packages/headers-parser, line_parser.ts; the CLI merges with Object.assign).
// A file that detaches before overriding gives the same headers on both: `portabilityProblems()`
// proves that for a list of paths.

/** One `Name: value` line. */
export interface HeaderLine {
	name: string;
	value: string;
	/** 1-based line in the file. */
	line: number;
}

/** One block: a path pattern and the header lines under it. */
export interface HeaderRule {
	/** The pattern as written, e.g. `/*` or `/admin/*`. */
	pattern: string;
	line: number;
	/** Header names removed from what earlier rules attached (Cloudflare's `! Name`), lower-case. */
	detach: string[];
	headers: HeaderLine[];
}

/** A problem with the file itself. */
export interface HeadersFileProblem {
	line: number;
	message: string;
}

/** Cloudflare Pages' documented limits: 100 rules, 2,000 characters a line. */
export const MAX_RULES = 100;
export const MAX_LINE_LENGTH = 2000;

/**
 * Parses a `_headers` file. Comments (`#`) and blank lines are skipped; a line starting with `/`
 * starts a rule; indented `Name: value` lines belong to the rule above; `! Name` detaches.
 */
export function parseHeadersFile(text: string): {
	rules: HeaderRule[];
	problems: HeadersFileProblem[];
} {
	const rules: HeaderRule[] = [];
	const problems: HeadersFileProblem[] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = index + 1;
		if (raw.length > MAX_LINE_LENGTH)
			problems.push({
				line,
				message: `Line is ${raw.length} characters; Cloudflare Pages ignores lines over ${MAX_LINE_LENGTH}.`,
			});
		const trimmed = raw.trim();
		if (trimmed === '' || trimmed.startsWith('#')) return;
		if (trimmed.startsWith('/') || trimmed.startsWith('https://')) {
			if (raw !== trimmed)
				problems.push({ line, message: 'A path must start at the beginning of the line.' });
			rules.push({ pattern: trimmed, line, detach: [], headers: [] });
			return;
		}
		const rule = rules.at(-1);
		if (!rule) {
			problems.push({ line, message: 'A header line must come after a path line.' });
			return;
		}
		if (raw === trimmed)
			problems.push({ line, message: 'Header lines must be indented under their path.' });
		if (trimmed.startsWith('!')) {
			rule.detach.push(trimmed.slice(1).trim().toLowerCase());
			return;
		}
		const colon = trimmed.indexOf(':');
		const name = colon > 0 ? trimmed.slice(0, colon).trim() : '';
		const value = colon > 0 ? trimmed.slice(colon + 1).trim() : '';
		if (!name || !value) {
			problems.push({ line, message: 'Expected “Name: value”.' });
			return;
		}
		rule.headers.push({ name, value, line });
	});
	if (rules.length > MAX_RULES)
		problems.push({
			line: rules[MAX_RULES]?.line ?? 1,
			message: `${rules.length} rules; Cloudflare Pages allows ${MAX_RULES}.`,
		});
	return { rules, problems };
}

/**
 * Whether a rule's pattern matches a URL path. `*` (a splat) matches any run of characters,
 * including none and including slashes; `:name` matches one path segment. Both hosts read
 * patterns this way for the forms used here.
 * @example patternMatches('/admin/*', '/admin/') // true
 */
export function patternMatches(pattern: string, path: string): boolean {
	const pathPattern = pattern.replace(/^https:\/\/[^/]+/, '');
	const source = pathPattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
		)
		.join('');
	return new RegExp(`^${source}$`).test(path);
}

/** How a host combines rules that set the same header on one path. */
export type HeaderSemantics = 'cloudflare' | 'netlify';

/**
 * The headers a path is served with, by lower-case name, following one host's rules
 * (see the comment at the top of this file).
 */
export function headersForPath(
	rules: readonly HeaderRule[],
	path: string,
	semantics: HeaderSemantics = 'cloudflare',
): Map<string, string> {
	const result = new Map<string, string>();
	for (const rule of rules) {
		if (!patternMatches(rule.pattern, path)) continue;
		if (semantics === 'cloudflare') for (const name of rule.detach) result.delete(name);
		// Within one rule both hosts join repeated names with ", ".
		const own = new Map<string, string>();
		for (const { name, value } of rule.headers) {
			const key = name.toLowerCase();
			own.set(key, own.has(key) ? `${own.get(key)}, ${value}` : value);
		}
		for (const [key, value] of own) {
			const earlier = result.get(key);
			result.set(
				key,
				semantics === 'cloudflare' && earlier !== undefined ? `${earlier}, ${value}` : value,
			);
		}
	}
	return result;
}

/**
 * Paths whose headers differ between Cloudflare Pages and Netlify, with the first header that
 * differs: a rule that overrides a header without detaching it first.
 */
export function portabilityProblems(
	rules: readonly HeaderRule[],
	paths: readonly string[],
): string[] {
	const problems: string[] = [];
	for (const path of paths) {
		const cloudflare = headersForPath(rules, path, 'cloudflare');
		const netlify = headersForPath(rules, path, 'netlify');
		const names = new Set([...cloudflare.keys(), ...netlify.keys()]);
		for (const name of names) {
			if (cloudflare.get(name) !== netlify.get(name)) {
				problems.push(
					`${path}: “${name}” would be “${cloudflare.get(name) ?? '(none)'}” on Cloudflare Pages but “${netlify.get(name) ?? '(none)'}” on Netlify; add “! ${name}” before overriding it.`,
				);
				break;
			}
		}
	}
	return problems;
}
