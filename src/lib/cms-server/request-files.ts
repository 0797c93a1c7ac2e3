// Lists the files a checked CMS request would touch, and how, so that the access rules and the
// overwrite check see every path in one place, whatever the action calls it
// (`path`, `folder`, `mediaFolder`, `files[].path`, `dataFiles[].newPath`, `paths[]`, …).
import type { CmsRequest } from './request-shape.ts';

/** A file an entry save writes, and where it then moves it (a change of folder). */
export interface EntryFileWrite {
	path: string;
	newPath?: string;
}

/** Every path a request names, as sent (not yet normalised), grouped by what is done to it. */
export interface RequestFiles {
	/** Files and folders read. */
	reads: string[];
	/** Entry files saved (and maybe moved). */
	entries: EntryFileWrite[];
	/** Uploads saved. */
	uploads: string[];
	/** Files deleted (entries or uploads). */
	deletes: string[];
	/** Whether the entry is new, for `persistEntry`: a new entry must not replace a file. */
	newEntry: boolean;
	/** The collection saved to, when the request says (`persistEntry`). */
	collectionName?: string;
	/** Whether a move takes the whole folder along (decap-server's default), for `persistEntry`. */
	movesWholeFolder: boolean;
}

/** What a request touches. */
export function filesOfRequest(request: CmsRequest): RequestFiles {
	const files: RequestFiles = {
		reads: [],
		entries: [],
		uploads: [],
		deletes: [],
		newEntry: false,
		movesWholeFolder: false,
	};
	switch (request.action) {
		case 'info':
		case 'getDeployPreview':
			break;
		case 'entriesByFolder':
			files.reads.push(request.params.folder);
			break;
		case 'entriesByFiles':
			files.reads.push(...request.params.files.map((file) => file.path));
			break;
		case 'getEntry':
		case 'getMediaFile':
			files.reads.push(request.params.path);
			break;
		case 'getMedia':
			files.reads.push(request.params.mediaFolder);
			break;
		case 'persistEntry': {
			const { entry, dataFiles, assets, options } = request.params;
			files.entries.push(
				...(dataFiles ?? (entry ? [entry] : [])).map(({ path, newPath }) =>
					newPath === undefined ? { path } : { path, newPath },
				),
			);
			files.uploads.push(...assets.map((asset) => asset.path));
			files.newEntry = options.newEntry;
			files.collectionName = options.collectionName;
			files.movesWholeFolder = options.hasSubfolders !== false;
			break;
		}
		case 'persistMedia':
			files.uploads.push(request.params.asset.path);
			break;
		case 'deleteFile':
			files.deletes.push(request.params.path);
			break;
		case 'deleteFiles':
			files.deletes.push(...request.params.paths);
			break;
	}
	return files;
}
