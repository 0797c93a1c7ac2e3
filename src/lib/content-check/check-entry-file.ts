// Every check of one content file, in the order an editor would fix them: encoding, YAML, the
// schema (with dates read from the text and misspelt keys matched to real ones), the body, and
// last the layout the CMS saves in.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import type { RegisteredCollection, CollectionName } from '../../schemas/collections.ts';
import type { EntryReference, SchemaContext } from '../../schemas/shared/context.ts';
import { stripEmptyValues } from '../content/strip-empty-values.ts';
import { firstDifferentLine, toDecapLayout } from './decap-layout.ts';
import { fieldOrderOf } from './field-order.ts';
import { decodeSource } from './decode-source.ts';
import { describeIssue } from './describe-issue.ts';
import { findBodyImages } from './find-body-images.ts';
import { findUnsafeHtml } from './find-unsafe-html.ts';
import { nearestWord } from './nearest-word.ts';
import { parseEntryFile, type ParsedEntryFile } from './parse-entry-file.ts';
import { dateFieldPaths, isRealIsoDate, knownKeysAt } from './schema-walk.ts';

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

/** A reference from one entry to another, resolved once every file has been read. */
export interface ReferenceUse {
	file: string;
	field: string;
	target: EntryReference;
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

/** The YAML node at a path, or its nearest ancestor that exists (a missing field is reported at its parent). */
function nodeAt(
	parsed: ParsedEntryFile,
	path: readonly PropertyKey[],
): { range?: [number, number, number] } | undefined {
	for (let depth = path.length; depth >= 0; depth -= 1) {
		const node = parsed.document.getIn(path.slice(0, depth) as (string | number)[], true) as
			{ range?: [number, number, number] } | undefined;
		if (node?.range) return node;
	}
	return undefined;
}

function lineAt(parsed: ParsedEntryFile, path: readonly PropertyKey[]): number | undefined {
	const range = nodeAt(parsed, path)?.range;
	return range ? parsed.lineOf(range[0]) : undefined;
}

/** Stand-ins for Astro's image() and reference() that record what they see. */
function checkingContext(path: string, references: EntryReference[]): SchemaContext {
	const image = () =>
		z.string().transform((imagePath, context) => {
			if (!imagePath.startsWith('/') && !existsSync(resolve(dirname(path), imagePath))) {
				context.addIssue({
					code: 'custom',
					message: `Expected an image file next to the entry; none found at “${imagePath}”`,
				});
			}
			return { src: imagePath, width: 0, height: 0, format: 'jpg' } satisfies ImageMetadata;
		});
	const reference = <C extends CollectionName>(collection: C) =>
		z.string().transform((id) => {
			const target = { collection, id };
			references.push(target);
			return target;
		});
	return { image, reference } as unknown as SchemaContext;
}

/** Zod's issues as problems, with misspelt keys matched to the keys the schema knows. */
function schemaProblems(
	file: string,
	parsed: ParsedEntryFile,
	schema: z.ZodType,
	issues: z.core.$ZodIssue[],
): ContentProblem[] {
	return issues.flatMap((issue) => {
		const path = issue.path as PropertyKey[];
		if (issue.code === 'unrecognized_keys') {
			const known = knownKeysAt(schema, path);
			return issue.keys.map((key) => {
				const suggestion = nearestWord(key, known);
				return {
					file,
					line: lineAt(parsed, [...path, key]),
					field: [...path, key].map(String).join('.'),
					expected: suggestion
						? `“${suggestion}” (a field this entry has), or remove the line`
						: `only fields this entry has (${known.join(', ')}); remove the line`,
					found: `a field called “${key}”`,
				};
			});
		}
		const value = valueAt(parsed.data, path);
		return [
			{
				file,
				line: lineAt(parsed, path),
				field: path.map(String).join('.'),
				expected: describeIssue(issue, value),
				found: describeValue(value),
			},
		];
	});
}

/**
 * Dates as written in the file: YAML turns `2022-02-30` into 2 March and `2022-13-01` into
 * January 2023 before zod sees them, and `04/07/2022` would be read as 7 April.
 */
function dateProblems(file: string, parsed: ParsedEntryFile, schema: z.ZodType): ContentProblem[] {
	return dateFieldPaths(schema, parsed.data).flatMap((path) => {
		const range = nodeAt(parsed, path)?.range;
		if (!range) return [];
		const text = parsed.yamlText
			.slice(range[0], range[1])
			.trim()
			.replace(/^(["'])(.*)\1$/, '$2');
		if (isRealIsoDate(text)) return [];
		return [
			{
				file,
				line: parsed.lineOf(range[0]),
				field: path.map(String).join('.'),
				expected: 'a real date written as YYYY-MM-DD, e.g. 2022-03-02',
				found: `“${text}”`,
			},
		];
	});
}

/** Raw HTML, unsafe links and missing images in a Markdown body. */
function bodyProblems(file: string, path: string, parsed: ParsedEntryFile): ContentProblem[] {
	const atLine = (line: number) => parsed.bodyStartLine + line - 1;
	const unsafe = findUnsafeHtml(parsed.body).map((item) => ({
		file,
		line: atLine(item.line),
		field: 'body',
		expected: item.expected,
		found: item.found,
	}));
	const missingImages = findBodyImages(parsed.body)
		.filter(({ url }) => !existsSync(resolve(dirname(path), decodeURI(url))))
		.map(({ line, url }) => ({
			file,
			line: atLine(line),
			field: 'body',
			expected: 'an image file next to the entry (upload it through the CMS)',
			found: `“${url}”, which does not exist`,
		}));
	return [...unsafe, ...missingImages].sort((a, b) => a.line - b.line);
}

/** The file differs from what Decap would save, so the next save through the CMS would rewrite lines nobody edited. */
function layoutProblems(
	file: string,
	text: string,
	kind: RegisteredCollection['kind'],
	fieldOrder: string[],
): ContentProblem[] {
	let layout: string;
	try {
		layout = toDecapLayout(text, kind, fieldOrder);
	} catch {
		return []; // unreadable YAML is already reported
	}
	if (layout === text) return [];
	const line = firstDifferentLine(text, layout);
	const written = text.split('\n')[line - 1] ?? '';
	return [
		{
			file,
			line,
			field: '',
			expected:
				'the layout the CMS saves in, so a save changes only what the editor changed (developers: npm run format:content)',
			found: `a line the CMS would rewrite: “${written.length > 60 ? `${written.slice(0, 57)}…` : written}”`,
		},
	];
}

/** Checks one content file and returns its problems and the references it makes. */
export function checkEntryFile(
	file: string,
	path: string,
	bytes: Uint8Array,
	definition: RegisteredCollection,
): { problems: ContentProblem[]; references: ReferenceUse[] } {
	const { text, problems: encoding } = decodeSource(bytes);
	const problems: ContentProblem[] = encoding.map((problem) => ({ file, field: '', ...problem }));
	if (text === undefined) return { problems, references: [] };

	const parsed = parseEntryFile(text, definition.kind);
	problems.push(
		...parsed.hazards.map(({ line, expected, found }) => ({
			file,
			line,
			field: '',
			expected,
			found,
		})),
	);
	for (const error of parsed.syntaxErrors) {
		if (!parsed.hazards.some((hazard) => hazard.expected === error.message))
			problems.push({
				file,
				line: error.line,
				field: '',
				expected: error.message,
				found: 'text that is not valid YAML',
			});
	}
	if (parsed.syntaxErrors.length) return { problems, references: [] };

	const targets: EntryReference[] = [];
	const schema = definition.schema(checkingContext(path, targets));
	// Empty strings mean "not filled in", exactly as the Astro loader treats them (src/content.config.ts).
	const result = schema.safeParse(stripEmptyValues(parsed.data ?? {}));
	if (!result.success) problems.push(...schemaProblems(file, parsed, schema, result.error.issues));
	problems.push(...dateProblems(file, parsed, schema));
	if (definition.kind === 'prose') problems.push(...bodyProblems(file, path, parsed));
	// Comments and tags already say why the CMS would rewrite the file.
	if (!parsed.hazards.length)
		problems.push(...layoutProblems(file, text, definition.kind, fieldOrderOf(definition)));

	// Reference paths are only known after parsing: find them by value.
	const references = result.success
		? targets.map((target) => ({ file, field: findReferencePath(result.data, target), target }))
		: [];
	return { problems, references };
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
