// Which files a CMS request may read, save or delete. The admin only ever needs its collections'
// entries and their uploads; anything else (package.json, src/, .git/hooks) could run code at the
// next build, so it is refused whatever the request says. All paths here are canonical
// (normaliseRepoPath) and relative to the project root.
import type { EditableAreas, EditableCollection } from './editable-areas.ts';
import { isInsideFolder, type RepoPath } from './repo-path.ts';

/**
 * The upload types the site can use: images, which Astro resizes or serves as they are. Scripts,
 * HTML and SVG (which can carry script) never go in through the CMS.
 */
export const UPLOAD_EXTENSIONS: readonly string[] = ['avif', 'gif', 'jpeg', 'jpg', 'png', 'webp'];

const extensionOf = (path: RepoPath) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
const parentOf = (path: RepoPath) => path.slice(0, Math.max(path.lastIndexOf('/'), 0));

/** Folders the CMS reads from: every collection folder and media folder. */
function readableFolders(areas: EditableAreas): RepoPath[] {
	const folders: RepoPath[] = [];
	for (const collection of areas.collections) {
		folders.push(collection.folder);
		if (collection.mediaFolder && 'path' in collection.mediaFolder)
			folders.push(collection.mediaFolder.path);
	}
	return [...folders, areas.mediaFolder];
}

/** "content/ and public/uploads/": the top folders of everything editable, for messages. */
function editableSummary(areas: EditableAreas): string {
	const tops = [
		...new Set(
			readableFolders(areas).map((folder) =>
				folder.startsWith('content/') ? 'content/' : `${folder}/`,
			),
		),
	];
	return tops.length > 1
		? `${tops.slice(0, -1).join(', ')} and ${tops.at(-1)}`
		: (tops[0] ?? 'no folder');
}

const outside = (path: RepoPath, areas: EditableAreas) =>
	`“${path}” is not content: the local content server only changes entries and uploads under ${editableSummary(areas)}.`;

/** The collection whose folder holds `path` (not the folder itself), if any. */
function collectionHolding(path: RepoPath, areas: EditableAreas): EditableCollection | undefined {
	return areas.collections.find(
		(collection) => path !== collection.folder && isInsideFolder(path, collection.folder),
	);
}

/** Why the CMS may not read `path` (a file or folder), or undefined when it may. */
export function readProblem(path: RepoPath, areas: EditableAreas): string | undefined {
	return readableFolders(areas).some((folder) => isInsideFolder(path, folder))
		? undefined
		: outside(path, areas);
}

/** Why the CMS may not save an entry at `path`, or undefined when it may. */
export function entryWriteProblem(path: RepoPath, areas: EditableAreas): string | undefined {
	const collection = collectionHolding(path, areas);
	if (!collection) return outside(path, areas);
	if (extensionOf(path) !== collection.extension) {
		return `“${path}” cannot be saved: ${collection.labelSingular} entries are .${collection.extension} files.`;
	}
	return undefined;
}

/** Whether `path` is in an upload folder: the site-wide one or a collection's. */
function isInMediaFolder(path: RepoPath, areas: EditableAreas): boolean {
	if (isInsideFolder(path, areas.mediaFolder)) return true;
	return areas.collections.some(({ folder, mediaFolder }) => {
		if (!mediaFolder) return false;
		if ('path' in mediaFolder) return isInsideFolder(path, mediaFolder.path);
		// Next to the entry: content/pages/about/images/x.jpg for an entry in content/pages/about/.
		const parent = parentOf(path);
		return isInsideFolder(parent, folder) && parent.endsWith(`/${mediaFolder.nextToEntry}`);
	});
}

/** Why the CMS may not save an upload at `path`, or undefined when it may. */
export function mediaWriteProblem(path: RepoPath, areas: EditableAreas): string | undefined {
	if (!isInMediaFolder(path, areas)) {
		return collectionHolding(path, areas)
			? `“${path}” cannot be saved: uploads go in a media folder.`
			: outside(path, areas);
	}
	if (!UPLOAD_EXTENSIONS.includes(extensionOf(path))) {
		return `“${path}” cannot be uploaded: only images (${UPLOAD_EXTENSIONS.map((extension) => `.${extension}`).join(', ')}) can.`;
	}
	return undefined;
}

/** Why the CMS may not delete `path` (an entry or an upload), or undefined when it may. */
export function deleteProblem(path: RepoPath, areas: EditableAreas): string | undefined {
	const asEntry = entryWriteProblem(path, areas);
	if (asEntry === undefined || mediaWriteProblem(path, areas) === undefined) return undefined;
	return asEntry.replace('cannot be saved', 'cannot be deleted');
}
