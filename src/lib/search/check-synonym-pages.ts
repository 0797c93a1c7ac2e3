/**
 * Checks that every entry in the synonyms collection points at a page the site builds and the
 * search indexes. A mistyped `page` would otherwise drop its words silently: the search would just
 * get worse. Run after the build (src/integrations/synonym-pages-check.ts), which fails on a problem.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseEntryFile } from '../content-check/parse-entry-file.ts';
import { normalisePath } from './search-keywords.ts';

/** One synonyms file whose page is missing or not searchable. */
export interface SynonymPageProblem {
	/** The synonyms file, relative to the repository root. */
	file: string;
	page: string;
	reason: string;
}

/** The `page` and `draft` of each synonyms file under `folder`, read as Astro reads YAML. */
export function readSynonymPages(
	root: string,
	folder: string,
): { file: string; page: string; draft: boolean }[] {
	const base = join(root, folder);
	if (!existsSync(base)) return [];
	return readdirSync(base, { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile() && dirent.name.endsWith('.yaml'))
		.map((dirent) => join(dirent.parentPath, dirent.name))
		.sort()
		.map((path) => {
			const { data } = parseEntryFile(readFileSync(path, 'utf8'), 'data');
			const fields = (data ?? {}) as { page?: unknown; draft?: unknown };
			return {
				file: relative(root, path).split(sep).join('/'),
				page: String(fields.page ?? ''),
				draft: fields.draft === true,
			};
		});
}

/**
 * The problems with each entry's page in a built site: `pageHtml(path)` returns the built HTML of
 * a site path, or undefined when the build has no such page. Drafts are not checked.
 */
export function findSynonymPageProblems(
	entries: readonly { file: string; page: string; draft: boolean }[],
	pageHtml: (path: string) => string | undefined,
): SynonymPageProblem[] {
	return entries
		.filter((entry) => !entry.draft)
		.flatMap((entry) => {
			const html = pageHtml(normalisePath(entry.page));
			if (html === undefined)
				return [{ file: entry.file, page: entry.page, reason: 'no page has this address' }];
			if (!/\sdata-pagefind-body[\s=>]/.test(html))
				return [
					{ file: entry.file, page: entry.page, reason: 'this page is left out of the search' },
				];
			return [];
		});
}
