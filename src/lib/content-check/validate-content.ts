import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { COLLECTIONS, type RegisteredCollection } from '../../schemas/collections.ts';
import { checkEntryFile, type ContentProblem, type ReferenceUse } from './check-entry-file.ts';

export { describeValue, type ContentProblem } from './check-entry-file.ts';

/** Entry ids as Astro's glob loader makes them: the path under the folder, without extension or a trailing /index. */
export function entryIdFor(folder: string, file: string): string {
	return relative(folder, file)
		.split(sep)
		.join('/')
		.replace(/\.[^./]+$/, '')
		.replace(/\/index$/, '');
}

const VALID_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;

/** Files that may sit beside entries: images an entry shows (the CMS uploads them into `images/`). */
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg']);

function listFiles(folder: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile())
		.map((dirent) => join(dirent.parentPath, dirent.name))
		.sort();
}

/** Why a file in a collection's folder is not read as an entry, or undefined when it is an entry or an image. */
function strayFileProblem(path: string, definition: RegisteredCollection): string | undefined {
	const extension = extname(path).toLowerCase();
	if (definition.extensions.some((accepted) => path.endsWith(`.${accepted}`))) return undefined;
	if (extension === '.mdx')
		return 'a .md file: MDX runs code when the site is built and the CMS cannot edit it; rename it to .md and ask the web team for anything that needs a component';
	return `a .${definition.extensions[0]} file (the site does not read ${extension || 'files without an extension'} here; move or rename it)`;
}

/**
 * Validates every content file of every collection against the zod schemas and returns every
 * problem found, not just the first (Astro stops at the first): encoding, YAML, fields, dates,
 * bodies and layout (check-entry-file.ts), plus file names, two files with one address, and
 * references to entries that do not exist.
 */
export function validateContent(
	rootDir: string,
	collections: Record<string, RegisteredCollection> = COLLECTIONS,
): { problems: ContentProblem[]; fileCount: number } {
	const problems: ContentProblem[] = [];
	const ids = new Map<string, Set<string>>();
	const referenceUses: ReferenceUse[] = [];
	let fileCount = 0;

	for (const [name, definition] of Object.entries(collections)) {
		const folder = join(rootDir, definition.folder);
		const filesById = new Map<string, string[]>();
		for (const path of listFiles(folder)) {
			const file = relative(rootDir, path);
			if (IMAGE_EXTENSIONS.has(extname(path).toLowerCase())) continue;
			fileCount += 1;
			const stray = strayFileProblem(path, definition);
			if (stray) {
				problems.push({
					file,
					field: '',
					expected: stray,
					found: `a ${extname(path) || 'file'} file`,
				});
				continue;
			}
			const id = entryIdFor(folder, path);
			filesById.set(id, [...(filesById.get(id) ?? []), file]);
			if (!VALID_ID.test(id)) {
				problems.push({
					file,
					field: '',
					expected: 'a file name in lowercase letters, digits and hyphens, e.g. summer-2022.md',
					found: `“${id}”`,
				});
			}
			const result = checkEntryFile(file, path, readFileSync(path), definition);
			problems.push(...result.problems);
			referenceUses.push(...result.references);
		}
		// `about.md` beside `about/index.md` build the same address; Astro only warns and one silently wins.
		for (const [id, files] of filesById) {
			if (files.length < 2) continue;
			for (const file of files) {
				const others = files.filter((other) => other !== file).join(', ');
				problems.push({
					file,
					field: '',
					expected: `one file per address: this and ${others} both make the entry “${id}”; merge them and delete one`,
					found: 'two files for one address',
				});
			}
		}
		ids.set(name, new Set(filesById.keys()));
	}

	for (const use of referenceUses) {
		if (!ids.get(use.target.collection)?.has(use.target.id)) {
			problems.push({
				file: use.file,
				field: use.field,
				expected: `an existing entry of “${use.target.collection}” (a file in ${collections[use.target.collection]?.folder ?? use.target.collection}/)`,
				found: `“${use.target.id}”, which does not exist`,
			});
		}
	}
	return { problems, fileCount };
}

/** Formats problems for a terminal: one line per problem, grouped by file. */
export function formatProblems(problems: ContentProblem[]): string {
	return problems
		.map((problem) => {
			const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
			const field = problem.field ? ` field “${problem.field}”` : '';
			return `${where}${field}\n    expected ${problem.expected}\n    found    ${problem.found}`;
		})
		.join('\n');
}
