import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	BRIEFING_PARTS,
	briefingContents,
	buildOutline,
	firstSentence,
} from '../../src/lib/briefings/outline.ts';

const BRIEFING = {
	background:
		'A child was not brought to appointments. Nobody asked why.\n\nThe review looked at health, education and social care.',
	whyItMatters: 'Missed appointments can be neglect.',
	keyFindings: [
		{ heading: 'Was not brought', text: 'Records said "did not attend". That blamed the child.' },
		{ heading: 'No follow-up', text: 'Letters were sent, e.g. to an old address. Nobody phoned.' },
		{ heading: 'Agencies did not talk', text: 'Each agency knew part of the picture.' },
	],
	whatToDo: 'Do these things:\n- Ask why the child was not brought. Write it down.\n- Tell the GP.',
	reflectionQuestions: [
		'What are your key thoughts?',
		'How will we know the learning is embedded?',
		'Who do we tell when a child is not brought?',
	],
};

describe('firstSentence', () => {
	it('stops at the first full stop followed by a new sentence', () => {
		assert.equal(firstSentence('Ask the child. Then record it.'), 'Ask the child.');
	});
	it('keeps a closing quote with its sentence', () => {
		assert.equal(firstSentence('They said “no.” Then they left.'), 'They said “no.”');
	});
	it('does not stop at abbreviations', () => {
		assert.equal(
			firstSentence('Use tools, e.g. The checklist, i.e. Form A. Then act.'),
			'Use tools, e.g. The checklist, i.e. Form A.',
		);
	});
	it('does not stop inside numbers or before lower-case words', () => {
		assert.equal(firstSentence('It rose 2.5 times. ok then. Next.'), 'It rose 2.5 times. ok then.');
	});
	it('returns a one-sentence passage whole, with its white space tidied', () => {
		assert.equal(firstSentence('  One sentence\n only  '), 'One sentence only');
	});
	it('stops at question marks', () => {
		assert.equal(firstSentence('Why? Because.'), 'Why?');
	});
});

describe('buildOutline', () => {
	const outline = buildOutline(BRIEFING);

	it('has the seven parts in order, with the page’s heading ids', () => {
		assert.deepEqual(
			outline.map(({ id, number }) => [id, number]),
			[
				['background', 'Part 1'],
				['why-it-matters', 'Part 2'],
				['key-findings', 'Parts 3 to 5'],
				['what-to-do', 'Part 6'],
				['questions-for-reflection', 'Part 7'],
			],
		);
	});
	it('takes the first sentence of each paragraph and bullet as a talking point', () => {
		assert.deepEqual(outline[0]!.points, [
			{ text: 'A child was not brought to appointments.' },
			{ text: 'The review looked at health, education and social care.' },
		]);
		assert.deepEqual(outline[3]!.points, [
			{ text: 'Do these things:' },
			{ text: 'Ask why the child was not brought.' },
			{ text: 'Tell the GP.' },
		]);
	});
	it('gives each key finding its heading and lead sentence', () => {
		assert.deepEqual(outline[2]!.points, [
			{ heading: 'Was not brought', text: 'Records said "did not attend".' },
			{ heading: 'No follow-up', text: 'Letters were sent, e.g. to an old address.' },
			{ heading: 'Agencies did not talk', text: 'Each agency knew part of the picture.' },
		]);
	});
	it('puts the reflection questions in the last part as discussion prompts, and nowhere else', () => {
		assert.deepEqual(outline[4]!.prompts, BRIEFING.reflectionQuestions);
		assert.deepEqual(outline[4]!.points, []);
		assert.ok(outline.slice(0, 4).every((part) => part.prompts.length === 0));
	});
	it('has no timings', () => {
		assert.doesNotMatch(JSON.stringify(outline), /\bminutes?\b/i);
	});
});

describe('briefingContents', () => {
	it('lists the seven parts, further reading and the team tools', () => {
		assert.deepEqual(
			briefingContents({ hasRelated: false }).map((item) => item.id),
			[...BRIEFING_PARTS.map((part) => part.id), 'further-reading', 'use-in-your-team'],
		);
	});
	it('adds related training and priorities when the page has them', () => {
		assert.ok(briefingContents({ hasRelated: true }).some((item) => item.id === 'related'));
	});
});
