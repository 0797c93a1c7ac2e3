import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { createComponent, render as renderTemplate, unescapeHTML } from 'astro/compiler-runtime';
import { markdownToHtml } from 'satteri';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { parseEntryFile } from '../../src/lib/content-check/parse-entry-file.ts';
import { entryIdFor } from '../../src/lib/content-check/validate-content.ts';
import { stripEmptyValues } from '../../src/lib/content/strip-empty-values.ts';
const ROOT = join(import.meta.dirname, '../..');
const context = {
	image: () => z.string().transform((src) => ({ src, width: 1200, height: 800, format: 'jpg' })),
	reference: (collection: string) => z.string().transform((id) => ({ collection, id })),
};
type Entry = { id: string; collection: string; data: any; body?: string };
const store = new Map<string, Entry[]>();
export function parseEntry(collection: string, id: string, source: string): Entry {
	const definition = (COLLECTIONS as any)[collection];
	const { data, body } = parseEntryFile(source, definition.kind) as any;
	return { id, collection, data: definition.schema(context).parse(stripEmptyValues(data)), body };
}
function load(collection: string): Entry[] {
	let entries = store.get(collection);
	if (!entries) {
		const definition = (COLLECTIONS as any)[collection];
		const folder = join(ROOT, definition.folder);
		entries = readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile() && definition.extensions.some((e: string) => d.name.endsWith(`.${e}`)))
			.map((d) => join(d.parentPath, d.name))
			.map((path) => parseEntry(collection, entryIdFor(folder, path), readFileSync(path, 'utf8')));
		store.set(collection, entries);
	}
	return entries;
}
export function addEntry(entry: Entry) { load(entry.collection).push(entry); }
export async function getCollection(collection: string, filter?: (e: Entry) => boolean) { return load(collection).filter((e) => (filter ? filter(e) : true)); }
export async function getEntry(a: any, b?: string) { const [c, id] = typeof a === 'string' ? [a, b] : [a.collection, a.id]; return load(c).find((e) => e.id === id); }
export async function render(entry: Entry) {
	const { html } = markdownToHtml(entry.body ?? '');
	const Content = createComponent(() => renderTemplate`${unescapeHTML(html)}`);
	return { Content, headings: [], remarkPluginFrontmatter: {} };
}
export const reference = context.reference;
