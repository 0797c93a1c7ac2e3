import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { COLLECTIONS, type CollectionDefinition, type CollectionName } from '../../schemas/collections.ts';
import type { EntryReference, SchemaContext } from '../../schemas/shared/context.ts';
import { stripEmptyValues } from '../content/strip-empty-values.ts';
import { describeIssue } from './describe-issue.ts';
import { findUnsafeHtml } from './find-unsafe-html.ts';
import { parseEntryFile, type ParsedEntryFile } from './parse-entry-file.ts';

/** One thing wrong with one content file. */
export interface ContentProblem {
	/** Path of the file, relative to the repository root. */
	file: string;
	/** 1-based line in the file, where known. */
	line?: number;
	/** Dotted path of the field, e.g. `phones.0.number`; empty for whole-file problems. */
	field: string;
	/** What the schema expected. */
	expected: string;
	/** What the file holds there. */
	found: string;
}

interface ReferenceUse {
	file: string;
	field: string;
	line?: number;
	target: EntryReference;
}

/** Entry ids as Astro's glob loader makes them: the path under the folder, without extension or a trailing /index. */
export function entryIdFor(folder: string, file: string): string {
	return relative(folder, file).split(sep).join('/').replace(/\.[^./]+$/, '').replace(/\/index$/, '');
}

const VALID_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;

function listFiles(folder: string, extensions: readonly string[]): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile() && extensions.some((extension) => dirent.name.endsWith(`.${extension}`)))
		.map((dirent) => join(dirent.parentPath, dirent.name))
		.sort();
}

/** Shows a value briefly for an error message. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
	if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
	if (typeof value === 'object') return 'a group of fields';
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

function lineAt(parsed: ParsedEntryFile, path: readonly PropertyKey[]): number | undefined {
	// Walk up until a node exists: a missing field is reported at its parent.
	for (let depth = path.length; depth >= 0; depth -= 1) {
		const node = parsed.document.getIn(path.slice(0, depth) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
		if (node?.range) return parsed.lineOf(node.range[0]);
		if (depth === 0) return undefined;
	}
	return undefined;
}

/** Stand-ins for Astro's image() and reference() that record what they see. */
function checkingContext(file: string, references: ReferenceUse[]): SchemaContext {
	const image = () =>
		z.string().transform((path, context) => {
			const absolute = resolve(dirname(file), path);
			if (!path.startsWith('/') && !existsSync(absolute)) {
				context.addIssue({ code: 'custom', message: `Expected an image file next to the entry; none found at “${path}”` });
			}
			return { src: path, width: 0, height: 0, format: 'jpg' } satisfies ImageMetadata;
		});
	const reference = <C extends CollectionName>(collection: C) =>
		z.string().transform((id) => {
			const target = { collection, id };
			references.push({ file, field: '', target });
			return target;
		});
	return { image, reference } as unknown as SchemaContext;
}

/**
 * Validates every content file of every collection against the zod schemas and
 * returns every problem found, not just the first (Astro stops at the first).
 * Also checks file names make valid ids and that every reference points at an entry.
 */
export function validateContent(
	rootDir: string,
	collections: Record<string, CollectionDefinition> = COLLECTIONS,
): { problems: ContentProblem[]; fileCount: number } {
	const problems: ContentProblem[] = [];
	const ids = new Map<string, Set<string>>();
	const referenceUses: ReferenceUse[] = [];
	let fileCount = 0;

	for (const [name, definition] of Object.entries(collections)) {
		const folder = join(rootDir, definition.folder);
		const known = new Set<string>();
		ids.set(name, known);
		for (const path of listFiles(folder, definition.extensions)) {
			fileCount += 1;
			const file = relative(rootDir, path);
			const id = entryIdFor(folder, path);
			known.add(id);
			if (!VALID_ID.test(id)) {
				problems.push({ file, field: '', expected: 'a file name in lowercase letters, digits and hyphens, e.g. summer-2022.md', found: `“${id}”` });
			}
			const source = readFileSync(path, 'utf8');
			const parsed = parseEntryFile(source, definition.kind);
			for (const error of parsed.syntaxErrors) {
				problems.push({ file, line: error.line, field: '', expected: error.message, found: 'text that is not valid YAML' });
			}
			if (parsed.syntaxErrors.length) continue;
			if (definition.kind === 'prose') problems.push(...bodyProblems(file, source, parsed.body));

			const uses: ReferenceUse[] = [];
			// Empty strings mean "not filled in", exactly as the Astro loader treats them (src/content.config.ts).
			const result = definition.schema(checkingContext(path, uses)).safeParse(stripEmptyValues(parsed.data ?? {}));
			if (result.success) {
				// Reference paths are only known after parsing: find them by value.
				for (const use of uses) referenceUses.push({ ...use, file, field: findReferencePath(result.data, use.target) });
				continue;
			}
			for (const issue of result.error.issues) {
				const path = issue.path as PropertyKey[];
				const value = valueAt(parsed.data, path);
				problems.push({
					file,
					line: lineAt(parsed, path),
					field: path.map(String).join('.'),
					expected: describeIssue(issue, value),
					found: describeValue(value),
				});
			}
		}
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

/** Raw HTML and links in a Markdown body that the site refuses (find-unsafe-html.ts), as content problems. */
function bodyProblems(file: string, source: string, body: string): ContentProblem[] {
	// The body's first line is the one after the frontmatter's closing `---`.
	const bodyStartLine = source.slice(0, source.length - body.length).split('\n').length;
	return findUnsafeHtml(body, file.endsWith('.mdx') ? 'mdx' : 'md').map((item) => ({
		file,
		line: bodyStartLine + item.line - 1,
		field: 'body',
		expected: item.expected,
		found: item.found,
	}));
}

function findReferencePath(data: unknown, target: EntryReference, path: string[] = []): string {
	if (data === target) return path.join('.');
	if (data && typeof data === 'object') {
		for (const [key, value] of Object.entries(data)) {
			const found = findReferencePath(value, target, [...path, key]);
			if (found) return found;
		}
	}
	return '';
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
