// Requests as the real Decap admin sends them to the local content server, for the server's tests.

/**
 * A persistEntry body shaped as the real admin sends it. Logged from Pages → new page, folder
 * “about”, title “Budget” (tests/e2e/cms.spec.ts asserts the same): dataFiles [{ slug:
 * 'about/budget-1', path: 'content/pages/about/budget.md', raw }], assets [], options { newEntry:
 * true, hasSubfolders: false, collectionName: 'pages', commitMessage, useWorkflow: false, status:
 * 'draft', unpublished: false }, and `branch` both inside params and at the top.
 */
export function persistEntry(dataFiles: object[], options: object = {}, assets: object[] = []) {
	return {
		action: 'persistEntry',
		params: {
			dataFiles,
			assets,
			options: {
				newEntry: false,
				hasSubfolders: false,
				collectionName: 'pages',
				commitMessage: 'Update Page “x”',
				useWorkflow: false,
				status: 'draft',
				unpublished: false,
				...options,
			},
			branch: 'main',
		},
		branch: 'main',
	};
}
