// The search that never shows nothing when something matches (issue 14): stop words per language,
// ranking by words matched, “Did you mean …” from the index's own words, the steps that tie them
// together (against a made-up index: no build), urgent queries, and the build's vocabulary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexedPageWords, vocabulariesOf } from '../../src/lib/search/indexed-words.ts';
import { rankByWordsMatched, type SearchHit } from '../../src/lib/search/relax-search.ts';
import { searchIndexGlob } from '../../src/lib/search/search-index-glob.ts';
import { runSiteSearch } from '../../src/lib/search/run-site-search.ts';
import { searchModeNotice } from '../../src/lib/search/search-results.ts';
import { loadVocabulary } from '../../src/lib/search/load-vocabulary.ts';
import {
	correctQuery,
	editDistance,
	isKnownWord,
	maxEditsFor,
	nearestWord,
	vocabularyKey,
	vocabularyUrl,
} from '../../src/lib/search/spelling-suggestions.ts';
import { meaningfulWords, queryWords, stopWordsFor } from '../../src/lib/search/stop-words.ts';
import { isUrgentQuery } from '../../src/lib/search/urgent-query.ts';

describe('stop words', () => {
	it('drops words with no meaning of their own in English, whatever the region', () => {
		assert.deepEqual(meaningfulWords('i am scared to go home', 'en-GB'), ['scared', 'go', 'home']);
		assert.deepEqual(meaningfulWords('my neighbours kids are left alone all the time', 'en'), [
			'neighbours',
			'kids',
			'left',
			'alone',
			'time',
		]);
	});

	it('keeps every word in a language without a list, and when every word is a stop word', () => {
		assert.equal(stopWordsFor('cy').size, 0);
		assert.deepEqual(meaningfulWords('mae fy mhlentyn mewn perygl', 'cy'), [
			'mae',
			'fy',
			'mhlentyn',
			'mewn',
			'perygl',
		]);
		assert.deepEqual(meaningfulWords('who is it', 'en-GB'), ['who', 'is', 'it']);
	});

	it('splits on punctuation, keeps apostrophes inside words and lists each word once', () => {
		assert.deepEqual(queryWords('Teacher hurt my son!'), ['teacher', 'hurt', 'my', 'son']);
		assert.deepEqual(queryWords('my child’s teacher'), ['my', "child's", 'teacher']);
		assert.deepEqual(meaningfulWords('child child', 'en'), ['child']);
	});
});

describe('rankByWordsMatched', () => {
	it('ranks pages by words matched, then by summed score, counting a word once per page', () => {
		const ranked = rankByWordsMatched([
			{
				word: 'teacher',
				hits: [
					{ id: 'lado', score: 2 },
					{ id: 'training', score: 5 },
				],
			},
			{
				word: 'hurt',
				hits: [
					{ id: 'report', score: 9 },
					{ id: 'lado', score: 1 },
				],
			},
			{ word: 'son', hits: [] },
		]);
		assert.deepEqual(
			ranked.map(({ id, matched }) => [id, matched]),
			[
				['lado', ['teacher', 'hurt']],
				['report', ['hurt']],
				['training', ['teacher']],
			],
		);
		assert.equal(ranked[0]?.score, 3);
	});

	it('gives nothing for nothing', () => {
		assert.deepEqual(rankByWordsMatched([]), []);
	});
});

