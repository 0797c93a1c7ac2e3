import { COLLECTIONS, COLLECTION_NAMES } from '../schemas/collections.ts';
import { collectionUrl, type PagedCollection } from './urls.ts';

/** One link in the header's main navigation. */
export interface MainSection {
	label: string;
	href: string;
}

/** Collections with a place in the navigation, in their registry `navigation.place` order. */
const collectionSections: MainSection[] = COLLECTION_NAMES.flatMap((name) => {
	const site = (COLLECTIONS[name] as { site?: { navigation?: { label: string; place: number } } })
		.site;
	return site?.navigation
		? [{ ...site.navigation, href: collectionUrl(name as PagedCollection) }]
		: [];
})
	.sort((a, b) => a.place - b.place)
	.map(({ label, href }) => ({ label, href }));

/**
 * The main sections of the site, in the order the header lists them: the report page first, the
 * collections the registry places in the navigation, then About and the A to Z. The header's
 * navigation and the search page's no-JavaScript fallback both use this list, so they never disagree.
 */
export const MAIN_SECTIONS: readonly MainSection[] = [
	{ label: 'Report a concern', href: '/report-a-concern/' },
	...collectionSections,
	{ label: 'About', href: '/about/' },
	{ label: 'A to Z', href: '/a-z/' },
];
