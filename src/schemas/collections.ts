// The registry: the one place that names every collection and says everything about it: its
// schema, labels, kind, where its pages live and how search, navigation and the CMS show it.
// Its folder is `content/<name>`. content.config.ts, URLs, search types, the A to Z, the main
// navigation, the content check and the CMS config are all derived from it.
// Adding a collection: README, "Adding a collection".
import type { CollectionDefinition, RegisteredCollection } from './collection-definition.ts';
import { BriefingsSchema } from './briefings.ts';
import { ContactsSchema } from './contacts.ts';
import { EventsSchema } from './events.ts';
import { GlossarySchema } from './glossary.ts';
import { LanguagesSchema } from './languages.ts';
import { NewslettersSchema } from './newsletters.ts';
import { PagesSchema } from './pages.ts';
import { PrioritiesSchema } from './priorities.ts';
import { ReportsSchema } from './reports.ts';
import { CaseReviewsSchema } from './case-reviews.ts';
import { SynonymsSchema } from './synonyms.ts';
import { LevelsOfNeedSchema } from './levels-of-need.ts';
import { TrainingSchema } from './training.ts';
import { TranslationsSchema } from './translations.ts';

export type {
	CollectionDefinition,
	ContentAudience,
	RegisteredCollection,
} from './collection-definition.ts';

/**
 * Every collection's name, in the order the CMS lists them and search shows their types. The
 * names are listed apart from the definitions below only because schemas name the collections
 * they reference; the definitions must have exactly these keys (a missing one fails to compile).
 */
export const COLLECTION_NAMES = [
	'pages',
	'contacts',
	'briefings',
	'levels-of-need',
	'case-reviews',
	'reports',
	'priorities',
	'newsletters',
	'events',
	'training',
	'glossary',
	'synonyms',
	'translations',
	'languages',
] as const;

/** The name of one content collection: plural kebab-case, identical in folder, loader, CMS and tests. */
export type CollectionName = (typeof COLLECTION_NAMES)[number];

