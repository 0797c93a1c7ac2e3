// Which languages a page is in, for the language navigation and the <link rel="alternate">
// tags: English and every published translation of the same English page. Pure: the layout
// passes the entries in (src/lib/content/queries.ts is the only file that reads collections).
import { TRANSLATABLE_PAGES, type TranslatablePage } from '../../schemas/translations.ts';
import { ENGLISH_PAGES } from './english-pages.ts';
import { translationUrl } from './translation-url.ts';

/** The `lang` of the English pages. */
export const ENGLISH_LANG = 'en-GB';

/** One language version of a page. */
export interface LanguageVersion {
	/** `lang` and `hreflang`: `en-GB` for English, else the language code. */
	lang: string;
	/** The language's name in its own language and script. */
	nativeName: string;
	href: string;
	/** True for the version being shown. */
	current: boolean;
}

/** What this needs of a language entry. */
export interface LanguageSummary {
	id: string;
	data: { code: string; nativeName: string; order: number };
}

/** What this needs of a translation entry. */
export interface TranslationSummary {
	data: { language: { id: string }; englishPage: TranslatablePage };
}

/**
 * The English page a path shows, in English or in a language, or undefined.
 * @example englishPageOf('/ur/report-a-concern/') // "report-a-concern"
 */
export function englishPageOf(path: string): TranslatablePage | undefined {
	return TRANSLATABLE_PAGES.find((page) => {
		const english = ENGLISH_PAGES[page].path;
		return path === english || new RegExp(`^/[a-z]{2,3}${english}$`).test(path);
	});
}

/**
 * Every version of the page at `path`: English first, then the languages in their order.
 * Empty when the page has no translation (there is nothing to choose between).
 */
export function languageVersions(
	path: string,
	translations: readonly TranslationSummary[],
	languages: readonly LanguageSummary[],
): LanguageVersion[] {
	const page = englishPageOf(path);
	if (!page) return [];
	const translated = new Set(
		translations
			.filter((translation) => translation.data.englishPage === page)
			.map((translation) => translation.data.language.id),
	);
	const versions = [...languages]
		.filter((language) => translated.has(language.id))
		.sort((a, b) => a.data.order - b.data.order)
		.map((language) => {
			const href = translationUrl(language.data.code, page);
			return {
				lang: language.data.code,
				nativeName: language.data.nativeName,
				href,
				current: href === path,
			};
		});
	if (versions.length === 0) return [];
	const english = ENGLISH_PAGES[page].path;
	return [
		{ lang: ENGLISH_LANG, nativeName: 'English', href: english, current: english === path },
		...versions,
	];
}
