import type { TranslatablePage } from '../../schemas/translations.ts';
import { ENGLISH_PAGES } from './english-pages.ts';

/**
 * The address of an English page in a language: the language code, then the English address.
 * @example translationUrl('ur', 'report-a-concern') // "/ur/report-a-concern/"
 */
export function translationUrl(code: string, englishPage: TranslatablePage): string {
	return `/${code}${ENGLISH_PAGES[englishPage].path}`;
}
