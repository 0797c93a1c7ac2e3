// Every phone number and email address on the built site comes from content/contacts/ and reaches
// the page through src/components/contacts/. Read from the one build `npm test` makes (never builds).
//
// This replaces a second, full build with one number changed: with what tests/unit/single-source-
// contacts.test.ts proves about the source (no file outside content/contacts/ writes a number, an
// email or a tel: link), these checks of the real build give the same guarantee without a rebuild:
// 1. every tel: link on every page is PhoneLink's markup, for a number written in the collection;
// 2. every mailto: link is EmailLink's markup, for an address written in the collection;
// 3. the phones in search metadata (for contact results) are numbers in the collection;
// 4. nothing else on any page, feed, calendar, text version or script is a number, email or tel:;
// 5. every public page links the office-hours child protection number, read from the collection now;
// and the pages read include every translated page, in every language.
// So a number on a page can only have come from the collection, through the contacts components,
// and the collection's number is on every page: change it there and it changes everywhere.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import jsYaml from 'js-yaml';
import { serialize } from 'parse5';
import { findStrayContactDetails } from '../../src/lib/contacts/find-stray-contact-details.ts';
import { builtSite } from '../helpers/built-site.ts';
import { expectedTelHref } from '../helpers/contacts.ts';
import {
	attribute,
	elementsIn,
	textOf,
	type HtmlElement as Element,
	type HtmlNode as Node,
} from '../helpers/html.ts';

const CONTACTS = join(import.meta.dirname, '../../content/contacts');

interface ContactFile {
	phones?: { number: string | number; hours: string }[];
	emails?: { address: string }[];
}

// The collection as written (js-yaml, not Astro), so a bug in the site's loading cannot hide here.
const contacts = new Map(
	readdirSync(CONTACTS)
		.filter((file) => file.endsWith('.yaml'))
		.map(
			(file) =>
				[
					file.replace(/\.yaml$/, ''),
					(jsYaml.load(readFileSync(join(CONTACTS, file), 'utf8')) ?? {}) as ContactFile,
				] as const,
		),
);
const numbers = new Set(
	[...contacts.values()].flatMap((contact) =>
		(contact.phones ?? []).map((phone) => String(phone.number)),
	),
);
const addresses = new Set(
	[...contacts.values()].flatMap((contact) => (contact.emails ?? []).map((email) => email.address)),
);

const site = builtSite();
const pages = [...site.pages.values()];
/** The CMS admin shell is not a public page: Decap draws it. */
const isPublic = (path: string) => !path.startsWith('/admin/');

const links = (scheme: string) =>
	pages.flatMap((page) =>
		elementsIn(page.document)
			.filter(
				(element) =>
					element.tagName === 'a' &&
					(attribute(element, 'href') ?? '').toLowerCase().startsWith(scheme),
			)
			.map((element) => ({ page, element })),
	);

test('the collection and the build are both there to compare', () => {
	assert.ok(numbers.size >= 10, `too few numbers in content/contacts/: ${[...numbers].join(', ')}`);
	assert.ok(addresses.size >= 5, 'too few email addresses in content/contacts/');
	assert.ok(
		pages.filter((page) => isPublic(page.path)).length > 300,
		`expected more than 300 built pages, found ${pages.length}`,
	);
});

test('the pages checked include every translated page, in every language', () => {
	// The checks below read every page of the build, so they cover translations too: a number
	// on a translated page can only be the collection's, through PhoneLink, and the office-hours
	// number is on each of them. Changing a number in content/contacts/ changes every language.
	const languages = readdirSync(join(import.meta.dirname, '../../content/languages')).map((file) =>
		file.replace(/\.yaml$/, ''),
	);
	const translations = readdirSync(join(import.meta.dirname, '../../content/translations'));
	const translated = pages.filter((page) =>
		languages.some((code) => page.path.startsWith(`/${code}/`)),
	);
	assert.equal(translated.length, translations.length, 'one built page per translation');
	for (const code of languages)
		assert.ok(
			translated.some((page) => page.path === `/${code}/report-a-concern/`),
			`/${code}/report-a-concern/ is built and checked`,
		);
});

test('every tel: link is PhoneLink’s, for a number in the collection, with the number as its text', () => {
	const telLinks = links('tel:');
	assert.ok(telLinks.length > pages.length, 'expected tel: links on every page');
	const wrong = telLinks.flatMap(({ page, element }) => {
		const text = textOf(element);
		const problems = [];
		if (!(attribute(element, 'class') ?? '').split(/\s+/).includes('app-phone-link'))
			problems.push('not rendered by PhoneLink (no app-phone-link class)');
		if (!numbers.has(text)) problems.push(`“${text}” is not a number in content/contacts/`);
		else if (attribute(element, 'href') !== expectedTelHref(text))
			problems.push(`href ${attribute(element, 'href')} is not ${expectedTelHref(text)}`);
		return problems.map((problem) => `${page.file}: ${problem}`);
	});
	assert.deepEqual(wrong, []);
});

