// Wiring only: every collection's folder and schema come from the registry in src/schemas/.
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import {
	COLLECTIONS,
	COLLECTION_NAMES,
	filePattern,
	type CollectionName,
} from './schemas/collections.ts';
import type { SchemaContext } from './schemas/shared/context.ts';
import { stripEmptyValues } from './lib/content/strip-empty-values.ts';

/**
 * The glob loader over a collection's folder. Empty strings are dropped before the schema
 * sees the data, as the content checker does: the CMS saves cleared fields as ''.
 */
const loaderFor = (name: CollectionName): Loader => {
	const loader = glob({
		pattern: filePattern(COLLECTIONS[name]),
		base: `./${COLLECTIONS[name].folder}`,
	});
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

/** One collection of the registry as an Astro collection. */
const collectionFor = (name: CollectionName) =>
	defineCollection({
		loader: loaderFor(name),
		schema: ({ image }) => COLLECTIONS[name].schema(contextFor(image)),
	});

/** Every collection of the registry. The type keeps each schema's own shape, so entries are typed. */
export const collections = Object.fromEntries(
	COLLECTION_NAMES.map((name) => [name, collectionFor(name)]),
) as {
	[N in CollectionName]: {
		loader: Loader;
		schema: (context: { image: unknown }) => ReturnType<(typeof COLLECTIONS)[N]['schema']>;
	};
};
