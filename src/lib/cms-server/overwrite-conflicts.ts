// A save must never replace a file it was not opened from. Decap's admin can ask for that: a new
// page in a nested collection (`subfolders: false`) gets its file name from the title without
// checking the folder, so Pages → new page, folder “about”, title “Budget” would overwrite
// content/pages/about/budget.md. The guard refuses such a save before anything is written.
import type { RepoPath } from './repo-path.ts';

/** What is at a path now, as far as overwriting goes. */
export type ExistingKind = 'missing' | 'file' | 'folder';

/** A save that would replace something. */
export interface Overwrite {
	/** The path that is already taken. */
	path: RepoPath;
	/** `new-entry`: a new entry's file; `move`: where an entry would move to; `folder`: a folder is in the way. */
	reason: 'new-entry' | 'move' | 'folder';
}

/**
 * The paths an entry save would overwrite. A new entry may not replace any file; an existing entry
 * may be saved over itself but not moved onto another file; nothing may be written over a folder.
 */
export function findOverwrites(
	entries: readonly { path: RepoPath; newPath?: RepoPath }[],
	newEntry: boolean,
	existing: (path: RepoPath) => ExistingKind,
): Overwrite[] {
	const overwrites: Overwrite[] = [];
	const check = (path: RepoPath, reasonForFile: Overwrite['reason'] | undefined) => {
		const kind = existing(path);
		if (kind === 'folder') overwrites.push({ path, reason: 'folder' });
		else if (kind === 'file' && reasonForFile) overwrites.push({ path, reason: reasonForFile });
	};
	for (const { path, newPath } of entries) {
		check(path, newEntry ? 'new-entry' : undefined);
		if (newPath !== undefined && newPath !== path) check(newPath, 'move');
	}
	return overwrites;
}

/** “a page”, “an event”: the label as editors see it, lower-cased, with its article. */
function withArticle(labelSingular: string): string {
	const noun = labelSingular.toLowerCase();
	return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * What the editor reads in the admin's error message. Says what happened, that nothing was
 * changed, and what to do instead.
 * @example overwriteMessage({ path: 'content/pages/about/budget.md', reason: 'new-entry' }, 'Page')
 * // "A page already exists at content/pages/about/budget.md. Choose another title, or open that page to edit it. Nothing was saved."
 */
export function overwriteMessage(overwrite: Overwrite, labelSingular = 'Entry'): string {
	const entry = withArticle(labelSingular);
	const capitalised = entry.charAt(0).toUpperCase() + entry.slice(1);
	const that = `that ${labelSingular.toLowerCase()}`;
	switch (overwrite.reason) {
		case 'new-entry':
			return `${capitalised} already exists at ${overwrite.path}. Choose another title, or open ${that} to edit it. Nothing was saved.`;
		case 'move':
			return `${capitalised} already exists at ${overwrite.path}. Choose another folder or title, or open ${that} to edit it. Nothing was saved.`;
		case 'folder':
			return `There is a folder at ${overwrite.path}, so ${entry} cannot be saved there. Choose another title. Nothing was saved.`;
	}
}
