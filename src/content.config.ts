// Wiring only: every collection's folder and schema come from the registry in src/schemas/.
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { COLLECTIONS, filePattern, type CollectionName } from './schemas/collections.ts';
import type { SchemaContext } from './schemas/shared/context.ts';
import { stripEmptyValues } from './lib/content/strip-empty-values.ts';

/**
 * The glob loader over a collection's folder. Empty strings are dropped before the schema
 * sees the data, as the content checker does: the CMS saves cleared fields as ''.
 */
const loaderFor = (name: CollectionName): Loader => {
	const loader = glob({ pattern: filePattern(COLLECTIONS[name]), base: `./${COLLECTIONS[name].folder}` });
	return {
		...loader,
		load: (context) =>
			loader.load({
				...context,
				parseData: (props) => context.parseData({ ...props, data: stripEmptyValues(props.data) }),
			}),
	};
};

/** Astro's helpers satisfy our SchemaContext; the cast only bridges their generic signatures. */
const contextFor = (image: unknown) => ({ image, reference }) as unknown as SchemaContext;

export const collections = {
	newsletters: defineCollection({ loader: loaderFor('newsletters'), schema: ({ image }) => COLLECTIONS.newsletters.schema(contextFor(image)) }),
	priorities: defineCollection({ loader: loaderFor('priorities'), schema: ({ image }) => COLLECTIONS.priorities.schema(contextFor(image)) }),
	briefings: defineCollection({ loader: loaderFor('briefings'), schema: ({ image }) => COLLECTIONS.briefings.schema(contextFor(image)) }),
	contacts: defineCollection({ loader: loaderFor('contacts'), schema: COLLECTIONS.contacts.schema() }),
	thresholds: defineCollection({ loader: loaderFor('thresholds'), schema: ({ image }) => COLLECTIONS.thresholds.schema(contextFor(image)) }),
	pages: defineCollection({ loader: loaderFor('pages'), schema: ({ image }) => COLLECTIONS.pages.schema(contextFor(image)) }),
	reports: defineCollection({ loader: loaderFor('reports'), schema: COLLECTIONS.reports.schema() }),
	glossary: defineCollection({ loader: loaderFor('glossary'), schema: COLLECTIONS.glossary.schema() }),
	events: defineCollection({ loader: loaderFor('events'), schema: ({ image }) => COLLECTIONS.events.schema(contextFor(image)) }),
	training: defineCollection({ loader: loaderFor('training'), schema: ({ image }) => COLLECTIONS.training.schema(contextFor(image)) }),
	reviews: defineCollection({ loader: loaderFor('reviews'), schema: ({ image }) => COLLECTIONS.reviews.schema(contextFor(image)) }),
	synonyms: defineCollection({ loader: loaderFor('synonyms'), schema: COLLECTIONS.synonyms.schema() }),
};
