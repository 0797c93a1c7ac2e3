// Decap CMS (3.x) has a bug in nested collections with `subfolders: false`: a new page's file name
// is made from its title without the check that makes names unique, so a new page titled "Budget"
// in the folder "about" is written over content/pages/about/budget.md (issue 10). The local editing
// server refuses such a save; this is the same rule in the admin itself, so it also holds with the
// GitHub backend on the live site, where every published page is on the site already.

/**
 * The site address Decap will give a new page: its folder, then its title in lowercase with
 * every run of other characters made one hyphen (Decap's own rule for these file names).
 * @example newPageAddress('about', 'Budget 2025/26') // '/about/budget-2025-26/'
 */
export function newPageAddress(folder: string, title: string): string {
	const name = title
		.toLowerCase()
		.trim()
		.replace(/[^\p{L}\p{N}._~]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	const path = folder.split('/').filter((part) => part !== '' && part !== '.');
	return `/${[...path, name || 'untitled'].join('/')}/`;
}

/** What the editor is told when the page already exists, in words they can act on. */
export function pageExistsMessage(address: string): string {
	return `A page already exists at ${address}. Choose another title, or open that page from the list to change it.`;
}
