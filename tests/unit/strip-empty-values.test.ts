// The CMS saves a cleared optional field as '': the content must still build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripEmptyValues } from '../../src/lib/content/strip-empty-values.ts';
import { ContactsSchema } from '../../src/schemas/contacts.ts';

test('drops empty strings at any depth and keeps everything else', () => {
	const date = new Date('2022-07-04');
	assert.deepEqual(
		stripEmptyValues({
			a: '',
			b: 'x',
			c: 0,
			d: false,
			e: date,
			f: [{ g: '', h: 'y' }],
			i: { j: '' },
		}),
		{
			b: 'x',
			c: 0,
			d: false,
			e: date,
			f: [{ h: 'y' }],
			i: {},
		},
	);
});

test('a contact whose optional note and website label were cleared in the CMS still validates', () => {
	const contact = {
		title: 'Test service',
		purpose: 'If you need a test service, contact it here.',
		groups: ['business-unit'],
		organisation: '',
		phones: [{ label: 'Main line', number: '020 7946 0123', hours: 'office-hours', hoursNote: '' }],
		audiences: ['public'],
		urgency: 'routine',
		lastVerified: '2026-11-22',
		verifiedFrom: 'A test',
		toBeConfirmedNote: '',
	};
	assert.equal(
		ContactsSchema().safeParse(contact).success,
		false,
		'the raw data fails: this is the problem being solved',
	);
	assert.equal(ContactsSchema().safeParse(stripEmptyValues(contact)).success, true);
});
