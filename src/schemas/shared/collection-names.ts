/** Every collection's name: plural kebab-case, identical in loader, registry, folder and CMS. */
export const COLLECTION_NAMES = [
	'newsletters',
	'priorities',
	'briefings',
	'contacts',
	'thresholds',
	'pages',
	'reports',
	'glossary',
	'events',
	'training',
	'reviews',
	'synonyms',
] as const;

/** The name of one content collection. */
export type CollectionName = (typeof COLLECTION_NAMES)[number];
