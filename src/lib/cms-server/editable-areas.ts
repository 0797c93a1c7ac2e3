// Where the content editor may write, read from the Decap config the admin itself uses
// (cms/config.yml), so the server and the admin can never disagree about folders.
import { parse } from 'yaml';
import { normaliseRepoPath, type RepoPath } from './repo-path.ts';

/** One folder collection: where its entries live and where their uploads go. */
export interface EditableCollection {
	/** Decap's collection name, e.g. `pages`. */
	name: string;
	/** Label for one entry, as editors see it, e.g. `Page`. */
	labelSingular: string;
	/** The entries' folder, e.g. `content/pages`. */
	folder: RepoPath;
	/** The only file extension the CMS writes there, without the dot, e.g. `md`. */
	extension: string;
	/**
	 * Uploads for this collection: a folder name next to each entry (`images` gives
	 * `content/pages/about/images/`), or a project path when the config starts it with `/`.
	 */
	mediaFolder?: { nextToEntry: string } | { path: RepoPath };
}

/** Everything the content editor may change. */
export interface EditableAreas {
	collections: EditableCollection[];
	/** The site-wide media folder, e.g. `public/uploads`. */
	mediaFolder: RepoPath;
}

interface DecapCollectionConfig {
	name?: unknown;
	label?: unknown;
	label_singular?: unknown;
	folder?: unknown;
	extension?: unknown;
	media_folder?: unknown;
}

/** A config value that must be a project path; throws naming the key when it is not. */
function configPath(value: unknown, key: string): RepoPath {
	if (typeof value !== 'string') throw new Error(`cms/config.yml: ${key} must be a folder path.`);
	const normalised = normaliseRepoPath(value);
	if (!normalised.ok) throw new Error(`cms/config.yml: ${key} ${normalised.problem}.`);
	return normalised.path;
}

/**
 * Reads the editable folders from the Decap config text. Only folder collections are
 * editable: a `files` collection has no folder, so the server would refuse its saves
 * (none exists today; add its files here if one is ever configured).
 * @example editableAreas('media_folder: public/uploads\ncollections: []\n') // { collections: [], mediaFolder: 'public/uploads' }
 */
export function editableAreas(configText: string): EditableAreas {
	const config = parse(configText) as { media_folder?: unknown; collections?: unknown } | null;
	if (!config || typeof config !== 'object')
		throw new Error('cms/config.yml is not a YAML mapping.');
	const collections: EditableCollection[] = [];
	for (const raw of Array.isArray(config.collections)
		? (config.collections as DecapCollectionConfig[])
		: []) {
		if (raw.folder === undefined) continue;
		const name = String(raw.name);
		const mediaFolder = typeof raw.media_folder === 'string' ? raw.media_folder : undefined;
		collections.push({
			name,
			labelSingular: String(raw.label_singular ?? raw.label ?? name),
			folder: configPath(raw.folder, `collection “${name}” folder`),
			// Decap's default when a collection names none.
			extension: typeof raw.extension === 'string' ? raw.extension : 'md',
			mediaFolder:
				mediaFolder === undefined
					? undefined
					: mediaFolder.startsWith('/')
						? { path: configPath(mediaFolder.slice(1), `collection “${name}” media_folder`) }
						: { nextToEntry: configPath(mediaFolder, `collection “${name}” media_folder`) },
		});
	}
	return { collections, mediaFolder: configPath(config.media_folder, 'media_folder') };
}
