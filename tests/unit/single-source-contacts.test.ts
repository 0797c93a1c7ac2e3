// Every phone number and email address on the site lives once, in content/contacts/*.yaml, and is
// rendered everywhere from there through src/components/contacts/. A number copied into a page goes
// stale the day the service changes it, and on a safeguarding site that means a call to a dead line.
// Here, on the source (no build): (a) no file outside the collection writes a number, an email or a
// tel: link; (b) the finder behind (a) catches what it should and nothing else. On the built site,
// tests/dist/contacts-on-pages.test.ts proves every number and address on every page comes from the
// collection through the contacts components, and the collection's number is on every page, which
// with (a) means a number changed in the collection changes everywhere (no second build needed).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, test } from 'node:test';
import jsYaml from 'js-yaml';
import {
	findStrayContactDetails,
	type StrayContactDetail,
} from '../../src/lib/contacts/find-stray-contact-details.ts';

const REPO = join(import.meta.dirname, '../..');
const CONTACTS = 'content/contacts/';

/** Paths with `/` whatever the OS, relative to `root`. */
const posix = (root: string, path: string) => relative(root, path).split(sep).join('/');

/** Text files under `folder` (relative to `root`), as [path, text]. Binary files (images, fonts) have no text to check. */
function textFilesUnder(root: string, folder: string): [string, string][] {
	return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile())
		.map((dirent) => join(dirent.parentPath, dirent.name))
		.map((path) => [posix(root, path), readFileSync(path)] as const)
		.filter(([, bytes]) => !bytes.subarray(0, 8000).includes(0))
		.map(([path, bytes]) => [path, bytes.toString('utf8')] as [string, string])
		.sort(([a], [b]) => a.localeCompare(b));
}

interface ContactFile {
	phones?: { number: string; hours: string }[];
	emails?: { address: string }[];
}

/** Every `phones[].number` in the collection: the finder also looks for each of these exactly. */
function collectionPhoneNumbers(): string[] {
	return textFilesUnder(REPO, CONTACTS)
		.filter(([path]) => path.endsWith('.yaml'))
		.flatMap(([, text]) =>
			((jsYaml.load(text) as ContactFile | null)?.phones ?? []).map((phone) =>
				String(phone.number),
			),
		);
}

const describeFinding = ({ file, line, kind, match }: StrayContactDetail) =>
	`${file}:${line}  ${kind}  ${JSON.stringify(match)}`;

describe('every phone number and email address lives in content/contacts/', () => {
	const phones = collectionPhoneNumbers();
	// src/ (pages, layouts, components, libraries, schemas), public/ (copied to the site as is) and
	// every content file; the finder itself skips content/contacts/, the one place details live.
	// Decap's own bundle, copied into public/admin/ by postinstall and ignored by git, is not ours to scan.
	const siteFiles = ['src', 'public', 'content']
		.flatMap((folder) => textFilesUnder(REPO, folder))
		.filter(([path]) => !/^public\/admin\/(\d+\.)?decap-cms\.js$/.test(path));
	// The CMS preview renders contacts from the collection, as PhoneLink does on the site.
	const findings = findStrayContactDetails(siteFiles, {
		contactPhones: phones,
		telHrefAllowedIn: ['src/components/contacts/'],
	});

	test('the files scanned include the contacts collection, pages and components', () => {
		const paths = siteFiles.map(([path]) => path);
		assert.ok(
			paths.some((path) => path.startsWith(CONTACTS)),
			'no content/contacts/ file was read',
		);
		assert.ok(
			paths.some((path) => path.startsWith('content/pages/')),
			'no content/pages/ file was read',
		);
		// Translations and the languages' UI strings too: a number typed into a translation is
		// found like one typed into an English page.
		for (const folder of ['content/translations/', 'content/languages/'])
			assert.ok(
				paths.some((path) => path.startsWith(folder)),
				`no ${folder} file was read`,
			);
		assert.ok(
			paths.includes('src/components/contacts/PhoneLink.astro'),
			'PhoneLink.astro was not read',
		);
		// The long numbers are what the exact-number rule looks for; 999 and 101 are too short to count.
		assert.ok(
			phones.filter((number) => number.replace(/\D/g, '').length >= 6).length >= 5,
			`too few numbers in the collection: ${phones.join(', ')}`,
		);
	});

	test('no file outside content/contacts/ writes a phone number, email address or tel: link', () => {
		assert.deepEqual(
			findings.map(describeFinding),
			[],
			'Write these in content/contacts/ and render them with src/components/contacts/',
		);
	});

	test('src/components/contacts/ renders numbers and emails but holds none itself', () => {
		const components = textFilesUnder(REPO, 'src/components/contacts');
		assert.ok(components.length >= 2, 'expected the contacts components');
		const held = findStrayContactDetails(components, { contactPhones: phones });
		assert.deepEqual(held.map(describeFinding), []);
	});

	test('content/ outside content/contacts/ writes no phone number, email address or tel: link', () => {
		assert.deepEqual(
			findings.filter(({ file }) => file.startsWith('content/')).map(describeFinding),
			[],
		);
	});
});

