import { COLLECTIONS, type PagedCollection } from '../schemas/collections.ts';

export type { PagedCollection } from '../schemas/collections.ts';

/** The index page of a collection (its address in the registry). `pages` sit at the root. */
export function collectionUrl(collection: PagedCollection): string {
	return COLLECTIONS[collection].site.url;
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
		throw new Error(
			`The priority id “${id}” does not start with its period: name the file <period>-<nn>-<slug>.md, e.g. content/priorities/2025-26-01-responding-to-national-reviews.md`,
		);
	}
	return { period: id.slice(0, 7), slug: id.slice(8) };
}

/** The page listing one period's priorities, e.g. `/priorities/2025-26/`. */
export function priorityPeriodUrl(period: string): string {
	return `${collectionUrl('priorities')}${period}/`;
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
		return `${priorityPeriodUrl(period)}${slug}/`;
	}
	const path = id.replace(/(^|\/)index$/, '');
	return `${collectionUrl(collection)}${path ? `${path}/` : ''}`;
}
