// Translated pages (issue 13): the rules that need no build. Where a translated page lives and
// which languages a page is in; when a translation is older than its English page (and that the
// status report lists it); where the phone number goes in each language's sentences; which index
// a search uses; and, over the real content, that every language is complete and that no
// translation writes a number of its own.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import jsYaml from 'js-yaml';
import { editorTaskGroups } from '../../src/lib/freshness/editor-tasks.ts';
import { findStaleContent } from '../../src/lib/freshness/find-stale-content.ts';
import { findOutdatedTranslations } from '../../src/lib/freshness/outdated-translations.ts';
import { searchLanguage, searchUrl } from '../../src/lib/search/search-state.ts';
import {
	ENGLISH_PAGES,
	englishTextDate,
	isTranslationOutdated,
} from '../../src/lib/translations/english-pages.ts';
import { splitAtNumber } from '../../src/lib/translations/fill-template.ts';
import { englishPageOf, languageVersions } from '../../src/lib/translations/language-versions.ts';
import { translationPaths } from '../../src/lib/translations/translation-paths.ts';
import { translationUrl } from '../../src/lib/translations/translation-url.ts';
import { TRANSLATABLE_PAGES, type TranslatablePage } from '../../src/schemas/translations.ts';
import {
	UI_STRING_FIELDS,
	flattenUiStrings,
	type GroupedUiStrings,
} from '../../src/schemas/ui-strings.ts';

const REPO = join(import.meta.dirname, '../..');

const language = (id: string, order: number) => ({
	id,
	data: { code: id, nativeName: `${id}-name`, order },
});
const translation = (languageId: string, englishPage: TranslatablePage, id = '') => ({
	id: id || `${languageId}-${englishPage}`,
	data: { language: { id: languageId }, englishPage },
});

describe('addresses and language versions', () => {
	test('a translation lives at /<code>/<English address>', () => {
		assert.equal(translationUrl('ur', 'report-a-concern'), '/ur/report-a-concern/');
		assert.equal(translationUrl('pl', 'help-in-your-language'), '/pl/help-in-your-language/');
	});

	test('finds the English page of an English or translated address, and nothing else', () => {
		assert.equal(englishPageOf('/report-a-concern/'), 'report-a-concern');
		assert.equal(englishPageOf('/bn/staying-safe-online/'), 'staying-safe-online');
		assert.equal(englishPageOf('/lado/'), undefined);
		assert.equal(englishPageOf('/about/report-a-concern/'), undefined);
	});

	test('lists English first, then the languages in their order, marking the one shown', () => {
		const languages = [language('pl', 7), language('ur', 1), language('bn', 3)];
		const translations = [
			translation('pl', 'report-a-concern'),
			translation('ur', 'report-a-concern'),
			translation('bn', 'staying-safe-online'),
		];
		const versions = languageVersions('/ur/report-a-concern/', translations, languages);
		assert.deepEqual(
			versions.map((version) => [version.lang, version.href, version.current]),
			[
				['en-GB', '/report-a-concern/', false],
				['ur', '/ur/report-a-concern/', true],
				['pl', '/pl/report-a-concern/', false],
			],
		);
		assert.deepEqual(languageVersions('/lado/', translations, languages), []);
		// A page nobody has translated has nothing to choose between.
		assert.deepEqual(languageVersions('/children-and-young-people/', translations, languages), []);
	});

	test('builds one page per translation, and refuses two translations at one address', () => {
		const languages = [language('ur', 1)];
		const paths = translationPaths(
			[translation('ur', 'report-a-concern'), translation('ur', 'help-in-your-language')],
			languages,
		);
		assert.deepEqual(
			paths.map((path) => path.params),
			[
				{ language: 'ur', page: 'report-a-concern' },
				{ language: 'ur', page: 'help-in-your-language' },
			],
		);
		assert.equal(paths[0]?.props.helpPage?.id, 'ur-help-in-your-language');
		assert.throws(
			() =>
				translationPaths(
					[
						translation('ur', 'report-a-concern'),
						translation('ur', 'report-a-concern', 'ur-report-copy'),
					],
					languages,
				),
			/Two translations of “report-a-concern” into ur/,
		);
	});
});