describe('findStrayContactDetails on small samples', () => {
	/** Findings in one sample, as [kind, match]. */
	const find = (text: string, file = 'content/pages/sample.md', contactPhones: string[] = []) =>
		findStrayContactDetails([[file, text]], { contactPhones }).map(({ kind, match }) => [
			kind,
			match,
		]);

	const PHONES: [text: string, match: string][] = [
		['Call 020 8123 4567 today.', '020 8123 4567'],
		['Call 02081234567.', '02081234567'],
		['Call 020-8123-4567.', '020-8123-4567'],
		['Call 020\u00a08123\u00a04567.', '020\u00a08123\u00a04567'],
		['Call 020&nbsp;8123&nbsp;4567.', '020&nbsp;8123&nbsp;4567'],
		['Call 020 8123\n4567, a number Markdown wrapped.', '020 8123\n4567'],
		['Childline: 0800 1111', '0800 1111'],
		['Free on 0808 123 4567.', '0808 123 4567'],
		['Text 07123 456789.', '07123 456789'],
		['Call (01708 123456).', '01708 123456'],
		['Samaritans: 116 123', '116 123'],
		['Call 116000.', '116000'],
		['From abroad: +44 20 8123 4567', '+44 20 8123 4567'],
		['From abroad: +44 (0)20 8123 4567', '+44 (0)20 8123 4567'],
		['From abroad: 0044 20 8123 4567', '0044 20 8123 4567'],
		['|Team|020 8123 4567|', '020 8123 4567'],
	];
	for (const [text, match] of PHONES) {
		test(`finds the phone number in ${JSON.stringify(text)}`, () => {
			assert.deepEqual(find(text), [['phone', match]]);
		});
	}

	const EMAILS: [text: string, match: string][] = [
		['Email Team.Inbox@council.gov.uk.', 'Team.Inbox@council.gov.uk'],
		['<a href="mailto:a@b.co">write</a>', 'a@b.co'],
		['[write](mailto:referrals+web@service.org.uk)', 'referrals+web@service.org.uk'],
	];
	for (const [text, match] of EMAILS) {
		test(`finds the email address in ${JSON.stringify(text)}`, () => {
			assert.deepEqual(find(text), [['email', match]]);
		});
	}

	test('finds every tel: link outside src/components/contacts/, including to 999, and reports it once', () => {
		assert.deepEqual(find('<a href="tel:999">999</a>', 'src/pages/help.astro'), [
			['tel-href', 'tel:999'],
		]);
		assert.deepEqual(find('[Call us](tel:+442081234567)'), [['tel-href', 'tel:+442081234567']]);
		assert.deepEqual(find('<a href="tel:02081234567">call</a>', 'src/pages/help.astro'), [
			['tel-href', 'tel:02081234567'],
		]);
		assert.deepEqual(find('<a href={`tel:${number}`}>call</a>', 'src/components/site/Bar.astro'), [
			['tel-href', 'tel:${number}'],
		]);
		assert.deepEqual(find("<a href={'tel:' + number}>call</a>", 'src/components/site/Bar.astro'), [
			['tel-href', "tel:' +"],
		]);
		assert.deepEqual(
			find('export const telHref = (n: string) => `tel:${n}`;', 'src/lib/phone.ts'),
			[['tel-href', 'tel:${n}']],
		);
	});

	test('allows tel: links in src/components/contacts/, but not numbers or emails written there', () => {
		assert.deepEqual(
			find('<a href={`tel:${number}`}>{number}</a>', 'src/components/contacts/PhoneLink.astro'),
			[],
		);
		assert.deepEqual(
			find('<a href="tel:999">999</a>', 'src/components/contacts/PhoneLink.astro'),
			[],
		);
		assert.deepEqual(
			find(
				'<a href="tel:02081234567">020 8123 4567</a>',
				'src/components/contacts/PhoneLink.astro',
			),
			[
				['phone', '02081234567'],
				['phone', '020 8123 4567'],
			],
		);
		assert.deepEqual(
			find('fallback: help@council.gov.uk', 'src/components/contacts/EmailLink.astro'),
			[['email', 'help@council.gov.uk']],
		);
	});

	test('skips the contacts collection itself', () => {
		assert.deepEqual(
			find('number: 020 8123 4567\naddress: help@council.gov.uk', 'content/contacts/help.yaml'),
			[],
		);
	});

	test('finds any number from the collection exactly, however it is spaced, but not the short national ones', () => {
		assert.deepEqual(
			find('Call 123 456 or 123-456 or 123456.', 'content/pages/sample.md', ['123 456']),
			[
				['phone', '123 456'],
				['phone', '123-456'],
				['phone', '123456'],
			],
		);
		assert.deepEqual(find('Ref 1234567 and 9123456.', 'content/pages/sample.md', ['123 456']), []);
		assert.deepEqual(
			find('In an emergency call 999, otherwise 101.', 'content/pages/sample.md', ['999', '101']),
			[],
		);
	});

	test('gives the 1-based line of each finding and keeps text order', () => {
		const findings = findStrayContactDetails([
			['content/pages/a.md', 'Intro.\n\nCall 020 8123 4567\nor email help@council.gov.uk.\n'],
		]);
		assert.deepEqual(
			findings.map(({ file, line, kind }) => `${file}:${line} ${kind}`),
			['content/pages/a.md:3 phone', 'content/pages/a.md:4 email'],
		);
	});

	const NOT_CONTACT_DETAILS = [
		'Published 2022-07-04.',
		'Published 04/07/2022 and 04-07-2022.',
		'Meeting 01-01-2022 10:00 to 12:00.',
		'The partnership spent £128,325.54 (£1,234,567 in all).',
		'In 2022, 12,345 children; 2,000 in 2021–2022.',
		'Section 47 enquiries (s47) and s.17 assessments.',
		'Write to Lynton House, Ilford IG1 1NY, or IG11 8TD.',
		'Up 45% (12.5% last year).',
		'Open 09:00 to 17:00, or 09:00-17:00.',
		'In an emergency call 999. For non-emergencies call 101, or 111 for health advice.',
		'Company number 04123456, charity 1234567.',
		'ISBN 978-0-14-303943-3, version 1.0.123456789.',
		'Example numbers: 020 7946 0123, 0161 496 0000, 07700 900123, +44 20 7946 0999.',
		'Example addresses: name@example.org, team@example.com, a@service.test.',
		'Images logo@2x.png and photo@3x.webp; packages @astrojs/mdx and astro@7.2.10.',
		'Phone links are written as tel: links by PhoneLink. Tel: see the contacts page.',
		'Stay at the hotel:5 nights.',
		'<path d="M0 12 34 56 78 90 12 0 0 10 0 0 5 5 5 5"/>',
		'color: #020812; id="x02081234567"',
		'Reference 020812345678901 is too long to be a number.',
	];
	for (const text of NOT_CONTACT_DETAILS) {
		test(`finds nothing in ${JSON.stringify(text)}`, () => {
			assert.deepEqual(find(text, 'src/pages/sample.astro'), []);
		});
	}
});
