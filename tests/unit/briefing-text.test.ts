import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefingToText, TEXT_WIDTH } from '../../src/lib/briefings/briefing-text.ts';

const PAGE_URL = 'https://www.redbridgescp.org.uk/briefings/was-not-brought/';
const BRIEFING = {
	title: 'Was not brought: when children miss health appointments',
	summary:
		'Children rely on adults to take them to appointments. Calling it “did not attend” puts the responsibility in the wrong place.',
	reviewType: 'thematic' as const,
	learningThemes: ['health-needs' as const, 'voice-of-the-child' as const],
	audiences: ['childrens-social-care' as const, 'health' as const],
	published: new Date('2022-07-04'),
	lastReviewed: new Date('2026-11-22'),
	reviewDue: new Date('2027-11-22'),
	contentNote: 'This briefing discusses neglect.',
	toBeConfirmed: true,
	toBeConfirmedNote: 'Local figures are to be confirmed.',
	sourceReport: { title: 'RSCP Annual Report 2021-22', note: 'Published July 2022.' },
	background:
		'Health services used to record a missed appointment as “did not attend”. For a child, that wording is wrong, because children do not take themselves to appointments and cannot be held responsible for missing them.\n\nThe review looked at how partners respond.',
	whyItMatters: 'Repeatedly missed appointments can be a sign of neglect.',
	keyFindings: [
		{
			heading: 'Language shapes practice',
			text: 'Recording “was not brought” keeps the focus on the child.',
		},
		{
			heading: 'Follow-up was patchy',
			text: 'Some services discharged children after two missed appointments.',
		},
		{
			heading: 'Agencies did not share',
			text: 'The school did not know about the missed appointments.',
		},
	],
	whatToDo:
		'- Record “was not brought”, not “did not attend”, for every child who misses an appointment, and think about what it means for them.\n- Tell the child’s GP.',
	reflectionQuestions: [
		'What are your key thoughts and reflections about the way your service records missed appointments for children?',
		'How will we know?',
		'Who do we tell?',
	],
	furtherReading: [
		{ title: 'RSCP Annual Report 2021-22', url: '/reports/annual-report-2021-22/' },
		{ title: 'Report a concern', url: '/report-a-concern/', note: 'What to do if you are worried' },
		{ title: 'NICE guidance', url: 'https://www.nice.org.uk/guidance/ng76' },
	],
};

describe('briefingToText', () => {
	const text = briefingToText(BRIEFING, { pageUrl: PAGE_URL });
	const lines = text.split('\n');

	it('wraps every line at 80 characters, except a web address that cannot be split', () => {
		for (const line of lines) {
			if (/^\s*https?:\/\/\S+$/.test(line)) continue;
			assert.ok(line.length <= TEXT_WIDTH, `longer than ${TEXT_WIDTH}: "${line}"`);
		}
	});
	it('starts with the title, underlined', () => {
		assert.equal(lines[2], BRIEFING.title);
		assert.equal(lines[3], '='.repeat(BRIEFING.title.length));
	});
	it('has the facts, the content note and what is still to be confirmed', () => {
		assert.match(text, /^Type of review: Thematic learning$/m);
		assert.match(text, /^Published: 4 July 2022$/m);
		assert.match(text, /^Themes: Health needs, Voice of the child$/m);
		assert.match(text, /^For: Children’s social care, Health$/m);
		assert.match(text, /^Content note: This briefing discusses neglect\.$/m);
		assert.match(
			text,
			/^To be confirmed by the RSCP: Some details in this briefing are still being\s+checked by the partnership\.$/m,
		);
		assert.doesNotMatch(
			text,
			/Local figures are to be confirmed/,
			'the editor’s note is not for readers',
		);
	});
	it('has the seven parts in order, as underlined headings', () => {
		const headings = [
			'Part 1: Background',
			'Part 2: Why it matters',
			'Parts 3 to 5: Key findings',
			'Part 6: What to do',
			'Part 7: Questions for reflection',
		];
		const positions = headings.map((heading) => lines.indexOf(heading));
		assert.ok(
			positions.every((position) => position > 0),
			`missing heading: ${headings[positions.indexOf(-1)]}`,
		);
		assert.deepEqual(
			[...positions].sort((a, b) => a - b),
			positions,
		);
		for (const position of positions) assert.match(lines[position + 1]!, /^-+$/);
	});
	it('keeps every word of the text fields', () => {
		const flat = text.replace(/\s+/g, ' ');
		for (const field of [
			BRIEFING.summary,
			'For a child, that wording is wrong, because children do not take themselves to appointments and cannot be held responsible for missing them.',
			BRIEFING.whyItMatters,
			...BRIEFING.reflectionQuestions,
		]) {
			assert.ok(flat.includes(field), `missing: ${field}`);
		}
	});
	it('numbers the findings and the questions, and indents bullets with a hanging indent', () => {
		assert.match(text, /^Finding 2: Follow-up was patchy$/m);
		assert.match(text, /^ {2}1\. What are your key thoughts/m);
		assert.match(text, /^ {2}3\. Who do we tell\?$/m);
		assert.match(text, /^ {2}- Record “was not brought”.*\n {4}\S/m);
	});
	it('writes links as full web addresses, and lists the report once, under Read the report', () => {
		assert.match(
			text,
			/^ {2}- Report a concern \(What to do if you are worried\)\n {4}https:\/\/www\.redbridgescp\.org\.uk\/report-a-concern\/$/m,
		);
		assert.match(text, /^ {4}https:\/\/www\.nice\.org\.uk\/guidance\/ng76$/m);
		assert.match(
			text,
			/^Read the report\n-+\n\nRSCP Annual Report 2021-22 \(Published July 2022\.\)\nhttps:\/\/www\.redbridgescp\.org\.uk\/reports\/annual-report-2021-22\/$/m,
		);
		assert.equal(text.match(/RSCP Annual Report 2021-22/g)?.length, 1);
	});
	it('ends with the page address and the review dates', () => {
		assert.ok(text.includes(PAGE_URL));
		assert.match(text, /^Review due: 22 November 2027\n$/m);
		assert.ok(text.endsWith('\n'));
	});
});