describe('spelling suggestions', () => {
	it('counts an adjacent swap as one edit and stops early beyond the limit', () => {
		assert.equal(editDistance('safegaurding', 'safeguarding'), 1);
		assert.equal(editDistance('threshhold', 'threshold'), 1);
		assert.equal(editDistance('privat', 'private'), 1);
		assert.equal(editDistance('kitten', 'sitting'), 3);
		assert.equal(editDistance('abcdef', 'uvwxyz', 1), 2);
	});

	it('allows no edit under four letters, one up to six, two from seven', () => {
		assert.deepEqual(['son', 'lado', 'privat', 'safegaurding'].map(maxEditsFor), [0, 1, 1, 2]);
	});

	it('suggests the nearest indexed word, the more frequent on a tie', () => {
		const vocabulary = ['the', 'safeguarding', 'threshold', 'private', 'fostering', 'thresholds'];
		assert.equal(nearestWord('safegaurding', vocabulary), 'safeguarding');
		assert.equal(nearestWord('Threshhold', vocabulary), 'threshold');
		assert.equal(nearestWord('fosterring', vocabulary), 'fostering');
		assert.equal(nearestWord('safeguarding', vocabulary), undefined, 'a known word');
		assert.equal(nearestWord('xyzzyplugh', vocabulary), undefined, 'nothing near');
		assert.equal(nearestWord('the', vocabulary), undefined, 'too short to guess');
		assert.equal(nearestWord('s47a', vocabulary), undefined, 'digits are not words');
		assert.equal(nearestWord('cares', ['cared', 'carer']), 'cared');
	});

	it('corrects only the unknown words and keeps the rest as typed', () => {
		const corrected = correctQuery('Privte Fostering help', ['privte'], ['private', 'fostering']);
		assert.equal(corrected?.query, 'private Fostering help');
		assert.equal(correctQuery('xyzzyplugh', ['xyzzyplugh'], ['private']), undefined);
	});

	it('knows a word the index holds, starts, or holds with a common ending', () => {
		const vocabulary = ['neighbour', 'hurt', 'fostering', 'baby', 'ab', 'abuse'];
		assert.equal(isKnownWord('neighbours', vocabulary), true);
		assert.equal(isKnownWord('hurting', vocabulary), true);
		assert.equal(isKnownWord('fost', vocabulary), true, 'Pagefind finds the rest of the word');
		assert.equal(isKnownWord('babies', vocabulary), true);
		assert.equal(isKnownWord('abuce', vocabulary), false, 'not a prefix fallback to “ab”');
		assert.equal(isKnownWord('s47', vocabulary), true, 'words with digits are never doubted');
		assert.equal(isKnownWord('son', []), false);
	});

	it('files the vocabulary per page language and first letter', () => {
		assert.equal(vocabularyKey('Safeguarding'), 's');
		assert.equal(vocabularyKey('école'), 'ue9');
		assert.equal(vocabularyUrl('en-GB', 's'), '/search/vocabulary/en-gb/s.json');
		assert.equal(vocabularyUrl('cy', 'ue9'), '/search/vocabulary/cy/ue9.json');
		assert.equal(vocabularyUrl('../x', 's'), undefined);
		assert.equal(vocabularyUrl('en', '../s'), undefined);
		assert.equal(vocabularyUrl('', 's'), undefined);
	});

	it('loads each file once, treats a missing letter as no words, and a missing language as none', async () => {
		const fetched: string[] = [];
		const files: Record<string, string[]> = {
			'/search/vocabulary/en-gb/s.json': ['safeguarding', 'son'],
			'/search/vocabulary/en-gb/t.json': ['training'],
		};
		const fetchFile = (url: string) => {
			fetched.push(url);
			const words = files[url];
			return Promise.resolve(
				words
					? new Response(JSON.stringify({ language: 'en-gb', words }))
					: new Response('Not found', { status: 404 }),
			);
		};
		assert.deepEqual(await loadVocabulary('en-GB', ['s', 't', 'x'], fetchFile), [
			'safeguarding',
			'son',
			'training',
		]);
		assert.deepEqual(await loadVocabulary('en-GB', ['s'], fetchFile), ['safeguarding', 'son']);
		assert.equal(fetched.filter((url) => url.endsWith('/s.json')).length, 1);
		assert.equal(await loadVocabulary('fr', ['s'], fetchFile), undefined);
	});
});

/** A made-up index: each page's words; a search finds the pages with every word (as Pagefind does). */
function fakeSearch(pages: Record<string, string>) {
	const searched: string[] = [];
	const search = (term: string): Promise<SearchHit[]> => {
		searched.push(term);
		const words = queryWords(term);
		return Promise.resolve(
			Object.entries(pages)
				.filter(([, text]) => words.every((word) => queryWords(text).includes(word)))
				.map(([id, text]) => ({ id, score: queryWords(text).length })),
		);
	};
	return { search, searched };
}