const DEFINITIONS = {
	pages: {
		label: 'Pages',
		labelSingular: 'Page',
		kind: 'prose',
		schema: PagesSchema,
		site: { url: '/', searchType: 'page', searchLabel: 'Page' },
		cms: {
			description:
				'Standalone pages. The folder and file name give the page’s address: about/governance is /about/governance/.',
			summary: '{{title}}',
			sort: [
				{ field: 'title', direction: 'asc' },
				{ field: 'order', direction: 'asc' },
			],
			filterBy: ['section'],
			nested: { depth: 3 },
		},
	},
	contacts: {
		label: 'Contacts',
		labelSingular: 'Contact',
		kind: 'data',
		schema: ContactsSchema,
		site: {
			url: '/contacts/',
			searchType: 'contact',
			searchLabel: 'Contact',
			listTitle: 'Contacts',
			navigation: { label: 'Contacts', place: 1 },
		},
		cms: {
			description:
				'The only place phone numbers, emails and opening hours are written: every page shows them from here.',
			// Not a date filter: Decap formats a missing date as "Invalid Date", and a contact nobody has verified has none.
			summary: "{{title}} · verified {{lastVerified | default('never')}}",
			sort: [
				{ field: 'title', direction: 'asc' },
				{ field: 'lastVerified', direction: 'asc' },
			],
			filterBy: ['urgency'],
			relation: { search_fields: ['title', 'organisation'], display_fields: ['title'] },
		},
	},
	briefings: {
		label: '7-minute briefings',
		labelSingular: 'Briefing',
		kind: 'prose',
		schema: BriefingsSchema,
		site: {
			url: '/briefings/',
			searchType: 'briefing',
			searchLabel: '7-minute briefing',
			listTitle: '7-minute briefings',
			audiences: ['professionals'],
			navigation: { label: '7-minute briefings', place: 2 },
		},
		cms: {
			description: 'Learning from a review in the seven-part format. Fill in every section.',
			summary: "{{title}} · {{published | date('MMM YYYY')}}",
			sort: [
				{ field: 'published', direction: 'desc' },
				{ field: 'title', direction: 'asc' },
				{ field: 'reviewDue', direction: 'asc' },
			],
			filterBy: ['reviewType'],
		},
	},
	'levels-of-need': {
		label: 'Levels of need',
		labelSingular: 'Level of need',
		kind: 'prose',
		schema: LevelsOfNeedSchema,
		site: {
			url: '/levels-of-need/',
			searchType: 'level of need',
			searchLabel: 'Level of need',
			listTitle: 'Levels of need',
			audiences: ['professionals'],
			navigation: { label: 'Levels of need', place: 4 },
		},
		cms: {
			summary: 'Level {{level}}: {{name}}',
			sort: [{ field: 'level', direction: 'asc' }],
		},
	},
	'case-reviews': {
		label: 'Case reviews',
		labelSingular: 'Case review',
		kind: 'prose',
		schema: CaseReviewsSchema,
		site: {
			url: '/case-reviews/',
			searchType: 'case review',
			searchLabel: 'Case review',
			listTitle: 'Case reviews',
			audiences: ['professionals'],
			navigation: { label: 'Case reviews', place: 3 },
		},
		cms: {
			description:
				'Local and national case reviews, audits and thematic reviews, with what the partnership did in response.',
			summary: '{{title}} ({{scope}})',
			sort: [
				{ field: 'title', direction: 'asc' },
				{ field: 'reviewDue', direction: 'asc' },
			],
			filterBy: ['scope', 'reviewType', 'status'],
		},
	},
	reports: {
		label: 'Reports',
		labelSingular: 'Report',
		kind: 'prose',
		schema: ReportsSchema,
		site: { url: '/reports/', searchType: 'report', searchLabel: 'Report', listTitle: 'Reports' },
		cms: {
			summary: "{{title}} · {{published | date('MMM YYYY')}}",
			sort: [
				{ field: 'published', direction: 'desc' },
				{ field: 'title', direction: 'asc' },
			],
			filterBy: ['status', 'reportType'],
		},
	},
	priorities: {
		label: 'Priorities',
		labelSingular: 'Priority',
		kind: 'prose',
		schema: PrioritiesSchema,
		site: {
			url: '/priorities/',
			searchType: 'priority',
			searchLabel: 'Priority',
			listTitle: 'Our priorities',
			navigation: { label: 'Priorities', place: 5 },
		},
		cms: {
			description:
				'One entry per priority per year. The file is named after its period and order, e.g. 2025-26-1-title.',
			// The id must start with the period: the page address is /priorities/<period>/<rest of the id>/.
			slug: '{{fields.period}}-{{fields.order}}-{{slug}}',
			summary: '{{period}} · {{order}}. {{title}}',
			sort: [
				{ field: 'period', direction: 'desc' },
				{ field: 'order', direction: 'asc' },
				{ field: 'title', direction: 'asc' },
			],
			filterBy: ['status'],
			groupBy: [{ label: 'Period', field: 'period' }],
			relation: { search_fields: ['title', 'period'], display_fields: ['period', 'title'] },
		},
	},
	newsletters: {
		label: 'Newsletters',
		labelSingular: 'Newsletter',
		kind: 'prose',
		schema: NewslettersSchema,
		site: {
			url: '/newsletters/',
			searchType: 'newsletter',
			searchLabel: 'Newsletter',
			listTitle: 'Newsletters',
			navigation: { label: 'Newsletters', place: 7 },
		},
		cms: {
			description: 'One entry per edition. Put each item under its own Heading 2 in the body.',
			// `{{year}}` alone would be today's year, not the field: see the docs on slug templates.
			slug: '{{fields.season}}-{{fields.year}}',
			summary: "{{title}} · {{published | date('D MMM YYYY')}}",
			sort: [
				{ field: 'published', direction: 'desc' },
				{ field: 'title', direction: 'asc' },
			],
			filterBy: ['season'],
			groupBy: [{ label: 'Year', field: 'year' }],
		},
	},
	events: {
		label: 'Events',
		labelSingular: 'Event',
		kind: 'prose',
		schema: EventsSchema,
		site: { url: '/events/', searchType: 'event', searchLabel: 'Event', listTitle: 'Events' },
		cms: {
			// Files are named after their first day, e.g. 2022-09-19-transitional-safeguarding.
			slug: "{{fields.start | date('YYYY-MM-DD')}}-{{slug}}",
			summary: "{{start | date('D MMM YYYY')}}: {{title}}",
			sort: [
				{ field: 'start', direction: 'desc' },
				{ field: 'title', direction: 'asc' },
			],
			filterBy: ['eventType'],
			groupBy: [{ label: 'Year', field: 'start', pattern: '\\d{4}' }],
		},
	},
	training: {
		label: 'Training courses',
		labelSingular: 'Training course',
		kind: 'prose',
		schema: TrainingSchema,
		site: {
			url: '/training/',
			searchType: 'training',
			searchLabel: 'Training course',
			listTitle: 'Training and events',
			audiences: ['professionals'],
			navigation: { label: 'Training', place: 6 },
		},
		cms: {
			summary: "{{title}}{{current | ternary(' · current programme', '')}}",
			sort: [{ field: 'title', direction: 'asc' }],
			filterBy: ['current', 'format'],
		},
	},
	glossary: {
		label: 'Glossary',
		labelSingular: 'Glossary term',
		kind: 'data',
		schema: GlossarySchema,
		site: {
			url: '/glossary/',
			searchType: 'glossary',
			searchLabel: 'Glossary term',
			listTitle: 'Glossary',
		},
		cms: {
			summary: '{{title}}: {{expansion}}',
			sort: [{ field: 'title', direction: 'asc' }],
			filterBy: ['isAcronym'],
		},
	},
	synonyms: {
		label: 'Search synonyms',
		labelSingular: 'Search synonyms',
		kind: 'data',
		schema: SynonymsSchema,
		cms: {
			description:
				'Words people search with that a page does not use itself, pointed at the page they should find.',
			summary: '{{title}} → {{page}}',
			sort: [
				{ field: 'title', direction: 'asc' },
				{ field: 'page', direction: 'asc' },
			],
		},
	},
	// Translated pages have their own addresses (/<language code>/<English page>/, from the
	// language and the English page, not the file name): src/pages/[language]/[page].astro.
	translations: {
		label: 'Translations',
		labelSingular: 'Translation',
		kind: 'prose',
		schema: TranslationsSchema,
		cms: {
			description:
				'The English pages of the report-a-concern journey in other languages. Never type a phone number: the page shows them from Contacts.',
			slug: '{{language}}-{{englishPage}}',
			summary: '{{language}} · {{englishPage}} · {{title}}',
			sort: [
				{ field: 'language', direction: 'asc' },
				{ field: 'englishPage', direction: 'asc' },
				{ field: 'englishTextDate', direction: 'desc' },
			],
			filterBy: ['englishPage', 'checkedByTranslator'],
		},
	},
	languages: {
		label: 'Languages',
		labelSingular: 'Language',
		kind: 'data',
		schema: LanguagesSchema,
		cms: {
			description:
				'The languages the site is translated into, and the words around each translated page (buttons, links, notices) in that language.',
			slug: '{{code}}',
			summary: '{{order}}. {{title}} ({{nativeName}})',
			sort: [
				{ field: 'order', direction: 'asc' },
				{ field: 'title', direction: 'asc' },
			],
			relation: { search_fields: ['title', 'nativeName'], display_fields: ['title'] },
		},
	},
} as const satisfies Record<CollectionName, CollectionDefinition>;

const EXTENSIONS = { prose: ['md'], data: ['yaml'] } as const;

/** The registry with each collection's folder (`content/<name>`) and file extensions filled in. */
export const COLLECTIONS = Object.fromEntries(
	COLLECTION_NAMES.map((name) => [
		name,
		{
			...DEFINITIONS[name],
			folder: `content/${name}`,
			extensions: EXTENSIONS[DEFINITIONS[name].kind],
		},
	]),
) as unknown as { [N in CollectionName]: RegisteredCollection<(typeof DEFINITIONS)[N]> };

/** Collections whose entries are pages (all but the search synonyms). */
export type PagedCollection = {
	[N in CollectionName]: (typeof DEFINITIONS)[N] extends { site: object } ? N : never;
}[CollectionName];

/** The glob pattern a loader uses for a collection's files. */
export function filePattern(definition: Pick<RegisteredCollection, 'extensions'>): string {
	const extensions = definition.extensions;
	return extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
}