describe('out-of-date translations', () => {
	test('a Markdown page dates its English text by its newest added or updated change', () => {
		const page = ENGLISH_PAGES['children-and-young-people'];
		assert.equal(englishTextDate(page), undefined);
		assert.equal(
			englishTextDate(page, [
				{ date: new Date('2026-12-01'), kind: 'updated' },
				{ date: '2026-12-20', kind: 'withdrawn' },
				{ date: '2026-06-01', kind: 'added' },
			]),
			'2026-12-01',
		);
		assert.equal(englishTextDate(ENGLISH_PAGES['report-a-concern']), '2026-11-22');
	});

	test('is out of date only when the English text is newer', () => {
		assert.equal(isTranslationOutdated(new Date('2026-11-22'), '2026-12-01'), true);
		assert.equal(isTranslationOutdated('2026-11-22', '2026-11-22'), false);
		assert.equal(isTranslationOutdated('2026-11-22', undefined), false);
	});

	test('the status report lists a translation whose English page changed after it', () => {
		const root = mkdtempSync(join(tmpdir(), 'rscp-translations-'));
		try {
			cpSync(join(REPO, 'content/translations'), join(root, 'content/translations'), {
				recursive: true,
			});
			cpSync(join(REPO, 'content/pages'), join(root, 'content/pages'), { recursive: true });
			assert.deepEqual(findOutdatedTranslations(root), [], 'nothing is out of date today');

			// An editor records a significant change to the English children and young people page.
			const english = join(root, 'content/pages/children-and-young-people.md');
			writeFileSync(
				english,
				readFileSync(english, 'utf8').replace(
					/\n---\n/,
					'\nchanges:\n  - date: 2026-12-10\n    kind: updated\n    summary: Childline’s opening hours have changed.\n---\n',
				),
			);
			const outdated = findOutdatedTranslations(root);
			assert.equal(outdated.length, 7, 'one per language');
			assert.ok(outdated.every((item) => item.entryId.endsWith('-children-and-young-people')));
			assert.ok(outdated.every((item) => item.englishDate === '2026-12-10'));

			const report = findStaleContent(root, { today: new Date('2026-12-11T12:00:00Z') });
			const rows = report.items.filter((item) => item.status === 'translation-outdated');
			assert.equal(rows.length, 7);
			assert.match(rows[0]?.action ?? '', /changed on 2026-12-10/);
			// The status page (/admin/status/) shows them as their own group, each opening the entry.
			const group = editorTaskGroups(report).find((entry) => entry.id === 'translations');
			assert.equal(group?.heading, 'Translations older than their English page');
			assert.equal(group?.items.length, 7);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('sentences with a number, and search', () => {
	test('splits a sentence where the number goes, in any word order', () => {
		assert.deepEqual(splitAtNumber('If a child is in danger, call {number}.'), [
			'If a child is in danger, call ',
			'.',
		]);
		assert.deepEqual(splitAtNumber('اگر کوئی بچہ خطرے میں ہے تو {number} پر کال کریں۔'), [
			'اگر کوئی بچہ خطرے میں ہے تو ',
			' پر کال کریں۔',
		]);
		assert.deepEqual(splitAtNumber('Call us'), ['Call us ', '']);
	});

	test('searches a language the site has pages in, and keeps it in the address', () => {
		const languages = { ur: 'rtl', bn: 'ltr' };
		assert.equal(searchLanguage('?q=Childline&lang=ur', languages), 'ur');
		assert.equal(searchLanguage('?q=Childline&lang=xx', languages), undefined);
		assert.equal(searchLanguage('?q=Childline', languages), undefined);
		assert.equal(searchLanguage('?lang=constructor', languages), undefined);
		assert.equal(
			searchUrl({ query: 'Childline', filters: {} } as Parameters<typeof searchUrl>[0], 'ur'),
			'/search/?q=Childline&lang=ur',
		);
	});
});

interface LanguageFile {
	code: string;
	dir: string;
	ui: Record<string, string>;
	toBeConfirmed?: boolean;
	toBeConfirmedNote?: string;
}

describe('the content: every language complete, no number of its own', () => {
	const languages = readdirSync(join(REPO, 'content/languages')).map((file) => ({
		file,
		data: ((data: LanguageFile) => ({
			...data,
			ui: flattenUiStrings(data.ui as unknown as GroupedUiStrings),
		}))(jsYaml.load(readFileSync(join(REPO, 'content/languages', file), 'utf8')) as LanguageFile),
	}));
	const translations = readdirSync(join(REPO, 'content/translations')).map((file) => ({
		file,
		text: readFileSync(join(REPO, 'content/translations', file), 'utf8'),
	}));

	test('the first set of languages, Urdu right to left, each file named after its code', () => {
		assert.deepEqual(languages.map((language) => language.data.code).sort(), [
			'bn',
			'gu',
			'pa',
			'pl',
			'ro',
			'ta',
			'ur',
		]);
		for (const { file, data } of languages) assert.equal(file, `${data.code}.yaml`);
		const rtl = languages.filter((language) => language.data.dir === 'rtl');
		assert.deepEqual(
			rtl.map((language) => language.data.code),
			['ur'],
		);
	});

	test('the list is marked to be confirmed against the 2021 Census; Punjabi’s script too', () => {
		for (const { file, data } of languages) {
			assert.equal(data.toBeConfirmed, true, file);
			assert.match(data.toBeConfirmedNote ?? '', /2021 Census/, file);
			assert.match(data.toBeConfirmedNote ?? '', /interpreter/, file);
		}
		const punjabi = languages.find((language) => language.data.code === 'pa');
		assert.match(punjabi?.data.toBeConfirmedNote ?? '', /Gurmukhi.*Shahmukhi/s);
	});

	test('every language translates every page, and says where the number goes', () => {
		for (const { data } of languages) {
			for (const page of TRANSLATABLE_PAGES)
				assert.ok(
					translations.some(({ file }) => file === `${data.code}-${page}.md`),
					`content/translations/${data.code}-${page}.md`,
				);
			for (const name of ['inDangerNow', 'interpreter'] as const)
				assert.equal(data.ui[name]?.split('{number}').length, 2, `${data.code} ${name}`);
			assert.deepEqual(Object.keys(data.ui).sort(), Object.keys(UI_STRING_FIELDS).sort());
		}
	});

	test('no translation writes a phone number, or any digits in another script', () => {
		// Numbers come only from content/contacts/ (never translated: people dial what they read).
		// Small counts (28 days) stay in ASCII digits; a run of 3 or more digits could be a number.
		const texts = [
			...translations.map(({ file, text }) => [`content/translations/${file}`, text] as const),
			...languages.map(
				({ file, data }) => [`content/languages/${file}`, JSON.stringify(data.ui)] as const,
			),
		];
		const problems = texts.flatMap(([file, text]) => {
			const body = text.replace(/^---[\s\S]*?\n---\n/, (frontmatter) =>
				frontmatter.replace(/^(englishTextDate|toBeConfirmedNote):.*(\n {2}.*)*$/gm, ''),
			);
			return [
				...[...body.matchAll(/(?![0-9])\p{Nd}/gu)].map((match) => `${file}: digit ${match[0]}`),
				...[...body.matchAll(/\d[\d ]{2,}\d/g)].map((match) => `${file}: number ${match[0]}`),
			];
		});
		assert.deepEqual(problems, []);
	});
});
