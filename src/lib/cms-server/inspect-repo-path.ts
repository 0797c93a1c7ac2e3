// What is on disk at a path the CMS wants to use. decap-server follows symbolic links and creates
// missing folders as it writes, so a link inside content/ (to src/, say) or a file where a folder
// should be would let a save land elsewhere or fail half-way; the guard looks first.
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { RepoPath } from './repo-path.ts';

/** What a path is now: nothing yet, a file, a folder, or something the CMS must not use. */
export type PathState =
	{ kind: 'missing' | 'file' | 'folder' } | { kind: 'unsafe'; problem: string };

/**
 * Looks at each segment of a canonical project path, from the root down (the root itself may be a
 * link, e.g. a temporary folder). Any symbolic link on the way, or a file standing where a folder
 * is needed, makes the path unsafe.
 */
export function inspectRepoPath(root: string, path: RepoPath): PathState {
	const segments = path.split('/');
	let current = root;
	for (const [index, segment] of segments.entries()) {
		current = join(current, segment);
		const shown = segments.slice(0, index + 1).join('/');
		let stats;
		try {
			stats = lstatSync(current);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ENOENT') return { kind: 'missing' };
			throw error;
		}
		if (stats.isSymbolicLink())
			return {
				kind: 'unsafe',
				problem: `“${shown}” is a symbolic link, which the content editor does not follow`,
			};
		const last = index === segments.length - 1;
		if (!last && !stats.isDirectory())
			return { kind: 'unsafe', problem: `“${shown}” is a file, so “${path}” cannot be inside it` };
		if (last) {
			if (stats.isDirectory()) return { kind: 'folder' };
			if (stats.isFile()) return { kind: 'file' };
			return { kind: 'unsafe', problem: `“${shown}” is not a regular file` };
		}
	}
	return { kind: 'missing' }; // unreachable: a canonical path has at least one segment
}
