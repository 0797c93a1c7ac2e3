// The shape of each request the Decap admin sends to its local backend (decap-cms-backend-proxy),
// checked before anything reaches decap-server: a malformed request gets a clear 400 here instead of
// an unhandled error there (a `newPath` decap-server could not move once stopped it for good).
// Shapes follow decap-server 3.11's own Joi schema (src/middlewares/joi/index.ts) for the actions
// its file-system mode handles; unknown keys are allowed, as there.
import { z } from 'astro/zod';

const FilePath = z.string().min(1).max(1024);
const CommitOptions = z.looseObject({ commitMessage: z.string() });

/** One file of an entry: written at `path`, then moved to `newPath` when the entry moves folder. */
const DataFile = z.looseObject({
	slug: z.string(),
	path: FilePath,
	raw: z.string(),
	newPath: FilePath.optional(),
});
/** An upload, base64-encoded. */
const Asset = z.looseObject({ path: FilePath, content: z.string(), encoding: z.literal('base64') });

const PersistEntryParams = z
	.looseObject({
		// `entry` is decap-server's older single-file form; the admin sends `dataFiles`.
		entry: DataFile.optional(),
		dataFiles: z.array(DataFile).min(1).optional(),
		assets: z.array(Asset),
		options: z.looseObject({
			// Decap sets it on every save: true when the editor created the entry (the overwrite check needs it).
			newEntry: z.boolean(),
			// false for nested collections without subfolders; otherwise decap-server moves a whole folder.
			hasSubfolders: z.boolean().optional(),
			collectionName: z.string().optional(),
			commitMessage: z.string(),
			useWorkflow: z.boolean(),
			status: z.string(),
		}),
	})
	.refine((params) => (params.entry === undefined) !== (params.dataFiles === undefined), {
		message: 'needs either “entry” or “dataFiles”, not both',
	});

const CmsRequestSchema = z.discriminatedUnion('action', [
	z.looseObject({ action: z.literal('info') }),
	z.looseObject({
		action: z.literal('entriesByFolder'),
		params: z.looseObject({
			folder: FilePath,
			extension: z.string(),
			depth: z.number().int().min(0).max(100),
		}),
	}),
	z.looseObject({
		action: z.literal('entriesByFiles'),
		params: z.looseObject({
			files: z.array(z.looseObject({ path: FilePath, label: z.string().optional() })),
		}),
	}),
	z.looseObject({ action: z.literal('getEntry'), params: z.looseObject({ path: FilePath }) }),
	z.looseObject({
		action: z.literal('getMedia'),
		params: z.looseObject({ mediaFolder: FilePath }),
	}),
	z.looseObject({ action: z.literal('getMediaFile'), params: z.looseObject({ path: FilePath }) }),
	z.looseObject({ action: z.literal('persistEntry'), params: PersistEntryParams }),
	z.looseObject({
		action: z.literal('persistMedia'),
		params: z.looseObject({ asset: Asset, options: CommitOptions }),
	}),
	z.looseObject({
		action: z.literal('deleteFile'),
		params: z.looseObject({ path: FilePath, options: CommitOptions }),
	}),
	z.looseObject({
		action: z.literal('deleteFiles'),
		params: z.looseObject({ paths: z.array(FilePath).min(1), options: CommitOptions }),
	}),
	z.looseObject({
		action: z.literal('getDeployPreview'),
		params: z.looseObject({ collection: z.string(), slug: z.string() }),
	}),
]);

/** A request whose shape has been checked. */
export type CmsRequest = z.infer<typeof CmsRequestSchema>;

/** Actions that change files. The server runs them one at a time, so a check and its write cannot interleave with another save. */
export const WRITE_ACTIONS: ReadonlySet<string> = new Set([
	'persistEntry',
	'persistMedia',
	'deleteFile',
	'deleteFiles',
]);

const ACTIONS: ReadonlySet<string> = new Set(
	CmsRequestSchema.options.map((option) => option.shape.action.value),
);

// decap-server's editorial-workflow actions: only its git mode has them, and it must never run
// locally (it commits with `git add .`; see the stack notes).
const WORKFLOW_ACTIONS = new Set([
	'unpublishedEntries',
	'unpublishedEntry',
	'unpublishedEntryDataFile',
	'unpublishedEntryMediaFile',
	'deleteUnpublishedEntry',
	'updateUnpublishedEntryStatus',
	'publishUnpublishedEntry',
]);

/** The checked request, or a one-line reason it was refused. */
export type ParsedRequest = { ok: true; request: CmsRequest } | { ok: false; problem: string };

/**
 * Checks a parsed JSON body against the shape of its action.
 * @example parseCmsRequest({ action: 'getEntry', params: {} }) // { ok: false, problem: 'The getEntry request is malformed: params.path: …' }
 */
export function parseCmsRequest(body: unknown): ParsedRequest {
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		return { ok: false, problem: 'The request must be a JSON object with an “action”.' };
	const action = (body as { action?: unknown }).action;
	if (typeof action !== 'string') return { ok: false, problem: 'The request has no “action”.' };
	if (WORKFLOW_ACTIONS.has(action))
		return {
			ok: false,
			problem: `“${action}” needs the review workflow, which the local content server does not have.`,
		};
	if (!ACTIONS.has(action))
		return { ok: false, problem: `Unknown action “${action.slice(0, 60)}”.` };
	const result = CmsRequestSchema.safeParse(body);
	if (result.success) return { ok: true, request: result.data };
	const details = result.error.issues
		.slice(0, 3)
		.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`);
	return { ok: false, problem: `The ${action} request is malformed: ${details.join('; ')}.` };
}
