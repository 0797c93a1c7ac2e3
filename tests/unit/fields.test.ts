// The shared fields guard every collection: a wrong phone number or an unsafe link in one
// schema would be wrong everywhere, so their edges are pinned here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LinkSchema, SafeUrlSchema, UkPhoneNumberSchema } from '../../src/schemas/shared/fields.ts';

describe('UkPhoneNumberSchema', () => {
	// Numbers the partnership's documents actually give, in the spacing people read aloud.
	for (const number of [
		'020 8708 3885', // Redbridge children's services
		'0800 1111', // Childline: the one 8-digit freephone number
		'999',
		'101',
		'0808 800 5000', // NSPCC helpline
		'116 123', // Samaritans
		'07700 900123', // mobile (Ofcom drama range)
	]) {
		test(`accepts ${number}`, () =>
			assert.equal(UkPhoneNumberSchema.safeParse(number).success, true));
	}

	for (const [number, why] of [
		['020 123', 'too short to dial'],
		['+44 20 8708 3885', 'international form: the page builds tel: links from UK digits'],
		['0800 CHILDLINE', 'letters'],
		['020-8708-3885', 'hyphens instead of spaces'],
		['0208 708 38855 5', 'too long'],
		['', 'empty'],
	] as const) {
		test(`rejects “${number}” (${why})`, () =>
			assert.equal(UkPhoneNumberSchema.safeParse(number).success, false));
	}
});

describe('SafeUrlSchema', () => {
	for (const url of [
		'https://www.gov.uk/',
		'https://example.org/a?b=c#d',
		'/about/',
		'/files/report.pdf',
	]) {
		test(`accepts ${url}`, () => assert.equal(SafeUrlSchema.safeParse(url).success, true));
	}

	// Script and data URLs run code or show forged pages in the site's name.
	for (const url of [
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		'  javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'about/', // relative paths break when the page moves
		'www.example.org',
		'https://exa mple.org/',
	]) {
		test(`rejects “${url}”`, () => assert.equal(SafeUrlSchema.safeParse(url).success, false));
	}

	test('LinkSchema applies it to link URLs', () => {
		assert.equal(
			LinkSchema.safeParse({ title: 'Report', url: 'javascript:alert(1)' }).success,
			false,
		);
		assert.equal(LinkSchema.safeParse({ title: 'Report' }).success, true, 'the URL is optional');
	});
});
