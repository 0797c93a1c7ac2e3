// Lists every page the site builds, for the A to Z page.
import { getPublished } from './queries.ts';
import { entryUrl } from '../urls.ts';
import { groupPrioritiesByPeriod } from './group-priorities.ts';

/** One page in the A to Z. */
export interface SitePage {
	title: string;
	href: string;
	/** What kind of page it is, shown beside the title. */
	kind: string;
}

/** Fixed pages built from src/pages rather than from content entries. */
const FIXED_PAGES: SitePage[] = [
	{ title: 'Home', href: '/', kind: 'page' },
	{ title: 'Report a concern about a child', href: '/report-a-concern/', kind: 'page' },
	{ title: 'Contacts', href: '/contacts/', kind: 'page' },
	{ title: '7-minute briefings', href: '/briefings/', kind: 'list' },
	{ title: 'Case reviews', href: '/case-reviews/', kind: 'list' },
	{ title: 'Levels of need', href: '/levels-of-need/', kind: 'list' },
	{ title: 'Our priorities', href: '/priorities/', kind: 'list' },
	{ title: 'Newsletters', href: '/newsletters/', kind: 'list' },
	{ title: 'Reports', href: '/reports/', kind: 'list' },
	{ title: 'Training and events', href: '/training/', kind: 'list' },
	{ title: 'Events', href: '/events/', kind: 'list' },
	{ title: 'Glossary', href: '/glossary/', kind: 'list' },
];

/** Every page, sorted by title. Glossary terms are left out: the glossary lists them. */
export async function listAllPages(): Promise<SitePage[]> {
	const [pages, briefings, newsletters, priorities, reports, levels, events, training, contacts, reviews] = await Promise.all([
		getPublished('pages'),
		getPublished('briefings'),
		getPublished('newsletters'),
		getPublished('priorities'),
		getPublished('reports'),
		getPublished('thresholds'),
		getPublished('events'),
		getPublished('training'),
		getPublished('contacts'),
		getPublished('reviews'),
	]);
	const all: SitePage[] = [
		...FIXED_PAGES,
		...pages.map((entry) => ({ title: entry.data.title, href: entryUrl('pages', entry.id), kind: 'page' })),
		...briefings.map((entry) => ({ title: entry.data.title, href: entryUrl('briefings', entry.id), kind: '7-minute briefing' })),
		...newsletters.map((entry) => ({ title: entry.data.title, href: entryUrl('newsletters', entry.id), kind: 'newsletter' })),
		...groupPrioritiesByPeriod(priorities).map(({ period }) => ({ title: `Priorities ${period}`, href: `/priorities/${period}/`, kind: 'priorities' })),
		...priorities.map((entry) => ({ title: entry.data.title, href: entryUrl('priorities', entry.id), kind: `priority ${entry.data.period}` })),
		...reports.map((entry) => ({ title: entry.data.title, href: entryUrl('reports', entry.id), kind: 'report' })),
		...levels.map((entry) => ({ title: `Level ${entry.data.level}: ${entry.data.name}`, href: entryUrl('thresholds', entry.id), kind: 'level of need' })),
		...events.map((entry) => ({ title: entry.data.title, href: entryUrl('events', entry.id), kind: 'event' })),
		...training.map((entry) => ({ title: entry.data.title, href: entryUrl('training', entry.id), kind: 'training course' })),
		...contacts.map((entry) => ({ title: entry.data.title, href: entryUrl('contacts', entry.id), kind: 'contact' })),
		...reviews.map((entry) => ({ title: entry.data.title, href: entryUrl('reviews', entry.id), kind: `${entry.data.scope} case review` })),
	];
	return all.sort((a, b) => a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base', numeric: true }));
}
