// Translated pages as built (issue 13): each in its language and direction, linked both ways with
// <link rel="alternate" hreflang> and the language navigation (each language named in its own
// script, with lang and hreflang), and found from the footer and the home page. Read from the one
// build `npm test` makes (never builds). Languages come from content/languages/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtSite } from '../helpers/built-site.ts';
import { attribute, elementsIn, textOf, type HtmlElement } from '../helpers/html.ts';
import { siteLanguages } from '../helpers/languages.ts';

const languages = siteLanguages();
const JOURNEY = [
	'/report-a-concern/',
	'/children-and-young-people/',
	'/staying-safe-online/',
	'/help-in-your-language/',
];

const site = builtSite();
const page = (path: string) => {
	const found =
		site.pages.get(path) ?? [...site.pages.values()].find((entry) => entry.path === path);
	assert.ok(found, `${path} is built`);
	return found;
};
const elements = (path: string, tag: string) =>
	elementsIn(page(path).document).filter((element) => element.tagName === tag);
const html = (path: string) => elements(path, 'html')[0] as HtmlElement;
const alternates = (path: string) =>
	new Map(
		elements(path, 'link')
			.filter((link) => attribute(link, 'rel') === 'alternate' && attribute(link, 'hreflang'))
			.map((link) => [
				attribute(link, 'hreflang'),
				new URL(attribute(link, 'href') ?? '').pathname,
			]),
	);

test('every translated page is in its language and direction, with its chrome in that language', () => {
	for (const language of languages)
		for (const english of JOURNEY) {
			const path = `/${language.code}${english}`;
			assert.equal(attribute(html(path), 'lang'), language.code, path);
			assert.equal(attribute(html(path), 'dir'), language.dir, path);
			const text = textOf(page(path).document);
			for (const name of ['skipToContent', 'exitThisPage', 'worriedTitle', 'uncheckedNotice'])
				assert.ok(text.includes(language.ui[name] ?? '?'), `${path}: ${name}`);
			const breadcrumbs = elements(path, 'nav').find(
				(nav) => attribute(nav, 'aria-label') === language.ui.breadcrumbLabel,
			);
			assert.ok(breadcrumbs, `${path}: breadcrumbs named in ${language.code}`);
		}
	assert.ok(
		languages.some((language) => language.dir === 'rtl'),
		'Urdu is right to left',
	);
});

test('alternate links go both ways between English and every language', () => {
	for (const english of JOURNEY) {
		const expected = new Map([
			['en-GB', english],
			...languages.map((language) => [language.code, `/${language.code}${english}`] as const),
		]);
		assert.deepEqual(alternates(english), expected, english);
		for (const language of languages)
			assert.deepEqual(alternates(`/${language.code}${english}`), expected, language.code);
	}
	assert.equal(alternates('/lado/').size, 0, 'pages outside the journey have none');
});

test('the language navigation names each language in its own script, with lang and hreflang', () => {
	for (const english of JOURNEY) {
		const navigation = elements(english, 'nav').find(
			(nav) => attribute(nav, 'aria-label') === 'Languages',
		);
		assert.ok(navigation, `${english}: a language navigation`);
		const links = elementsIn(navigation).filter((element) => element.tagName === 'a');
		assert.deepEqual(
			links.map((link) => [textOf(link), attribute(link, 'lang'), attribute(link, 'hreflang')]),
			languages
				.toSorted((a, b) => a.order - b.order)
				.map((language) => [language.nativeName, language.code, language.code]),
			english,
		);
	}
});

test('“Help in your language” is linked from the footer of every page and from the home page', () => {
	const without = [...site.pages.values()]
		.filter((entry) => !entry.path.startsWith('/admin/'))
		.filter(
			(entry) =>
				!elementsIn(entry.document).some(
					(element) =>
						element.tagName === 'footer' &&
						elementsIn(element).some(
							(link) =>
								link.tagName === 'a' && attribute(link, 'href') === '/help-in-your-language/',
						),
				),
		)
		.map((entry) => entry.path);
	assert.deepEqual(without, []);
	const home = elementsIn(page('/').document).filter((element) => element.tagName === 'a');
	for (const language of languages)
		assert.ok(
			home.some(
				(link) =>
					attribute(link, 'href') === `/${language.code}/help-in-your-language/` &&
					attribute(link, 'lang') === language.code,
			),
			`home page links ${language.code}`,
		);
});
