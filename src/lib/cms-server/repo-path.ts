// Turns a path from a CMS request into one canonical form, so that every rule after it compares
// like with like: "content/./pages//a.md" and "content/pages/a.md" are the same file, and nothing
// can reach outside the project or into hidden folders such as .git by spelling a path oddly.

/** A path relative to the project root, with forward slashes and no `.`, `..` or empty segments. */
export type RepoPath = string;

/** The canonical path, or why the request's path cannot be one. */
export type NormalisedPath = { ok: true; path: RepoPath } | { ok: false; problem: string };

/**
 * Normalises a project-relative path from a CMS request. Refuses, rather than repairs, anything
 * that only an attacker or a bug would send: absolute paths, `..`, backslashes, NUL, and hidden
 * names (`.git`, `.env`, `.htaccess`), which the site never stores content in.
 * @example normaliseRepoPath('content/./pages//about.md') // { ok: true, path: 'content/pages/about.md' }
 * @example normaliseRepoPath('content/../package.json') // { ok: false, problem: '… goes up a folder (“..”)' }
 */
export function normaliseRepoPath(input: string): NormalisedPath {
	const shown = JSON.stringify(input);
	if (input.includes('\0')) return { ok: false, problem: `${shown} contains a NUL character` };
	if (input.includes('\\'))
		return { ok: false, problem: `${shown} uses backslashes; paths use “/”` };
	if (input.startsWith('/') || /^[A-Za-z]:/.test(input))
		return {
			ok: false,
			problem: `${shown} is an absolute path; paths are relative to the project`,
		};
	const segments = input.split('/').filter((segment) => segment !== '' && segment !== '.');
	if (segments.includes('..')) return { ok: false, problem: `${shown} goes up a folder (“..”)` };
	if (segments.length === 0) return { ok: false, problem: `${shown} names no file` };
	const hidden = segments.find((segment) => segment.startsWith('.'));
	if (hidden) return { ok: false, problem: `${shown} names a hidden file or folder (“${hidden}”)` };
	return { ok: true, path: segments.join('/') };
}

/** Whether `path` is `folder` itself or inside it (both canonical). */
export function isInsideFolder(path: RepoPath, folder: RepoPath): boolean {
	return path === folder || path.startsWith(`${folder}/`);
}
