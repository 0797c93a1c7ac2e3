import { z } from 'astro/zod';
import { publishingShape, toBeConfirmedShape } from './shared/fields.ts';
import { UiStringsSchema } from './ui-strings.ts';

/**
 * One language the site is translated into: the one list of languages (the language
 * navigation, the help-in-your-language page, `<html lang>` and `dir`, and the search index
 * all follow it), with the words of the page's chrome in that language.
 * @example content/languages/ur.yaml
 */
export const LanguagesSchema = () =>
	z.strictObject({
		title: z.string().trim().min(2).meta({
			title: 'Language (in English)',
			description: 'The language’s name in English, e.g. “Urdu”.',
		}),
		nativeName: z.string().trim().min(2).meta({
			title: 'Name in the language',
			description:
				'The language’s name in its own language and script, e.g. “اردو”: how the language navigation shows it.',
		}),
		code: z
			.string()
			.trim()
			.regex(/^[a-z]{2,3}$/, { message: 'Expected a two- or three-letter language code, e.g. ur' })
			.meta({
				title: 'Language code',
				description:
					'Its ISO 639 code, e.g. ur for Urdu: the page addresses (/ur/report-a-concern/), <html lang> and hreflang. Name the file after it.',
				cms: { pattern: ['^[a-z]{2,3}$', 'Two or three small letters, e.g. ur'] },
			}),
		script: z.string().trim().min(2).meta({
			title: 'Script',
			description: 'The writing system used, e.g. “Gurmukhi” for Punjabi.',
		}),
		dir: z.enum(['ltr', 'rtl']).default('ltr').meta({
			title: 'Direction',
			description:
				'rtl for scripts written right to left (Urdu, Punjabi in Shahmukhi); otherwise ltr.',
		}),
		order: z.number().int().min(1).meta({
			title: 'Order',
			description: 'Position in the language navigation and lists (lower first).',
		}),
		ui: UiStringsSchema,
		...toBeConfirmedShape,
		...publishingShape,
	});

export type LanguagesFrontmatter = z.infer<ReturnType<typeof LanguagesSchema>>;
