// The guard's decision for one request body: pass it on to decap-server, or refuse it with the
// HTTP status and the message the admin shows. Shape first (400), then every path against the
// access rules and the disk (403), then overwrites (409). Nothing is written before the answer.
import type { EditableAreas } from './editable-areas.ts';
import {
	deleteProblem,
	entryWriteProblem,
	mediaWriteProblem,
	readProblem,
} from './file-access-rules.ts';
import type { PathState } from './inspect-repo-path.ts';
import { findOverwrites, overwriteMessage, type ExistingKind } from './overwrite-conflicts.ts';
import { normaliseRepoPath, type RepoPath } from './repo-path.ts';
import { filesOfRequest } from './request-files.ts';
import { parseCmsRequest, type CmsRequest } from './request-shape.ts';

/** Pass the request on, or refuse it. */
export type Review =
	| { verdict: 'forward'; request: CmsRequest }
	| { verdict: 'refuse'; status: 400 | 403 | 409; error: string };

/** What the review needs to know about the project. */
export interface ReviewContext {
	areas: EditableAreas;
	/** What is on disk at a canonical path (inspectRepoPath bound to the project root). */
	inspect: (path: RepoPath) => PathState;
}

const refuse = (status: 400 | 403 | 409, error: string): Review => ({
	verdict: 'refuse',
	status,
	error,
});

/** Reviews one parsed JSON request body. */
export function reviewCmsRequest(body: unknown, { areas, inspect }: ReviewContext): Review {
	const parsed = parseCmsRequest(body);
	if (!parsed.ok) return refuse(400, parsed.problem);
	const files = filesOfRequest(parsed.request);

	const problems: string[] = [];
	/** The canonical path when the rule and the disk both allow it; otherwise notes why and gives undefined. */
	const check = (
		path: string,
		rule: (path: RepoPath, areas: EditableAreas) => string | undefined,
	): RepoPath | undefined => {
		const normalised = normaliseRepoPath(path);
		if (!normalised.ok) {
			problems.push(`The path ${normalised.problem}.`);
			return undefined;
		}
		const ruleProblem = rule(normalised.path, areas);
		if (ruleProblem !== undefined) {
			problems.push(ruleProblem);
			return undefined;
		}
		const state = inspect(normalised.path);
		if (state.kind === 'unsafe') {
			problems.push(`${state.problem}.`);
			return undefined;
		}
		return normalised.path;
	};

	for (const path of files.reads) check(path, readProblem);
	for (const path of files.uploads) check(path, mediaWriteProblem);
	for (const path of files.deletes) check(path, deleteProblem);
	const entries: { path: RepoPath; newPath?: RepoPath }[] = [];
	for (const entry of files.entries) {
		const path = check(entry.path, entryWriteProblem);
		const newPath =
			entry.newPath === undefined ? undefined : check(entry.newPath, entryWriteProblem);
		if (path !== undefined) entries.push(newPath === undefined ? { path } : { path, newPath });
	}
	if (problems.length > 0) {
		const others = problems.length - 1;
		return refuse(
			403,
			others === 0
				? (problems[0] ?? '')
				: `${problems[0]} (${others} more path${others > 1 ? 's' : ''} refused as well.)`,
		);
	}

	if (files.movesWholeFolder && entries.some((entry) => entry.newPath !== undefined)) {
		// decap-server would move every file in the entry's folder along with it (sibling pages included).
		return refuse(
			400,
			'Moving an entry together with its whole folder is not supported: the request must set options.hasSubfolders to false.',
		);
	}
	// An unsafe path was refused above, so only missing, file and folder remain.
	const existing = (path: RepoPath): ExistingKind => {
		const state = inspect(path);
		return state.kind === 'unsafe' ? 'file' : state.kind;
	};
	const [overwrite] = findOverwrites(entries, files.newEntry, existing);
	if (overwrite) {
		const collection = areas.collections.find(
			(candidate) => candidate.name === files.collectionName,
		);
		return refuse(409, overwriteMessage(overwrite, collection?.labelSingular));
	}
	return { verdict: 'forward', request: parsed.request };
}
