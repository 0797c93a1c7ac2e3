// Translations made from an older English text than the English page has now: the editors'
// status page and `npm run report:stale` list them (through findStaleContent), and the page
// itself tells readers, in its language and in English, that it may be out of date.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
	ENGLISH_PAGES,
	englishTextDate,
	isTranslationOutdated,
	type ChangeLine,
} from '../translations/english-pages.ts';
import { parseEntryFile } from '../content-check/parse-entry-file.ts';
import type { TranslatablePage } from '../../schemas/translations.ts';

/** One translation whose English page changed after it was made. */
export interface OutdatedTranslation {
	/** Path from the repository root, with `/`. */
	file: string;
	/** The entry id, as the CMS addresses it. */
	entryId: string;
	title: string;
	draft: boolean;
	/** The English text it was made from, and the English text's date now, as `YYYY-MM-DD`. */
	translatedFrom: string;
	englishDate: string;
	englishTitle: string;
}

/** The front matter of a file, or undefined when it cannot be read (the content check says why). */
function frontmatter(path: string): Record<string, unknown> | undefined {
	if (!existsSync(path)) return undefined;
	const parsed = parseEntryFile(readFileSync(path, 'utf8'), 'prose');
	return parsed.data && typeof parsed.data === 'object'
		? (parsed.data as Record<string, unknown>)
		: undefined;
}

const day = (value: unknown) =>
	value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');

/** Every translation in `content/translations/` older than its English page's text. */
export function findOutdatedTranslations(rootDir: string): OutdatedTranslation[] {
	const folder = join(rootDir, 'content/translations');
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.flatMap((name) => {
			const data = frontmatter(join(folder, name));
			const page = ENGLISH_PAGES[data?.englishPage as TranslatablePage] ?? undefined;
			if (!data || !page) return [];
			const english = page.contentPage
				? frontmatter(join(rootDir, 'content/pages', `${page.contentPage}.md`))
				: undefined;
			const englishDate = englishTextDate(page, (english?.changes ?? []) as ChangeLine[]);
			const translatedFrom = day(data.englishTextDate);
			if (!englishDate || !isTranslationOutdated(translatedFrom, englishDate)) return [];
			return [
				{
					file: `content/translations/${name}`,
					entryId: name.replace(/\.md$/, ''),
					title: typeof data.title === 'string' ? data.title : name,
					draft: data.draft === true,
					translatedFrom,
					englishDate,
					englishTitle: page.title,
				},
			];
		});
}
