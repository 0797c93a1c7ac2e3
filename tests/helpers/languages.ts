// The languages of content/languages/, read as written (js-yaml, not Astro), so the browser tests
// follow the content: a new language is tested without touching a test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { flattenUiStrings, type GroupedUiStrings } from '../../src/schemas/ui-strings.ts';

const LANGUAGES = join(import.meta.dirname, '../../content/languages');

/** One language as its file writes it, with the words of its page chrome. */
export interface SiteLanguage {
	code: string;
	nativeName: string;
	dir: 'ltr' | 'rtl';
	order: number;
	/** Flattened from the file's groups (page, exit, worried, notices, contacts). */
	ui: Record<string, string>;
}

/** Every language the site is translated into, in their order. */
export function siteLanguages(): SiteLanguage[] {
	return readdirSync(LANGUAGES)
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => {
			const data = jsYaml.load(readFileSync(join(LANGUAGES, file), 'utf8')) as SiteLanguage;
			return { ...data, ui: flattenUiStrings(data.ui as unknown as GroupedUiStrings) };
		})
		.sort((a, b) => a.order - b.order);
}
