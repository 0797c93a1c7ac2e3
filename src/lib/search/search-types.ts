// The search `type` filter's values and labels, from the registry: one per collection with pages.
// Server-side only (it loads the schemas); the search page hands the labels to its script.
import { COLLECTIONS, COLLECTION_NAMES, type PagedCollection } from '../../schemas/collections.ts';

/** One value of the `type` filter, e.g. `level of need`. */
export type SearchType = (typeof COLLECTIONS)[PagedCollection]['site']['searchType'];

const paged = COLLECTION_NAMES.flatMap((name) => {
	const { site } = COLLECTIONS[name] as { site?: { searchType: SearchType; searchLabel: string } };
	return site ? [site] : [];
});

/** Every type, in registry order (the order the search page lists them). */
export const SEARCH_TYPES: readonly SearchType[] = paged.map((site) => site.searchType);

/** How each type reads in results and on its checkbox, in registry order. */
export const SEARCH_TYPE_LABELS = Object.fromEntries(
	paged.map((site) => [site.searchType, site.searchLabel]),
) as Readonly<Record<SearchType, string>>;