test('every mailto: link is EmailLink’s, for an address in the collection', () => {
	const mailLinks = links('mailto:');
	assert.ok(mailLinks.length > 0, 'expected email links on the contacts pages');
	const wrong = mailLinks.flatMap(({ page, element }) => {
		const address = textOf(element);
		const problems = [];
		if (!(attribute(element, 'class') ?? '').split(/\s+/).includes('app-email-link'))
			problems.push('not rendered by EmailLink (no app-email-link class)');
		if (!addresses.has(address))
			problems.push(`“${address}” is not an address in content/contacts/`);
		else if (attribute(element, 'href') !== `mailto:${address}`)
			problems.push(`href ${attribute(element, 'href')} is not mailto:${address}`);
		return problems.map((problem) => `${page.file}: ${problem}`);
	});
	assert.deepEqual(wrong, []);
});

/** Search metadata for contact results: `<span data-pagefind-meta="phones[data-value]" data-value="[[label, number, hours], …]">`. */
const isPhoneMetadata = (element: Element) =>
	attribute(element, 'data-pagefind-meta') === 'phones[data-value]';

test('phones in search metadata are numbers in the collection', () => {
	const metadata = pages.flatMap((page) =>
		elementsIn(page.document)
			.filter(isPhoneMetadata)
			.map((element) => ({ page, element })),
	);
	assert.ok(metadata.length > 0, 'expected phone metadata on the contact pages');
	const wrong = metadata.flatMap(({ page, element }) =>
		(JSON.parse(attribute(element, 'data-value') ?? '[]') as string[][])
			.map((row) => row[1] ?? '')
			.filter((number) => !numbers.has(number))
			.map((number) => `${page.file}: “${number}” is not a number in content/contacts/`),
	);
	assert.deepEqual(wrong, []);
});

// Decap's own bundle (copied into dist/admin/ from node_modules) and Pagefind's scripts are other
// projects' code, with their authors' addresses in them; the index under pagefind/ is built from the
// pages checked here.
const NOT_OURS = /^(pagefind\/|admin\/(\d+\.)?decap-cms\.js$)/;

test('nothing else in the build writes a phone number, an email address or a tel: link', () => {
	const texts: [string, string][] = [];
	for (const page of pages) {
		// Without the links and metadata checked above, serialised from the tree the reader parsed.
		const strip = (node: Node) => {
			if (!('childNodes' in node)) return;
			node.childNodes = node.childNodes.filter((child) => {
				if (!('tagName' in child)) return true;
				const href = (attribute(child, 'href') ?? '').toLowerCase();
				return (
					!(child.tagName === 'a' && (href.startsWith('tel:') || href.startsWith('mailto:'))) &&
					!isPhoneMetadata(child)
				);
			});
			for (const child of node.childNodes) strip(child);
			if ('content' in node) strip(node.content);
		};
		const copy = structuredClone(page.document);
		strip(copy);
		texts.push([page.file, serialize(copy)]);
	}
	for (const file of site.files) {
		if (
			file.endsWith('.html') ||
			NOT_OURS.test(file) ||
			!/\.(xml|ics|txt|js|css|json|ya?ml|svg|webmanifest)$/.test(file)
		)
			continue;
		let text = site.read(file)?.toString('utf8') ?? '';
		// An event's UID is `<id>@redbridgescp.org.uk` (RFC 5545 asks for a domain), not an address.
		if (file.endsWith('.ics')) text = text.replace(/^UID:.*$/gm, 'UID:');
		texts.push([file, text]);
	}
	assert.ok(
		texts.some(([file]) => file.endsWith('.ics')) &&
			texts.some(([file]) => file.endsWith('rss.xml')),
		'calendars and feeds are scanned',
	);
	const findings = findStrayContactDetails(texts, {
		contactPhones: [...numbers],
		// Bundled scripts may build tel: links: the source scan proves only src/components/contacts/
		// (which the CMS previews reuse through telHref) writes one.
		telHrefAllowedIn: [],
	}).filter(({ file, kind }) => !(kind === 'tel-href' && /\.js$/.test(file)));
	assert.deepEqual(
		findings.map(
			({ file, line, kind, match }) => `${file}:${line} ${kind} ${JSON.stringify(match)}`,
		),
		[],
		'Write these in content/contacts/ and render them with src/components/contacts/',
	);
});

test('every public page links the office-hours child protection number from the collection', () => {
	const number = contacts
		.get('child-protection-referrals')
		?.phones?.find((phone) => phone.hours === 'office-hours')?.number;
	assert.ok(number, 'content/contacts/child-protection-referrals.yaml has no office-hours number');
	const href = expectedTelHref(String(number));
	const without = pages
		.filter((page) => isPublic(page.path))
		.filter(
			(page) =>
				!elementsIn(page.document).some(
					(element) =>
						element.tagName === 'a' &&
						attribute(element, 'href') === href &&
						textOf(element) === String(number),
				),
		)
		.map((page) => page.file);
	assert.deepEqual(without, [], `pages that do not link ${String(number)} as text and tel: href`);
});
