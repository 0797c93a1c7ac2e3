/**
 * How each collection behaves in the Decap editor: what zod cannot know. The fields
 * themselves come from the schemas; this says how entries are named, listed, sorted and
 * filtered, and how they appear when another collection links to them.
 * Every field named here must exist in the schema: the generator throws otherwise, so a
 * renamed field cannot silently drop a sort or a filter.
 * Decap docs: https://decapcms.org/docs/configuration-options/ (slug, summary,
 * sortable_fields, view_filters, view_groups), https://decapcms.org/docs/summary-strings/
 * (transformations such as `date('D MMM YYYY')`, also in slugs since 3.13),
 * https://decapcms.org/docs/collection-nested/ (nested collections).
 */
export interface CollectionSettings {
	/** Shown under the collection's name in the editor. */
	description?: string;
	/**
	 * File name template for new entries (`{{slug}}` is the title made URL-safe). Write
	 * `{{fields.x}}` for a field named like a built-in tag (`year`, `month`, `day`, `slug`).
	 */
	slug?: string;
	/** How an entry reads in the collection's list. */
	summary: string;
	/** Fields the list can be sorted by; the first is the default order. */
	sort: { field: string; direction: 'asc' | 'desc' }[];
	/**
	 * Fields the list can be filtered by: one filter per option of an enum, one for a
	 * boolean. “To be confirmed” and “Drafts” filters are added to every collection that has them.
	 */
	filterBy?: string[];
	/** Groupings for the list: by a field's value, or by the part of it a pattern matches. */
	groupBy?: { label: string; field: string; pattern?: string }[];
	/** How entries of this collection appear in other collections' relation widgets. */
	relation?: { search_fields: string[]; display_fields: string[] };
	/**
	 * Show the folder tree, and let editors choose the folder: for collections whose entries
	 * sit in sub-folders that give their address (pages). Such a collection cannot be the
	 * target of a relation, since its ids contain `/`.
	 */
	nested?: { depth: number };
}

/** For a collection added to the registry without settings here: by title, A to Z. */
export const DEFAULT_SETTINGS: CollectionSettings = {
	summary: '{{title}}',
	sort: [{ field: 'title', direction: 'asc' }],
};

/** Per-collection settings; a collection missing here gets DEFAULT_SETTINGS. */
export const COLLECTION_SETTINGS: Partial<Record<string, CollectionSettings>> = {
	newsletters: {
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
	priorities: {
		description: 'One entry per priority per year. The file is named after its period and order, e.g. 2025-26-1-title.',
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
	briefings: {
		description: 'Learning from a review in the seven-part format. Fill in every section.',
		summary: "{{title}} · {{published | date('MMM YYYY')}}",
		sort: [
			{ field: 'published', direction: 'desc' },
			{ field: 'title', direction: 'asc' },
			{ field: 'reviewDue', direction: 'asc' },
		],
		filterBy: ['reviewType'],
	},
	contacts: {
		description: 'The only place phone numbers, emails and opening hours are written: every page shows them from here.',
		// Not a date filter: Decap formats a missing date as "Invalid Date", and a contact nobody has verified has none.
		summary: "{{title}} · verified {{lastVerified | default('never')}}",
		sort: [
			{ field: 'title', direction: 'asc' },
			{ field: 'lastVerified', direction: 'asc' },
		],
		filterBy: ['urgency'],
		relation: { search_fields: ['title', 'organisation'], display_fields: ['title'] },
	},
	thresholds: {
		summary: 'Level {{level}}: {{name}}',
		sort: [{ field: 'level', direction: 'asc' }],
	},
	pages: {
		description: 'Standalone pages. The folder and file name give the page’s address: about/governance is /about/governance/.',
		summary: '{{title}}',
		sort: [
			{ field: 'title', direction: 'asc' },
			{ field: 'order', direction: 'asc' },
		],
		filterBy: ['section'],
		nested: { depth: 3 },
	},
	reports: {
		summary: "{{title}} · {{published | date('MMM YYYY')}}",
		sort: [
			{ field: 'published', direction: 'desc' },
			{ field: 'title', direction: 'asc' },
		],
		filterBy: ['status', 'reportType'],
	},
	glossary: {
		summary: '{{title}}: {{expansion}}',
		sort: [{ field: 'title', direction: 'asc' }],
		filterBy: ['isAcronym'],
	},
	events: {
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
	training: {
		summary: "{{title}}{{current | ternary(' · current programme', '')}}",
		sort: [{ field: 'title', direction: 'asc' }],
		filterBy: ['current', 'format'],
	},
	reviews: {
		description: 'Local and national case reviews, audits and thematic reviews, with what the partnership did in response.',
		summary: '{{title}} ({{scope}})',
		sort: [
			{ field: 'title', direction: 'asc' },
			{ field: 'reviewDue', direction: 'asc' },
		],
		filterBy: ['scope', 'reviewType', 'status'],
	},
	synonyms: {
		description: 'Words people search with that a page does not use itself, pointed at the page they should find.',
		summary: '{{title}} → {{page}}',
		sort: [
			{ field: 'title', direction: 'asc' },
			{ field: 'page', direction: 'asc' },
		],
	},
};
