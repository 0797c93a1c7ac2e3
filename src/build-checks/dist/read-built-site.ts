// The one reader of the built site. Every check of dist/ (html-validate, links, budgets, headers,
// page facts) and every test of the built pages reads the folder through this: each file is listed
// once, and each HTML page is read once and parsed once, with parse5, into a tree they all share.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { pagePath } from './page-path.ts';

/** A parsed HTML document (parse5's default tree). */
export type HtmlDocument = DefaultTreeAdapterTypes.Document;

/** One built HTML page. */
export interface BuiltPage {
	/** Relative to the build folder, with `/`, e.g. `about/index.html`. */
	file: string;
	/** Its URL path, e.g. `/about/`. */
	path: string;
	/** The file's text as built. */
	html: string;
	/** The page parsed once (see `parseBuiltHtml`). */
	document: HtmlDocument;
}

/** The built site: every file, every page, and read access to the rest. */
export interface BuiltSite {
	/** The build folder, absolute. */
	root: string;
	/** Every file in it, relative with `/` (pages included). */
	files: ReadonlySet<string>;
	/** Every `.html` file, by its relative path, in sorted order. */
	pages: ReadonlyMap<string, BuiltPage>;
	/** The bytes of a built file (read once, then kept), or undefined when there is no such file. */
	read(file: string): Buffer | undefined;
}

/**
 * Parses built HTML the way every check expects: scripting off, so `<noscript>` contents are
 * elements (a CSP applies to their styles; links in them must work), with source locations, so
 * problems name a line. Checks that want scripting on (the budgets) skip `<noscript>` themselves.
 */
export function parseBuiltHtml(html: string): HtmlDocument {
	return parse(html, { scriptingEnabled: false, sourceCodeLocationInfo: true });
}

/** An HTML string parsed with `parseBuiltHtml`, or a document already parsed by the reader. */
export function asDocument(input: string | HtmlDocument): HtmlDocument {
	return typeof input === 'string' ? parseBuiltHtml(input) : input;
}

/** Thrown when there is no built site to read: the fix is to build, never to skip. */
export class NoBuiltSiteError extends Error {}

/**
 * Lists and reads the build folder. Throws `NoBuiltSiteError` when it has no `index.html`:
 * nothing that reads dist/ ever builds it (`npm test` builds once, first).
 */
export function readBuiltSite(folder = 'dist'): BuiltSite {
	const root = resolve(folder);
	if (!existsSync(join(root, 'index.html'))) {
		throw new NoBuiltSiteError(
			`No built site in “${folder}” (no index.html). Run \`npm run build\` first.`,
		);
	}
	const files = new Set(
		readdirSync(root, { recursive: true, withFileTypes: true })
			.filter((dirent) => dirent.isFile())
			.map((dirent) => relative(root, join(dirent.parentPath, dirent.name)).split(sep).join('/'))
			.sort(),
	);
	const cache = new Map<string, Buffer>();
	const read = (file: string) => {
		if (!files.has(file)) return undefined;
		let bytes = cache.get(file);
		if (!bytes) cache.set(file, (bytes = readFileSync(join(root, file))));
		return bytes;
	};
	const pages = new Map<string, BuiltPage>();
	for (const file of files) {
		if (!file.endsWith('.html')) continue;
		const html = readFileSync(join(root, file), 'utf8');
		pages.set(file, { file, path: pagePath(file), html, document: parseBuiltHtml(html) });
	}
	return { root, files, pages, read };
}
