/**
 * The main sections of the site, in the order the header lists them. The header's navigation and
 * the search page's no-JavaScript fallback both use this list, so they never disagree.
 */
export const MAIN_SECTIONS = [
	{ label: 'Report a concern', href: '/report-a-concern/' },
	{ label: 'Contacts', href: '/contacts/' },
	{ label: '7-minute briefings', href: '/briefings/' },
	{ label: 'Case reviews', href: '/case-reviews/' },
	{ label: 'Levels of need', href: '/levels-of-need/' },
	{ label: 'Priorities', href: '/priorities/' },
	{ label: 'Training', href: '/training/' },
	{ label: 'Newsletters', href: '/newsletters/' },
	{ label: 'About', href: '/about/' },
	{ label: 'A to Z', href: '/a-z/' },
] as const;