describe('runSiteSearch', () => {
	const pages = {
		lado: 'lado teacher hurt allegation staff',
		report: 'report concern worried hurt child abuse',
		fostering: 'private fostering looking after child',
		training: 'safeguarding training courses',
	};
	const vocabulary = [
		'child',
		'safeguarding',
		'private',
		'fostering',
		'teacher',
		'training',
		'hurt',
		'lado',
		'report',
		'abroad',
	];

	it('shows the pages with every word when every word is known, loading only its letters', async () => {
		const { search, searched } = fakeSearch(pages);
		const loaded: string[][] = [];
		const outcome = await runSiteSearch('teacher hurt', {
			search,
			language: 'en-GB',
			loadVocabulary: (keys) => {
				loaded.push(keys);
				return Promise.resolve(vocabulary);
			},
		});
		assert.deepEqual(outcome, {
			mode: 'all',
			hits: [{ id: 'lado', score: 5 }],
			terms: ['teacher hurt'],
		});
		assert.deepEqual(searched, ['teacher hurt']);
		assert.deepEqual(loaded, [['t', 'h']]);
	});

	it('relaxes a sentence that no page has whole: stop words and unknown words dropped, most words matched first', async () => {
		const { search, searched } = fakeSearch(pages);
		const outcome = await runSiteSearch('my teacher hurt my son', {
			search,
			language: 'en-GB',
			loadVocabulary: () => Promise.resolve(vocabulary),
		});
		assert.equal(outcome.mode, 'relaxed');
		assert.deepEqual(
			outcome.hits.map((hit) => hit.id),
			['lado', 'report'],
		);
		assert.ok(!searched.includes('my'), 'stop words are not searched alone');
		assert.ok(!searched.includes('son'), 'nor a word the index does not hold');
		assert.deepEqual(outcome.terms, ['teacher', 'hurt']);
	});

	it('corrects a misspelling from the vocabulary and searches with the correction', async () => {
		const { search } = fakeSearch(pages);
		const outcome = await runSiteSearch('safegaurding training', {
			search,
			language: 'en-GB',
			loadVocabulary: () => Promise.resolve(vocabulary),
		});
		assert.equal(outcome.mode, 'corrected');
		assert.equal(outcome.suggestion, 'safeguarding training');
		assert.deepEqual(
			outcome.hits.map((hit) => hit.id),
			['training'],
		);
	});

	it('relaxes with the corrected words when the corrected query still has no page', async () => {
		const { search } = fakeSearch(pages);
		const outcome = await runSiteSearch('privat fostring abroad', {
			search,
			language: 'en-GB',
			loadVocabulary: () => Promise.resolve(vocabulary),
		});
		assert.equal(outcome.mode, 'relaxed');
		assert.equal(outcome.suggestion, 'privat fostering abroad');
		assert.deepEqual(
			outcome.hits.map((hit) => hit.id),
			['fostering'],
		);
	});

	it('does not trust pages found for a misspelt word: Pagefind matches only its first letters', async () => {
		// “privat” is known (it starts “private”); “fosterring” is not, and Pagefind would still
		// find pages with some word it starts with.
		const search = (term: string) =>
			Promise.resolve(term.includes('fosterring') ? [{ id: 'training', score: 0.1 }] : []);
		const outcome = await runSiteSearch('fosterring', {
			search,
			language: 'en-GB',
			loadVocabulary: () => Promise.resolve(vocabulary),
		});
		assert.deepEqual(outcome, {
			mode: 'none',
			hits: [],
			terms: ['fostering'],
			suggestion: 'fostering',
		});
	});

	it('falls back gracefully without a vocabulary or stop words for the language', async () => {
		const { search } = fakeSearch(pages);
		const outcome = await runSiteSearch('teacher xyz', {
			search,
			language: 'fr',
			loadVocabulary: () => Promise.reject(new Error('404')),
		});
		assert.deepEqual(outcome, {
			mode: 'relaxed',
			hits: [{ id: 'lado', score: 5 }],
			terms: ['teacher', 'xyz'],
		});
	});

	it('says none only when no word finds anything', async () => {
		const { search } = fakeSearch(pages);
		const outcome = await runSiteSearch('xyzzyplugh', {
			search,
			language: 'en-GB',
			loadVocabulary: () => Promise.resolve(vocabulary),
		});
		assert.deepEqual(outcome, { mode: 'none', hits: [], terms: [] });
	});
});

