// The English pages that can be translated: where each lives and where the date of its English
// text comes from. A translation records the date of the English text it was made from
// (englishTextDate); when the English text is newer, the translation says it may be out of date
// and the editors' status page lists it (src/lib/freshness/outdated-translations.ts).
import type { TranslatablePage } from '../../schemas/translations.ts';

/** One translatable English page. */
export interface EnglishPage {
	/** Its address, e.g. `/report-a-concern/`. */
	path: string;
	/** Its heading, as the help-in-your-language page and the status page name it. */
	title: string;
	/**
	 * For a page written in Markdown (content/pages/<id>.md), its id: the date of its English text
	 * is its latest “Changes readers should know about” line (editors add one for every
	 * significant change, not for typo fixes).
	 */
	contentPage?: string;
	/**
	 * For a page written in src/pages/ (its text is code): the day its English text last changed,
	 * as `YYYY-MM-DD`. Update it with any change a reader of a translation would need.
	 */
	textDate?: string;
}

/** Every translatable English page, by the `englishPage` value translations use. */
export const ENGLISH_PAGES: Record<TranslatablePage, EnglishPage> = {
	'report-a-concern': {
		path: '/report-a-concern/',
		title: 'Report a concern about a child',
		textDate: '2026-11-22',
	},
	'children-and-young-people': {
		path: '/children-and-young-people/',
		title: 'Help for children and young people',
		contentPage: 'children-and-young-people',
	},
	'staying-safe-online': {
		path: '/staying-safe-online/',
		title: 'Staying safe online and leaving this site quickly',
		contentPage: 'staying-safe-online',
	},
	'help-in-your-language': {
		path: '/help-in-your-language/',
		title: 'Help in your language',
		textDate: '2026-12-03',
	},
};

/** The change-log line of a page, as far as the English text's date needs it. */
export interface ChangeLine {
	date: Date | string;
	kind: string;
}

/**
 * The day an English page's text last changed, as `YYYY-MM-DD`, or undefined when nothing says.
 * A Markdown page's date is its newest added or updated change line (a withdrawal is not new text).
 * @example englishTextDate(ENGLISH_PAGES['report-a-concern']) // "2026-11-22"
 */
export function englishTextDate(
	page: EnglishPage,
	changes: readonly ChangeLine[] = [],
): string | undefined {
	if (page.textDate) return page.textDate;
	const days = changes
		.filter((change) => change.kind !== 'withdrawn')
		.map((change) => isoDay(change.date))
		.filter((day): day is string => day !== undefined)
		.sort();
	return days.at(-1);
}

/**
 * True when the English text is newer than the text a translation was made from.
 * @example isTranslationOutdated('2026-11-22', '2026-12-01') // true
 */
export function isTranslationOutdated(
	translatedFrom: Date | string,
	englishDate: string | undefined,
): boolean {
	const from = isoDay(translatedFrom);
	return englishDate !== undefined && from !== undefined && englishDate > from;
}

/** A date-only value (a YAML date is midnight UTC) as `YYYY-MM-DD`. */
function isoDay(value: Date | string): string | undefined {
	const date = value instanceof Date ? value : new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
