// The site search's pure rules: the address a search lives at, how Back steps through searches,
// the filters sent to Pagefind, excerpts and phone numbers in results, the hidden synonyms each
// page carries, and the build check that every synonyms entry names a searchable page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSynonymPageProblems } from '../../src/lib/search/check-synonym-pages.ts';
import { filterValueLabel, searchFiltersFor } from '../../src/lib/search/search-filters.ts';
import { SEARCH_TYPE_LABELS, SEARCH_TYPES } from '../../src/lib/search/search-types.ts';
import { keywordsForPath, normalisePath } from '../../src/lib/search/search-keywords.ts';
import {
	decodeEntities,
	excerptParts,
	parsePhones,
	resultCountMessage,
	sectionMatchesQuery,
	serialisePhones,
} from '../../src/lib/search/search-results.ts';
import {
	countTicked,
	historyModeFor,
	noFilters,
	pagefindFilters,
	readSearchState,
	sameSearch,
	searchUrl,
} from '../../src/lib/search/search-state.ts';

describe('readSearchState and searchUrl', () => {
	it('reads the words and every ticked value, ignoring unknown keys', () => {
		const state = readSearchState(
			'?q=  referral   form &type=contact&type=page&audience=professionals&colour=red',
		);
		assert.deepEqual(state, {
			query: 'referral form',
			filters: { type: ['contact', 'page'], audience: ['professionals'], year: [] },
		});
	});
	it('writes the same address back, words first, groups in their order', () => {
		const url = searchUrl({
			query: 'level of need',
			filters: { type: ['level of need'], audience: [], year: ['2025', '2024'] },
		});
		assert.equal(url, '/search/?q=level+of+need&type=level+of+need&year=2025&year=2024');
		assert.deepEqual(readSearchState(url.split('?')[1] ?? ''), {
			query: 'level of need',
			filters: { type: ['level of need'], audience: [], year: ['2025', '2024'] },
		});
	});
	it('gives the bare search page for an empty search', () => {
		assert.equal(searchUrl({ query: '', filters: noFilters() }), '/search/');
	});
	it('drops repeated values', () => {
		assert.deepEqual(readSearchState('?q=x&type=page&type=page').filters.type, ['page']);
	});
	it('treats searches with the same words and ticks as the same', () => {
		const a = readSearchState('?q=lado&type=contact');
		assert.equal(
			sameSearch(a, { query: 'lado', filters: { type: ['contact'], audience: [], year: [] } }),
			true,
		);
		assert.equal(sameSearch(a, { query: 'lado', filters: noFilters() }), false);
	});
	it('counts ticked values across groups', () => {
		assert.equal(countTicked({ type: ['page', 'contact'], audience: ['public'], year: [] }), 3);
	});
});

describe('historyModeFor', () => {
	it('replaces while the same search is being typed or shortened', () => {
		assert.equal(historyModeFor('', 'l'), 'replace');
		assert.equal(historyModeFor('lad', 'lado'), 'replace');
		assert.equal(historyModeFor('lado referral', 'lado'), 'replace');
	});
	it('pushes a different search, so Back returns to the last one', () => {
		assert.equal(historyModeFor('lado', 'marf'), 'push');
	});
	it('leaves the address alone when nothing changed or the field was cleared', () => {
		assert.equal(historyModeFor('lado', ' LADO '), 'none');
		assert.equal(historyModeFor('lado', ''), 'none');
	});
});

describe('pagefindFilters', () => {
	it('ORs values within a group and sends every group, so Pagefind counts them all', () => {
		assert.deepEqual(
			pagefindFilters({ type: ['briefing', 'page'], audience: ['professionals'], year: [] }),
			{
				type: { any: ['briefing', 'page'] },
				audience: { any: ['professionals'] },
				year: { any: [] },
			},
		);
	});
	it('can leave one group out, to count what ticking another value in it would give', () => {
		assert.deepEqual(
			pagefindFilters({ type: ['briefing'], audience: ['public'], year: [] }, 'type'),
			{
				type: { any: [] },
				audience: { any: ['public'] },
				year: { any: [] },
			},
		);
	});
});

describe('searchFiltersFor', () => {
	it('writes the type, audiences in words and the year', () => {
		assert.deepEqual(
			searchFiltersFor({
				type: 'briefing',
				audiences: ['professionals', 'children-and-young-people'],
				date: new Date('2025-03-01T00:00:00Z'),
			}),
			{
				type: ['briefing'],
				audience: ['professionals', 'children and young people'],
				year: ['2025'],
			},
		);
	});
	it('uses the UK year for a date just before midnight on New Year’s Eve, UTC', () => {
		assert.deepEqual(
			searchFiltersFor({ type: 'event', date: new Date('2024-12-31T23:30:00Z') }).year,
			['2024'],
		);
	});
	it('leaves audience and year empty when the page has none', () => {
		assert.deepEqual(searchFiltersFor({ type: 'page' }), {
			type: ['page'],
			audience: [],
			year: [],
		});
	});
	it('labels values for people', () => {
		assert.equal(filterValueLabel('type', 'briefing', SEARCH_TYPE_LABELS), '7-minute briefing');
		assert.deepEqual(SEARCH_TYPES, [
			'page',
			'contact',
			'briefing',
			'level of need',
			'case review',
			'report',
			'priority',
			'newsletter',
			'event',
			'training',
			'glossary',
		]);
		assert.equal(
			filterValueLabel('audience', 'public', SEARCH_TYPE_LABELS),
			'Parents, carers and the public',
		);
		assert.equal(filterValueLabel('year', '2024', SEARCH_TYPE_LABELS), '2024');
	});
});

