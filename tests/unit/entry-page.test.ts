// What every entry's page derives from its collection and data (src/lib/content/entry-page.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryPage, eraOf } from '../../src/lib/content/entry-page.ts';

test('breadcrumbs come from the registry, and pages in a folder get that folder', () => {
	assert.deepEqual(
		entryPage('training', { id: 'r-u-ready', data: { title: 'R U Ready' } }).breadcrumbs,
		[
			{ label: 'Home', href: '/' },
			{ label: 'Training', href: '/training/' },
		],
	);
	assert.deepEqual(
		entryPage('pages', { id: 'about/budget', data: { title: 'Budget' } }).breadcrumbs.at(-1),
		{ label: 'About', href: '/about/' },
	);
	assert.deepEqual(
		entryPage('pages', { id: 'about/index', data: { title: 'About' } }).breadcrumbs,
		[{ label: 'Home', href: '/' }],
	);
});

test('search filters: the registry’s type and audiences, the year of the date, and the era', () => {
	const page = entryPage('briefings', {
		id: 'x',
		data: { title: 'X', audiences: ['education'], published: new Date('2022-07-04') },
	});
	assert.deepEqual(page.searchFilters, {
		type: ['briefing'],
		audience: ['professionals'],
		year: ['2022'],
		era: 'earlier',
	});
	assert.deepEqual(page.searchMeta, { date: '2022-07-04' });
});

test('review dates and the to-be-confirmed notice only where the entry has them', () => {
	const data = {
		title: 'Budget',
		lastReviewed: new Date('2026-01-01'),
		reviewDue: new Date('2027-01-01'),
		toBeConfirmed: true,
	};
	const page = entryPage('pages', { id: 'about/budget', data });
	assert.deepEqual(page.review, { lastReviewed: data.lastReviewed, reviewDue: data.reviewDue });
	assert.equal(page.toBeConfirmed.toBeConfirmed, true);
	assert.equal(entryPage('glossary', { id: 'lado', data: { title: 'LADO' } }).review, undefined);
});

test('eraOf: courses by the current programme, priorities by their year, the rest by their date', () => {
	assert.equal(eraOf({ current: true }, undefined), 'current');
	assert.equal(eraOf({ current: false }, undefined), 'earlier');
	assert.equal(eraOf({ period: '2016-17' }, undefined), 'earlier');
	assert.equal(eraOf({ period: '2025-26' }, undefined), 'current');
	assert.equal(eraOf({}, new Date('2022-07-04')), 'earlier');
	assert.equal(eraOf({}, new Date('2024-09-01')), 'current');
	assert.equal(eraOf({}, undefined), 'current');
});
