import type { CollectionName } from '../schemas/shared/collection-names.ts';

/** Collections whose entries are pages. Synonyms are not: they are search words for other pages. */
export type PagedCollection = Exclude<CollectionName, 'synonyms'>;

/** The address each collection's entries live under. `pages` sit at the root. */
const BASE_PATHS: Record<PagedCollection, string> = {
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
export function collectionUrl(collection: PagedCollection): string {
	return BASE_PATHS[collection];
}

/** A priority id: the period (`YYYY-YY`, the first 7 characters), a hyphen, then the rest. */
const PRIORITY_ID = /^\d{4}-\d{2}-[a-z0-9]/;

/**
 * Splits a priority id into its period and its slug within the period.
 * Priority files are flat, named `<period>-<nn>-<slug>.md`, so that a Decap relation widget
 * (which stores the file name, `{{slug}}`) stores exactly the id Astro's reference() expects.
 * Their addresses keep the period as a folder: the period is the id's first 7 characters and
 * the slug is the id without the `<period>-` prefix.
 * @example splitPriorityId('2025-26-01-responding-to-national-reviews') // { period: '2025-26', slug: '01-responding-to-national-reviews' }
 */
export function splitPriorityId(id: string): { period: string; slug: string } {
	if (!PRIORITY_ID.test(id)) {
		throw new Error(`The priority id “${id}” does not start with its period: name the file <period>-<nn>-<slug>.md, e.g. content/priorities/2025-26-01-responding-to-national-reviews.md`);
	}
	return { period: id.slice(0, 7), slug: id.slice(8) };
}

/**
 * The address of one entry, with a trailing slash. An `index` file is its folder's page.
 * A priority's address puts its period first, as a folder (see splitPriorityId).
 * @example entryUrl('pages', 'about/index') // "/about/"
 * @example entryUrl('briefings', 'was-not-brought') // "/briefings/was-not-brought/"
 * @example entryUrl('priorities', '2025-26-01-responding-to-national-reviews') // "/priorities/2025-26/01-responding-to-national-reviews/"
 */
export function entryUrl(collection: PagedCollection, id: string): string {
	if (collection === 'priorities') {
		const { period, slug } = splitPriorityId(id);
		return `${BASE_PATHS.priorities}${period}/${slug}/`;
	}
	const path = id.replace(/(^|\/)index$/, '');
	return `${BASE_PATHS[collection]}${path ? `${path}/` : ''}`;
}