describe('searchModeNotice', () => {
	it('says plainly when the results have only some of the words, or are for a correction', () => {
		assert.equal(
			searchModeNotice('relaxed', 'teacher hurt my son'),
			'No page has all of your words; these have some of them.',
		);
		assert.equal(
			searchModeNotice('corrected', 'safegaurding', 'safeguarding'),
			'No page has “safegaurding”, so these are the results for “safeguarding”.',
		);
		assert.equal(searchModeNotice('all', 'lado'), undefined);
		assert.equal(searchModeNotice('none', 'xyzzyplugh'), undefined);
	});
});

describe('isUrgentQuery', () => {
	const terms = ['hurt', 'touched', 'hit', 'scared', 'in danger'];
	it('matches a query with every word of one urgent term, as whole words in any order', () => {
		assert.equal(isUrgentQuery('teacher hurt my son', terms), true);
		assert.equal(isUrgentQuery('football coach touched my daughter', terms), true);
		assert.equal(isUrgentQuery('I am scared to go home', terms), true);
		assert.equal(isUrgentQuery('my friend is in real danger', terms), true);
	});

	it('does not match parts of words or queries without one', () => {
		assert.equal(isUrgentQuery('how do I delete my browsing history', terms), false);
		assert.equal(isUrgentQuery('danger', terms), false);
		assert.equal(isUrgentQuery('hurt', []), false);
	});
});

describe('indexedPageWords and vocabulariesOf', () => {
	const page = (lang: string, main: string) =>
		`<!doctype html><html lang="${lang}"><head><title>Skip me</title></head><body><header>Menu words</header><main class="app-main" data-pagefind-body="">${main}</main><footer>Footer</footer></body></html>`;

	it('reads the indexed text and metadata words, without ignored parts, scripts or the chrome', () => {
		const words = indexedPageWords(
			page(
				'en-GB',
				'<nav data-pagefind-ignore><div><p>Breadcrumb home</p></div><div>more</div></nav><h1>Private fostering</h1><p>Call&nbsp;the <abbr>LADO</abbr> &amp; children&#39;s services.</p><script>var ignored;</script><span hidden data-pagefind-meta="keywords[data-words]" data-words="looking after someone"></span>',
			),
		);
		assert.deepEqual(words, {
			language: 'en-gb',
			words: [
				'private',
				'fostering',
				'call',
				'the',
				'lado',
				'children',
				'services',
				'looking',
				'after',
				'someone',
			],
		});
	});

	it('skips pages the search does not index', () => {
		assert.equal(
			indexedPageWords('<html lang="en-GB"><main><p>Not indexed</p></main></html>'),
			undefined,
		);
	});

	it('lists each language’s words most frequent first, then alphabetically', () => {
		const vocabularies = vocabulariesOf([
			{ language: 'en-gb', words: ['child', 'safety', 'child'] },
			{ language: 'en-gb', words: ['abuse', 'safety', 'child'] },
			{ language: 'cy', words: ['plentyn'] },
		]);
		assert.deepEqual(vocabularies.get('en-gb'), ['child', 'safety', 'abuse']);
		assert.deepEqual(vocabularies.get('cy'), ['plentyn']);
	});
});

describe('searchIndexGlob', () => {
	it('reads every section but the never-indexed ones, and only two levels of briefings', () => {
		assert.equal(
			searchIndexGlob(['search', 'briefings', 'about', '_astro', 'admin', 'a-z', 'pagefind']),
			'{*.html,about/**/*.html,briefings/index.html,briefings/*/index.html}',
		);
	});
});
