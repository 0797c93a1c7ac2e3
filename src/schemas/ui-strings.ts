import { z } from 'astro/zod';

/**
 * The words of the site's chrome (skip link, Exit this page, the worried-about-a-child bar,
 * breadcrumbs, search box, notices) and of the translation notices: the one home of these
 * strings. English is written here; every other language writes its own in its entry in
 * `content/languages/` (the `ui` field, whose fields and hints come from this table).
 * `{number}` marks where a phone number from the contacts collection goes: never write a number.
 */
export const UI_STRING_FIELDS = {
	skipToContent: { group: 'page', title: 'Skip link', english: 'Skip to main content' },
	exitThisPage: { group: 'exit', title: 'Exit this page button', english: 'Exit this page' },
	exitEmergency: {
		group: 'exit',
		title: 'Exit this page: hidden prefix',
		english: 'Emergency:',
		hint: 'Read by screen readers before the button’s label.',
	},
	exitTwoMore: {
		group: 'exit',
		title: 'Shift hint after one press',
		english: 'Shift, press 2 more times to exit.',
		hint: 'Read out after the Shift key is pressed once.',
	},
	exitOneMore: {
		group: 'exit',
		title: 'Shift hint after two presses',
		english: 'Shift, press 1 more time to exit.',
	},
	exitExiting: { group: 'exit', title: 'Exiting', english: 'Exiting this page.' },
	exitExpired: {
		group: 'exit',
		title: 'Shift presses expired',
		english: 'Exit this page expired.',
		hint: 'Read out when five seconds pass without the third press.',
	},
	exitLoading: {
		group: 'exit',
		title: 'Page cover while leaving',
		english: 'Loading',
		hint: 'Covers the page, and becomes its tab title, while the neutral site loads.',
	},
	worriedTitle: {
		group: 'worried',
		title: 'Worried bar: heading',
		english: 'Worried about a child?',
	},
	worriedInDanger: {
		group: 'worried',
		title: 'Worried bar: danger now',
		english: 'In danger now:',
	},
	worriedInDangerCall: {
		group: 'worried',
		title: 'Worried bar: danger now, for screen readers',
		english: 'call',
		hint: 'Read by screen readers before 999.',
	},
	worriedOfficeHours: {
		group: 'worried',
		title: 'Worried bar: office hours',
		english: 'Office hours:',
	},
	worriedOfficeHoursCall: {
		group: 'worried',
		title: 'Worried bar: office hours, for screen readers',
		english: 'Call children’s social care,',
	},
	worriedEvenings: {
		group: 'worried',
		title: 'Worried bar: evenings and weekends',
		english: 'Evenings and weekends:',
	},
	worriedEveningsCall: {
		group: 'worried',
		title: 'Worried bar: evenings and weekends, for screen readers',
		english: 'Call the out-of-hours team,',
	},
	worriedHowToReport: {
		group: 'worried',
		title: 'Worried bar: link',
		english: 'How to report a concern',
	},
	breadcrumbLabel: { group: 'page', title: 'Breadcrumbs: name', english: 'Breadcrumb' },
	home: {
		group: 'page',
		title: 'Home',
		english: 'Home',
		hint: 'The first breadcrumb: the English home page.',
	},
	languagesLabel: { group: 'page', title: 'Language navigation: name', english: 'Languages' },
	searchLabel: { group: 'page', title: 'Search box label', english: 'Search this site' },
	searchButton: { group: 'page', title: 'Search button', english: 'Search' },
	searchFallback: {
		group: 'page',
		title: 'Search without JavaScript',
		english: 'Find a page from A to Z',
		hint: 'A link to the English A to Z of pages, shown when search cannot run.',
	},
	toBeConfirmedLabel: {
		group: 'notices',
		title: 'To be confirmed: label',
		english: 'To be confirmed by the RSCP',
	},
	toBeConfirmedText: {
		group: 'notices',
		title: 'To be confirmed: sentence',
		english: 'Some details on this page are still being checked by the partnership.',
	},
	inDangerNow: {
		group: 'contacts',
		title: 'Danger now',
		english: 'If a child is in immediate danger, call {number}.',
		hint: 'At the top of the report page. {number} is replaced by 999 from the contacts.',
	},
	uncheckedNotice: {
		group: 'notices',
		title: 'Not yet checked',
		english: 'This translation has not yet been checked by a qualified translator.',
	},
	interpreter: {
		group: 'notices',
		title: 'Ask for an interpreter',
		english:
			'If anything is unclear, call children’s services on {number} and ask for an interpreter.',
		hint: '{number} is replaced by the office-hours child protection number from the contacts.',
	},
	outdatedNotice: {
		group: 'notices',
		title: 'English page changed',
		english:
			'The English page has changed since this translation was made, so some details here may be out of date.',
	},
	readInEnglish: {
		group: 'notices',
		title: 'Link to the English page',
		english: 'Read this page in English',
	},
	contactsHeading: { group: 'contacts', title: 'Contacts: heading', english: 'Phone numbers' },
	contactsInEnglish: {
		group: 'contacts',
		title: 'Contacts: in English',
		english:
			'The names of services and their opening times are in English, as you will hear them on the phone.',
	},
} as const satisfies Record<
	string,
	{ group: UiStringGroup; title: string; english: string; hint?: string }
