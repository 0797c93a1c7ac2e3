/**
 * Which built files Pagefind reads. Pagefind parses every HTML file it is given before it knows
 * whether the page is indexed, and its time grows with the bytes it parses (bench/results.md,
 * “Indexing”): at 4,000 synthetic entries, the briefings' presenter notes and record sheets and
 * the briefing filter pages are a third of all HTML, and none of them is ever indexed. So the
 * glob lists the site's top-level folders (read from dist/, so a new section is included
 * without a change here) and leaves out the parts that never carry `data-pagefind-body`.
 * src/tools/index-search.ts then checks that Pagefind indexed every page that does.
 */

/** Top-level folders with no indexed page: the CMS, the A to Z, the search page, built assets. */
export const NEVER_INDEXED_FOLDERS: readonly string[] = [
	'_astro',
	'a-z',
	'admin',
	'pagefind',
	'search',
];

/**
 * Folders whose pages below `<folder>/<entry>/` are never indexed: a briefing's presenter notes
 * and record sheet (/briefings/<id>/presenter/) and the briefing filter pages
 * (/briefings/theme/neglect/). The folder's own index and its entries are read as usual.
 */
export const TWO_LEVELS_ONLY: readonly string[] = ['briefings'];

/**
 * The `--glob` for Pagefind, relative to dist/, from the names of dist's top-level folders.
 * @example searchIndexGlob(['about', 'briefings', 'admin']) // '{*.html,about/**\/*.html,briefings/index.html,briefings/*\/index.html}'
 */
export function searchIndexGlob(topLevelFolders: readonly string[]): string {
	const parts = ['*.html'];
	for (const folder of [...topLevelFolders].sort()) {
		if (NEVER_INDEXED_FOLDERS.includes(folder) || !/^[a-z0-9_-]+$/.test(folder)) continue;
		if (TWO_LEVELS_ONLY.includes(folder))
			parts.push(`${folder}/index.html`, `${folder}/*/index.html`);
		else parts.push(`${folder}/**/*.html`);
	}
	return `{${parts.join(',')}}`;
}
