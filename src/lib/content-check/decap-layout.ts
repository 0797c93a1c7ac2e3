// Content files are kept in exactly the layout Decap CMS writes when it saves an entry, so that
// a save through the CMS changes only the lines the editor changed (issue 10). Decap re-writes
// the whole frontmatter on every save: flow lists become block lists, quotes are dropped where
// YAML allows, long strings are folded at 80 characters and keys follow the order of the
// collection's fields. A file already in that layout comes back byte-identical.
//
// This module reproduces Decap's own serialiser (decap-cms-core/src/formats/yaml.ts and
// frontmatter.ts, v3) with the same libraries: `yaml` 1.x (installed as `decap-yaml`) and
// gray-matter 4. The CMS round-trip test (tests/e2e/cms-round-trip.spec.ts) proves that the real
// admin writes exactly what this module writes.
import matter from 'gray-matter';
import decapYaml from 'decap-yaml';

type YamlItem = { key?: { toString(): string } };

/** Decap's key order: fields in the collection's order; keys it does not know keep their place. */
function byFieldOrder(fieldOrder: readonly string[]) {
	return (a: YamlItem, b: YamlItem) => {
		const indexA = fieldOrder.indexOf(a.key?.toString() ?? '');
		const indexB = fieldOrder.indexOf(b.key?.toString() ?? '');
		if (indexA === -1 || indexB === -1) return 0;
		return indexA - indexB;
	};
}

/** YAML text as Decap reads it (YAML 1.2 core schema: `2022-02-03` stays text). */
function readDecapYaml(text: string): unknown {
	const trimmed = text.trim().endsWith('---') ? text.trim().slice(0, -3) : text;
	const document = decapYaml.parseDocument(trimmed);
	if (document.errors.length > 0) throw new Error(document.errors[0]?.message ?? 'YAML error');
	return document.toJSON();
}

/** YAML text as Decap writes it. */
function writeDecapYaml(data: object, fieldOrder: readonly string[]): string {
	const contents = decapYaml.createNode(data) as unknown as { items: YamlItem[] };
	contents.items.sort(byFieldOrder(fieldOrder));
	const document = new decapYaml.Document();
	document.contents = contents as unknown as typeof document.contents;
	return document.toString();
}

const ENGINES = {
	yaml: {
		parse: (input: string) => readDecapYaml(input) as object,
		stringify: (data: object, options?: { sortedKeys?: readonly string[] }) =>
			writeDecapYaml(data, options?.sortedKeys ?? []),
	},
};

/** A Markdown entry as Decap reads it: frontmatter data plus `body` (left out when blank). */
function readDecapFrontmatter(text: string): Record<string, unknown> {
	const options = {
		engines: ENGINES,
		language: 'yaml',
		delimiters: '---',
	} as unknown as Parameters<typeof matter>[1];
	const result = matter(text, options);
	return {
		...(result.data as Record<string, unknown>),
		...(result.content.trim() ? { body: result.content } : {}),
	};
}

/** A Markdown entry as Decap writes it. */
function writeDecapFrontmatter(
	data: Record<string, unknown>,
	fieldOrder: readonly string[],
): string {
	const { body = '', ...frontmatter } = data as { body?: string };
	// Decap drops the line break gray-matter adds after a body that had none.
	const dropLastLineBreak = body.slice(-1) !== '\n';
	const options = { engines: ENGINES, language: 'yaml', delimiters: '---', sortedKeys: fieldOrder };
	const file = matter.stringify(
		body,
		frontmatter,
		options as unknown as Parameters<typeof matter.stringify>[2],
	);
	return dropLastLineBreak && file.endsWith('\n') ? file.slice(0, -1) : file;
}

/**
 * The file as Decap CMS would save it if an editor opened it and saved it without a change.
 * `fieldOrder` is the collection's top-level field names in the CMS's order (the schema's).
 * Throws when the text cannot be read as Decap reads it.
 * @example toDecapLayout('---\ntags: [a, b]\n---\nHi\n', 'prose', ['tags']) // '---\ntags:\n  - a\n  - b\n---\nHi\n'
 */
export function toDecapLayout(
	text: string,
	kind: 'prose' | 'data',
	fieldOrder: readonly string[],
): string {
	if (kind === 'data') return writeDecapYaml(readDecapYaml(text) as object, fieldOrder);
	return writeDecapFrontmatter(readDecapFrontmatter(text), fieldOrder);
}

/** The first line (1-based) where two texts differ, for a message that says where to look. */
export function firstDifferentLine(a: string, b: string): number {
	const linesA = a.split('\n');
	const linesB = b.split('\n');
	const index = linesA.findIndex((line, i) => line !== linesB[i]);
	return (index === -1 ? Math.min(linesA.length, linesB.length) : index) + 1;
}
