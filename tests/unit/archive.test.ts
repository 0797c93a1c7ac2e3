// List pages show current material first and earlier years under an "Earlier …" heading;
// src/lib/content/archive.ts draws the line for all of them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ARCHIVE_BEFORE, splitArchive, yearSpan } from '../../src/lib/content/archive.ts';

describe('splitArchive', () => {
	const items = [
		{ id: 'scrutiny-2025', date: new Date('2025-09-01') },
		{ id: 'first-day', date: new Date(ARCHIVE_BEFORE) },
		{ id: 'newsletter-2022', date: new Date('2022-07-04') },
		{ id: 'lscb-2017', date: new Date('2017-06-01') },
		{ id: 'undated', date: undefined },
	];

	test('puts 2016 to 2022 in the archive and keeps the order of each part', () => {
		const { current, earlier } = splitArchive(items, (item) => item.date);
		assert.deepEqual(
			current.map((item) => item.id),
			['scrutiny-2025', 'first-day'],
		);
		assert.deepEqual(
			earlier.map((item) => item.id),
			['newsletter-2022', 'lscb-2017', 'undated'],
		);
	});

	test('never presents an undated item as current', () => {
		assert.deepEqual(splitArchive([{ id: 'x' }], () => undefined).current, []);
		assert.deepEqual(splitArchive([{ id: 'x' }], () => Number.NaN).current, []);
	});

	test('accepts times as numbers and another line', () => {
		const { current } = splitArchive(
			[Date.UTC(2018, 0, 1), Date.UTC(2016, 0, 1)],
			(time) => time,
			new Date(Date.UTC(2017, 0, 1)),
		);
		assert.deepEqual(current, [Date.UTC(2018, 0, 1)]);
	});
});

describe('yearSpan', () => {
	test('gives the first and last year, or one year, or nothing', () => {
		assert.equal(
			yearSpan([new Date('2022-07-04'), new Date('2016-08-01'), new Date('2018-03-01')]),
			'2016 to 2022',
		);
		assert.equal(yearSpan([Date.UTC(2022, 6, 4)]), '2022');
		assert.equal(yearSpan([]), '');
	});
});
