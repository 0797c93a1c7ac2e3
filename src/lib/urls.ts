import type { CollectionName } from '../schemas/shared/collection-names.ts';

/** The address each collection's entries live under. `pages` sit at the root. */
const BASE_PATHS: Record<CollectionName, string> = {
	newsletters: '/newsletters/',
	priorities: '/priorities/',
	briefings: '/briefings/',
	contacts: '/contacts/',
	thresholds: '/levels-of-need/',
	pages: '/',
	reports: '/reports/',
	glossary: '/glossary/',
	events: '/events/',
	training: '/training/',
	reviews: '/case-reviews/',
};

/** The index page of a collection. */
export function collectionUrl(collection: CollectionName): string {
	return BASE_PATHS[collection];
}

/**
 * The address of one entry, with a trailing slash. An `index` file is its folder's page.
 * @example entryUrl('pages', 'about/index') // "/about/"
 * @example entryUrl('briefings', 'was-not-brought') // "/briefings/was-not-brought/"
 */
export function entryUrl(collection: CollectionName, id: string): string {
	const path = id.replace(/(^|\/)index$/, '');
	return `${BASE_PATHS[collection]}${path ? `${path}/` : ''}`;
}
