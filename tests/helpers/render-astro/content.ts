// astro:content for ./render.ts: the real content/ folder, read and parsed with the same schemas
// (src/schemas/) the build uses, the way the content check reads it (parse-entry-file.ts,
// strip-empty-values.ts), plus entries a test adds (e.g. a hostile fixture) with `addEntry`.
// image() gives an image object with the path as src; reference() gives { collection, id }.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { createComponent, render as renderTemplate, unescapeHTML } from 'astro/compiler-runtime';
import { markdownToHtml } from 'satteri';
import { parseEntryFile } from '../../../src/lib/content-check/parse-entry-file.ts';
import { entryIdFor } from '../../../src/lib/content-check/validate-content.ts';
import { stripEmptyValues } from '../../../src/lib/content/strip-empty-values.ts';
import { COLLECTIONS, type CollectionName } from '../../../src/schemas/collections.ts';
import type { SchemaContext } from '../../../src/schemas/shared/context.ts';

const ROOT = join(import.meta.dirname, '../../..');

const context = {
	image: () => z.string().transform((src) => ({ src, width: 1200, height: 800, format: 'jpg' })),
	reference: (collection: string) => z.string().transform((id) => ({ collection, id })),
} as unknown as SchemaContext;

/** An entry as Astro's glob loader gives it to pages. */
export interface ContentEntry {
	id: string;
	collection: CollectionName;
	data: Record<string, unknown>;
	body?: string;
}

/** Parses one entry file's text through its collection's schema (throws on invalid data). */
export function parseEntry(collection: CollectionName, id: string, source: string): ContentEntry {
	const definition = COLLECTIONS[collection];
	const { data, body } = parseEntryFile(source, definition.kind);
	const parsed = definition.schema(context).parse(stripEmptyValues(data)) as Record<
		string,
		unknown
	>;
	return { id, collection, data: parsed, ...(definition.kind === 'prose' ? { body } : {}) };
}

const store = new Map<string, ContentEntry[]>();

function entriesOf(collection: CollectionName): ContentEntry[] {
	let entries = store.get(collection);
	if (!entries) {
		const definition = COLLECTIONS[collection];
		const folder = join(ROOT, definition.folder);
		entries = readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter(
				(dirent) =>
					dirent.isFile() &&
					definition.extensions.some((extension) => dirent.name.endsWith(`.${extension}`)),
			)
			.map((dirent) => join(dirent.parentPath, dirent.name))
			.sort()
			.map((path) => parseEntry(collection, entryIdFor(folder, path), readFileSync(path, 'utf8')));
		store.set(collection, entries);
	}
	return entries;
}

/** Adds an entry to its collection for the rest of the process. */
export function addEntry(entry: ContentEntry): void {
	entriesOf(entry.collection).push(entry);
}

export async function getCollection(
	collection: CollectionName,
	filter?: (entry: ContentEntry) => unknown,
): Promise<ContentEntry[]> {
	return entriesOf(collection).filter((entry) => (filter ? filter(entry) : true));
}

export async function getEntry(
	collectionOrReference: CollectionName | { collection: CollectionName; id: string },
	id?: string,
): Promise<ContentEntry | undefined> {
	const [collection, entryId] =
		typeof collectionOrReference === 'string'
			? [collectionOrReference, id]
			: [collectionOrReference.collection, collectionOrReference.id];
	return entriesOf(collection).find((entry) => entry.id === entryId);
}

/** The body as HTML, rendered by Sätteri (the build's Markdown renderer) without the site's plugins. */
export async function render(entry: ContentEntry) {
	const { html } = markdownToHtml(entry.body ?? '');
	const Content = createComponent(() => renderTemplate`${unescapeHTML(html)}`);
	return { Content, headings: [], remarkPluginFrontmatter: {} };
}

export const reference = (collection: string) => z.string().transform((id) => ({ collection, id }));
