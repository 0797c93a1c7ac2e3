import type { ImageMetadata } from 'astro';
import type { z } from 'astro/zod';
import type { CollectionName } from '../collections.ts';

/** What a reference field holds once parsed: the collection and the entry id. */
export interface EntryReference<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
}

/**
 * The helpers a schema factory needs from its host.
 * Astro passes its own `image()` and `reference()`; the content checker and the
 * CMS generator pass stand-ins, so the same schema runs outside Astro too.
 * Method syntax keeps the parameters bivariant, so Astro's generic helpers fit.
 */
export interface SchemaContext {
	image(): z.ZodType<ImageMetadata>;
	reference<C extends CollectionName>(collection: C): z.ZodType<EntryReference<C>>;
}
