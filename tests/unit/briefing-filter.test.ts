import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	buildFilterGroups,
	filterPageUrl,
	filterValueLabel,
	filterValuesOf,
	type BriefingFilterSource,
} from '../../src/lib/briefings/filter-groups.ts';
import {
	countSelected,
	emptySelection,
	matchesSelection,
	parseFilterQuery,
	toFilterQuery,
} from '../../src/lib/briefings/filter-query.ts';

describe('parseFilterQuery', () => {
	it('reads repeated keys as several values and ignores other keys', () => {
		assert.deepEqual(parseFilterQuery('?theme=neglect&theme=exploitation&year=2025&page=2'), {
			theme: ['neglect', 'exploitation'],
			type: [],
			audience: [],
			year: ['2025'],
		});
	});
	it('drops empty values and repeats', () => {
		assert.deepEqual(parseFilterQuery('type=&theme=neglect&theme=neglect').theme, ['neglect']);
		assert.deepEqual(parseFilterQuery('type=').type, []);
	});
	it('accepts URLSearchParams', () => {
		assert.deepEqual(parseFilterQuery(new URLSearchParams({ audience: 'health' })).audience, [
			'health',
		]);
	});
});

describe('toFilterQuery', () => {
	it('writes keys in a fixed order, whatever order they were chosen in', () => {
		assert.equal(
			toFilterQuery({
				year: ['2025'],
				audience: [],
				type: ['audit'],
				theme: ['neglect', 'exploitation'],
			}),
			'?theme=neglect&theme=exploitation&type=audit&year=2025',
		);
	});
	it('writes nothing when nothing is chosen, so the address stays /briefings/', () => {
		assert.equal(toFilterQuery(emptySelection()), '');
	});
	it('round-trips through parseFilterQuery', () => {
		const selection = {
			theme: ['voice-of-the-child'],
			type: ['local-cspr'],
			audience: ['childrens-social-care'],
			year: ['2017'],
		};
		assert.deepEqual(parseFilterQuery(toFilterQuery(selection)), selection);
	});
});

describe('matchesSelection', () => {
	const briefing = {
		theme: ['neglect', 'domestic-abuse'],
		type: ['audit'],
		audience: ['health'],
		year: ['2017'],
	};
	it('matches everything when nothing is chosen', () => {
		assert.equal(matchesSelection(briefing, emptySelection()), true);
	});
	it('matches any of the values chosen within one filter', () => {
		assert.equal(
			matchesSelection(briefing, { ...emptySelection(), theme: ['exploitation', 'neglect'] }),
			true,
		);
		assert.equal(
			matchesSelection(briefing, { ...emptySelection(), theme: ['exploitation'] }),
			false,
		);
	});
	it('needs every filter with a value chosen to match', () => {
		assert.equal(
			matchesSelection(briefing, { ...emptySelection(), theme: ['neglect'], year: ['2017'] }),
			true,
		);
		assert.equal(
			matchesSelection(briefing, { ...emptySelection(), theme: ['neglect'], year: ['2025'] }),
			false,
		);
	});
	it('does not match a filter the briefing has no values for', () => {
		assert.equal(
			matchesSelection({ theme: ['neglect'] }, { ...emptySelection(), year: ['2017'] }),
			false,
		);
	});
});

describe('countSelected', () => {
	it('counts values across filters', () => {
		assert.equal(countSelected({ theme: ['a', 'b'], type: [], audience: ['c'], year: [] }), 3);
	});
});

const BRIEFINGS: BriefingFilterSource[] = [
	{
		learningThemes: ['neglect', 'multi-agency-working'],
		reviewType: 'thematic',
		audiences: ['all-practitioners', 'health'],
		published: new Date('2017-07-01'),
	},
	{
		learningThemes: ['exploitation', 'multi-agency-working'],
		reviewType: 'national-panel-review',
		audiences: ['managers', 'all-practitioners'],
		published: new Date('2022-07-04'),
	},
	{
		learningThemes: ['voice-of-the-child'],
		reviewType: 'local-cspr',
		audiences: ['health'],
		published: new Date('2025-09-01'),
	},
];

describe('filterValuesOf', () => {
	it('gives the year of publication as text', () => {
		assert.deepEqual(filterValuesOf(BRIEFINGS[0]!), {
			theme: ['neglect', 'multi-agency-working'],
			type: ['thematic'],
			audience: ['all-practitioners', 'health'],
			year: ['2017'],
		});
	});
});

describe('buildFilterGroups', () => {
	const groups = buildFilterGroups(BRIEFINGS);
	const group = (key: string) => groups.find((candidate) => candidate.key === key)!;

	it('has the four filters in order, with names for people', () => {
		assert.deepEqual(
			groups.map(({ key, name }) => [key, name]),
			[
				['theme', 'Learning theme'],
				['type', 'Type of review'],
				['audience', 'Who it is for'],
				['year', 'Year published'],
			],
		);
	});
	it('lists only values some briefing has, with counts and static pages', () => {
		assert.deepEqual(group('theme').options, [
			{
				value: 'exploitation',
				label: 'Exploitation',
				count: 1,
				href: '/briefings/theme/exploitation/',
			},
			{
				value: 'multi-agency-working',
				label: 'Multi-agency working',
				count: 2,
				href: '/briefings/theme/multi-agency-working/',
			},
			{ value: 'neglect', label: 'Neglect', count: 1, href: '/briefings/theme/neglect/' },
			{
				value: 'voice-of-the-child',
				label: 'Voice of the child',
				count: 1,
				href: '/briefings/theme/voice-of-the-child/',
			},
		]);
	});
	it('keeps the schema order for types and audiences', () => {
		assert.deepEqual(
			group('type').options.map((option) => option.value),
			['local-cspr', 'national-panel-review', 'thematic'],
		);
		assert.deepEqual(
			group('audience').options.map((option) => [option.value, option.count]),
			[
				['all-practitioners', 2],
				['health', 2],
				['managers', 1],
			],
		);
	});
	it('puts the newest year first', () => {
		assert.deepEqual(
			group('year').options.map((option) => option.value),
			['2025', '2022', '2017'],
		);
	});
});

describe('filterValueLabel and filterPageUrl', () => {
	it('uses the review type labels from the schema', () => {
		assert.equal(
			filterValueLabel('type', 'local-cspr'),
			'Local child safeguarding practice review',
		);
		assert.equal(filterValueLabel('audience', 'childrens-social-care'), 'Children’s social care');
		assert.equal(filterValueLabel('year', '2025'), '2025');
	});
	it('gives each value a static page under /briefings/', () => {
		assert.equal(filterPageUrl('year', '2025'), '/briefings/year/2025/');
	});
});