describe('excerptParts', () => {
	it('splits highlighted words from the rest and decodes entities', () => {
		assert.deepEqual(
			excerptParts('Call the <mark>LADO</mark> &amp; tell &lt;them&gt; &#39;now&#x27;'),
			[
				{ text: 'Call the ', marked: false },
				{ text: 'LADO', marked: true },
				{ text: " & tell <them> 'now'", marked: false },
			],
		);
	});
	it('never turns encoded markup into markup', () => {
		const parts = excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>');
		assert.equal(parts[0]?.text, '<script>alert(1)</script> ');
		assert.equal(parts.length, 2);
	});
	it('leaves unknown entities as written', () => {
		assert.equal(decodeEntities('&madeup; &amp;'), '&madeup; &');
	});
});

describe('sectionMatchesQuery', () => {
	it('keeps a section whose highlights cover the query', () => {
		assert.equal(sectionMatchesQuery('Call the <mark>LADO</mark> today', 'LADO'), true);
		assert.equal(
			sectionMatchesQuery(
				'<mark>Who</mark> to <mark>ring</mark> at <mark>night</mark>',
				'who do I ring at night',
			),
			true,
		);
	});
	it('counts other forms of a word, as Pagefind highlights them', () => {
		assert.equal(
			sectionMatchesQuery('<mark>ringing</mark> the team at <mark>night</mark>', 'ring at night'),
			true,
		);
	});
	it('drops a section that matched only a short or single word of a longer query', () => {
		assert.equal(
			sectionMatchesQuery('You <mark>do</mark> not need to be sure', 'who do I ring at night'),
			false,
		);
		assert.equal(
			sectionMatchesQuery('<mark>Who</mark> to contact now', 'who do I ring at night'),
			false,
		);
	});
	it('keeps every section when the query has only short words', () => {
		assert.equal(sectionMatchesQuery('<mark>s47</mark>', 'at'), true);
	});
});

describe('resultCountMessage', () => {
	it('says how many results, for what, and the filters', () => {
		assert.equal(resultCountMessage(1, 'lado', []), '1 result for “lado”');
		assert.equal(resultCountMessage(0, 'xyz', []), 'No results for “xyz”');
		assert.equal(
			resultCountMessage(12, 'referral', ['Contact', 'Page']),
			'12 results for “referral”, filtered by Contact, Page',
		);
	});
});

describe('phones metadata', () => {
	const phones = [
		{
			label: 'Referrals',
			number: '020 7946 0123',
			hours: 'Office hours: Monday to Friday, 9am to 5pm',
		},
		{ label: 'Emergencies', number: '020 7946 0999', hours: 'Evenings and weekends' },
	];
	it('round-trips, as rows with no searchable key names', () => {
		const value = serialisePhones(phones);
		assert.doesNotMatch(value, /"(label|number|hours)":/);
		assert.deepEqual(parsePhones(value), phones);
	});
	it('gives no numbers for anything malformed, rather than failing the result', () => {
		assert.deepEqual(parsePhones(undefined), []);
		assert.deepEqual(parsePhones('not json'), []);
		assert.deepEqual(parsePhones('{"a":1}'), []);
		assert.deepEqual(parsePhones('[["Label","call me","hours"],["x"]]'), []);
	});
});

describe('keywordsForPath', () => {
	const synonyms = [
		{ terms: ['allegation against a teacher', 'LADO referral'], page: '/lado/' },
		{ terms: ['lado referral', 'position of trust'], page: '/lado' },
		{ terms: ['referral form'], page: '/professionals/' },
	];
	const glossary = [
		{
			title: 'LADO',
			expansion: 'Local Authority Designated Officer',
			otherMeanings: ['Designated Officer'],
			link: '/lado/',
		},
		{ title: 'DO', expansion: 'Designated Officer', link: '/glossary/#lado' },
		{
			title: 'NSPCC',
			expansion: 'National Society for the Prevention of Cruelty to Children',
			link: 'https://www.example.org/',
		},
	];
	it('collects the page’s synonyms once each, and glossary terms that link to it', () => {
		assert.deepEqual(keywordsForPath('/lado/', synonyms, glossary), {
			keywords: 'allegation against a teacher; LADO referral; position of trust',
			terms: 'LADO: Local Authority Designated Officer; Designated Officer',
		});
	});
	it('ignores glossary links with a fragment or to other sites', () => {
		assert.deepEqual(keywordsForPath('/glossary/', synonyms, glossary), {
			keywords: '',
			terms: '',
		});
	});
	it('normalises paths', () => {
		assert.equal(normalisePath('lado'), '/lado/');
		assert.equal(normalisePath('/lado/#what'), '/lado/');
	});
});

describe('findSynonymPageProblems', () => {
	const built: Record<string, string> = {
		'/lado/': '<main data-pagefind-body>LADO</main>',
		'/a-z/': '<main>A to Z</main>',
	};
	const pageHtml = (path: string) => built[path];
	it('passes a synonyms entry for a built, searchable page', () => {
		assert.deepEqual(
			findSynonymPageProblems(
				[{ file: 'content/synonyms/lado.yaml', page: '/lado/', draft: false }],
				pageHtml,
			),
			[],
		);
	});
	it('reports a page that is not built and one left out of search, and skips drafts', () => {
		const problems = findSynonymPageProblems(
			[
				{ file: 'content/synonyms/typo.yaml', page: '/ladoo/', draft: false },
				{ file: 'content/synonyms/a-z.yaml', page: '/a-z/', draft: false },
				{ file: 'content/synonyms/draft.yaml', page: '/nowhere/', draft: true },
			],
			pageHtml,
		);
		assert.deepEqual(
			problems.map((problem) => [problem.file, problem.reason]),
			[
				['content/synonyms/typo.yaml', 'no page has this address'],
				['content/synonyms/a-z.yaml', 'this page is left out of the search'],
			],
		);
	});
});