>;

/**
 * The strings in small groups, each a box in the CMS. Small for a reason: Decap keeps an object's
 * fields in an Immutable.js Map, which keeps their order only up to 8 fields, and a save would
 * otherwise reorder a bigger object's lines (tests/e2e/cms-round-trip.spec.ts).
 */
export const UI_STRING_GROUPS = {
	page: 'Around the page: skip link, breadcrumbs, languages, search',
	exit: 'Exit this page',
	worried: 'Worried about a child? bar',
	notices: 'Notices',
	contacts: 'Danger now and contacts',
} as const;

/** The name of one group of strings. */
export type UiStringGroup = keyof typeof UI_STRING_GROUPS;

/** The name of one string of the site's chrome. */
export type UiStringName = keyof typeof UI_STRING_FIELDS;

/** Every string of the chrome in one language, as the components use them. */
export type UiStrings = Record<UiStringName, string>;

/** The site's chrome in English: what every English page shows. */
export const ENGLISH_UI = Object.fromEntries(
	Object.entries(UI_STRING_FIELDS).map(([name, field]) => [name, field.english]),
) as UiStrings;

/** The names of the strings in one group, in table order. */
const namesIn = (group: UiStringGroup) =>
	(Object.keys(UI_STRING_FIELDS) as UiStringName[]).filter(
		(name) => UI_STRING_FIELDS[name].group === group,
	);

/** One string: required text, labelled with its English. */
function stringField(name: UiStringName) {
	const field: { title: string; english: string; hint?: string } = UI_STRING_FIELDS[name];
	const hint = field.hint ? ` ${field.hint}` : '';
	return z
		.string()
		.trim()
		.min(1)
		.meta({ title: field.title, description: `In English: “${field.english}”.${hint}` });
}

/** The `ui` field of a language: one box per group, one required text per string. */
export const UiStringsSchema = z
	.strictObject(
		Object.fromEntries(
			(Object.keys(UI_STRING_GROUPS) as UiStringGroup[]).map((group) => [
				group,
				z
					.strictObject(Object.fromEntries(namesIn(group).map((name) => [name, stringField(name)])))
					.meta({
						title: UI_STRING_GROUPS[group],
						description: `${UI_STRING_GROUPS[group]}, in this language.`,
					}),
			]),
		) as Record<UiStringGroup, z.ZodObject<Record<string, z.ZodString>>>,
	)
	.meta({
		title: 'Words of the page around the content',
		description:
			'The skip link, Exit this page, the worried-about-a-child bar, breadcrumbs, search and notices, in this language. Write {number} where the phone number goes; never write a number.',
	});

/** A language's `ui` field as written (grouped). */
export type GroupedUiStrings = Record<UiStringGroup, Record<string, string>>;

/**
 * The grouped strings of a language's entry as one flat set, as the components use them.
 * @example flattenUiStrings({ page: { skipToContent: '…' }, exit: { … }, … }).skipToContent
 */
export function flattenUiStrings(grouped: GroupedUiStrings): UiStrings {
	return Object.assign({}, ...Object.values(grouped)) as UiStrings;
}
