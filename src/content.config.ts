// Wiring only: every collection's folder and schema come from the registry in src/schemas/.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, filePattern } from './schemas/collections.ts';
import type { SchemaContext } from './schemas/shared/context.ts';

function collectionFor<K extends keyof typeof COLLECTIONS>(name: K) {
	const definition = COLLECTIONS[name];
	return defineCollection({
		loader: glob({ pattern: filePattern(definition), base: `./${definition.folder}` }),
		// Astro's helpers satisfy our SchemaContext; the cast only bridges their generic signatures.
		schema: ({ image }) =>
			definition.schema({ image, reference } as unknown as SchemaContext) as ReturnType<(typeof COLLECTIONS)[K]['schema']>,
	});
}

export const collections = {
	newsletters: collectionFor('newsletters'),
	priorities: collectionFor('priorities'),
	briefings: collectionFor('briefings'),
	contacts: collectionFor('contacts'),
	thresholds: collectionFor('thresholds'),
	pages: collectionFor('pages'),
	reports: collectionFor('reports'),
	glossary: collectionFor('glossary'),
	events: collectionFor('events'),
	training: collectionFor('training'),
};
