// The only lib file that imports astro:content: pages get their data through here.
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { EntryReference } from '../../schemas/shared/context.ts';

/** Every entry of a collection that is not a draft. */
export async function getPublished<C extends CollectionKey>(
	collection: C,
): Promise<CollectionEntry<C>[]> {
	return getCollection(
		collection,
		(entry: CollectionEntry<C>) => !(entry.data as { draft?: boolean }).draft,
	);
}

/**
 * `getStaticPaths` for a collection's entry pages: one page per published entry, addressed by its
 * id, with the entry as the `entry` prop.
 * @example export const getStaticPaths = (() => entryPaths('glossary')) satisfies GetStaticPaths;
 */
export async function entryPaths<C extends CollectionKey>(collection: C) {
	return (await getPublished(collection)).map((entry) => ({
		params: { id: entry.id },
		props: { entry },
	}));
}

/**
 * Resolves a reference, and fails the build when the entry is missing
 * (Astro only logs a broken reference and carries on).
 */
export async function resolveReference<C extends CollectionKey>(
	reference: EntryReference<C> | { collection: C; id: string },
): Promise<CollectionEntry<C>> {
	const entry = await getEntry(reference.collection, reference.id);
	if (!entry) {
		throw new Error(
			`Broken reference: no entry “${reference.id}” in the “${reference.collection}” collection (content/${reference.collection}/).`,
		);
	}
	return entry as CollectionEntry<C>;
}

/** Resolves a list of references in order, failing on any missing one. */
export async function resolveReferences<C extends CollectionKey>(
	references: readonly { collection: C; id: string }[],
): Promise<CollectionEntry<C>[]> {
	return Promise.all(references.map((reference) => resolveReference(reference)));
}

/** Sorts entries newest first by a date field. */
export function newestFirst<T extends { data: Record<string, unknown> }>(
	entries: T[],
	field: string,
): T[] {
	const time = (entry: T) =>
		entry.data[field] instanceof Date ? (entry.data[field] as Date).getTime() : 0;
	return [...entries].sort((a, b) => time(b) - time(a));
}
