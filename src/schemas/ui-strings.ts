import { z } from 'astro/zod';

/**
 * The words of the site's chrome (skip link, Exit this page, the worried-about-a-child bar,
 * breadcrumbs, search box, notices) and of the translation notices: the one home of these
 * strings. English is written here; every other language writes its own in its entry in
 * `content/languages/` (the `ui` field, whose fields and hints come from this table).
 * `{number}` marks where a phone number from the contacts collection goes: never write a number.
 */
export const UI_STRING_FIELDS = {
	skipToContent: { title: 'Skip link', english: 'Skip to main content' },
	exitThisPage: { title: 'Exit this page button', english: 'Exit this page' },
	exitEmergency: {
		title: 'Exit this page: hidden prefix',
		english: 'Emergency:',
		hint: 'Read by screen readers before the button’s label.',
	},
	exitTwoMore: {
		title: 'Shift hint after one press',
		english: 'Shift, press 2 more times to exit.',
		hint: 'Read out after the Shift key is pressed once.',
	},
	exitOneMore: {
		title: 'Shift hint after two presses',
		english: 'Shift, press 1 more time to exit.',
	},
	exitExiting: { title: 'Exiting', english: 'Exiting this page.' },
	exitExpired: {
		title: 'Shift presses expired',
		english: 'Exit this page expired.',
		hint: 'Read out when five seconds pass without the third press.',
	},
	exitLoading: {
		title: 'Page cover while leaving',
		english: 'Loading',
		hint: 'Covers the page, and becomes its tab title, while the neutral site loads.',
	},
	worriedTitle: { title: 'Worried bar: heading', english: 'Worried about a child?' },
	worriedInDanger: { title: 'Worried bar: danger now', english: 'In danger now:' },
	worriedInDangerCall: {
		title: 'Worried bar: danger now, for screen readers',
		english: 'call',
		hint: 'Read by screen readers before 999.',
	},
	worriedOfficeHours: { title: 'Worried bar: office hours', english: 'Office hours:' },
	worriedOfficeHoursCall: {
		title: 'Worried bar: office hours, for screen readers',
		english: 'Call children’s social care,',
	},
	worriedEvenings: {
		title: 'Worried bar: evenings and weekends',
		english: 'Evenings and weekends:',
	},
	worriedEveningsCall: {
		title: 'Worried bar: evenings and weekends, for screen readers',
		english: 'Call the out-of-hours team,',
	},
	worriedHowToReport: { title: 'Worried bar: link', english: 'How to report a concern' },
	breadcrumbLabel: { title: 'Breadcrumbs: name', english: 'Breadcrumb' },
	home: { title: 'Home', english: 'Home', hint: 'The first breadcrumb: the English home page.' },
	languagesLabel: { title: 'Language navigation: name', english: 'Languages' },
	searchLabel: { title: 'Search box label', english: 'Search this site' },
	searchButton: { title: 'Search button', english: 'Search' },
	searchFallback: {
		title: 'Search without JavaScript',
		english: 'Find a page from A to Z',
		hint: 'A link to the English A to Z of pages, shown when search cannot run.',
	},
	toBeConfirmedLabel: { title: 'To be confirmed: label', english: 'To be confirmed by the RSCP' },
	toBeConfirmedText: {
		title: 'To be confirmed: sentence',
		english: 'Some details on this page are still being checked by the partnership.',
	},
	inDangerNow: {
		title: 'Danger now',
		english: 'If a child is in immediate danger, call {number}.',
		hint: 'At the top of the report page. {number} is replaced by 999 from the contacts.',
	},
	uncheckedNotice: {
		title: 'Not yet checked',
		english: 'This translation has not yet been checked by a qualified translator.',
	},
	interpreter: {
		title: 'Ask for an interpreter',
		english:
			'If anything is unclear, call children’s services on {number} and ask for an interpreter.',
		hint: '{number} is replaced by the office-hours child protection number from the contacts.',
	},
	outdatedNotice: {
		title: 'English page changed',
		english:
			'The English page has changed since this translation was made, so some details here may be out of date.',
	},
	readInEnglish: { title: 'Link to the English page', english: 'Read this page in English' },
	contactsHeading: { title: 'Contacts: heading', english: 'Phone numbers' },
	contactsInEnglish: {
		title: 'Contacts: in English',
		english:
			'The names of services and their opening times are in English, as you will hear them on the phone.',
	},
} as const satisfies Record<string, { title: string; english: string; hint?: string }>;

/** The name of one string of the site's chrome. */
export type UiStringName = keyof typeof UI_STRING_FIELDS;

/** Every string of the chrome in one language. */
export type UiStrings = Record<UiStringName, string>;

/** The site's chrome in English: what every English page shows. */
export const ENGLISH_UI = Object.fromEntries(
	Object.entries(UI_STRING_FIELDS).map(([name, field]) => [name, field.english]),
) as UiStrings;

/** The `ui` field of a language: one required text per string, labelled with its English. */
export const UiStringsSchema = z
	.strictObject(
		Object.fromEntries(
			Object.entries(UI_STRING_FIELDS).map(([name, field]) => {
				const hint = 'hint' in field ? ` ${field.hint}` : '';
				return [
					name,
					z
						.string()
						.trim()
						.min(1)
						.meta({ title: field.title, description: `In English: “${field.english}”.${hint}` }),
				];
			}),
		) as Record<UiStringName, z.ZodString>,
	)
	.meta({
		title: 'Words of the page around the content',
		description:
			'The skip link, Exit this page, the worried-about-a-child bar, breadcrumbs, search and notices, in this language. Write {number} where the phone number goes; never write a number.',
	});
