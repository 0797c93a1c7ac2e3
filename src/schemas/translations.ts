import { z } from 'astro/zod';
import type { SchemaContext } from './shared/context.ts';
import { DateSchema, publishingShape, toBeConfirmedShape } from './shared/fields.ts';

/**
 * The English pages that can be translated, by their address without slashes. Their titles,
 * addresses and English dates: src/lib/translations/english-pages.ts.
 */
export const TRANSLATABLE_PAGES = [
	'report-a-concern',
	'children-and-young-people',
	'staying-safe-online',
	'help-in-your-language',
] as const;

/** One translatable English page. */
export type TranslatablePage = (typeof TRANSLATABLE_PAGES)[number];

/**
 * One English page in one language, at `/<language code>/<English page>/`. Phone numbers, emails
 * and opening times are never written here: the page shows them from the contacts collection.
 * @example content/translations/ur-report-a-concern.md
 */
export const TranslationsSchema = ({ reference }: SchemaContext) =>
	z.strictObject({
		title: z.string().trim().min(2).meta({
			title: 'Title',
			description: 'The page heading, in the language.',
		}),
		description: z
			.string()
			.trim()
			.min(10)
			.max(300)
			.meta({
				title: 'Description',
				description: 'One sentence on what the page is for, in the language (search results).',
				cms: { widget: 'text' },
			}),
		language: reference('languages').meta({
			title: 'Language',
			description: 'The language of this translation.',
			cms: { displayField: 'title' },
		}),
		englishPage: z.enum(TRANSLATABLE_PAGES).meta({
			title: 'English page',
			description: 'The English page this translates (its address, without the slashes).',
		}),
		englishTextDate: DateSchema.meta({
			title: 'Date of the English text',
			description:
				'The day of the English text this was translated from. If the English page changes after this day, the page says it may be out of date and the status page lists it.',
		}),
		checkedByTranslator: z.boolean().default(false).meta({
			title: 'Checked by a qualified translator',
			description:
				'Tick only when a qualified translator has checked this translation against the English. Until then the page says, in the language and in English, that it has not been checked.',
		}),
		contacts: z.array(reference('contacts')).default([]).meta({
			title: 'Contacts',
			description:
				'Services shown at the end of the page, from the contacts list: their numbers and opening times come from there, in English.',
		}),
		...toBeConfirmedShape,
		...publishingShape,
	});

export type TranslationsFrontmatter = z.infer<ReturnType<typeof TranslationsSchema>>;
