import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absoluteUrl } from '../../src/lib/briefings/absolute-url.ts';
import { underline, wrapText } from '../../src/lib/briefings/wrap-text.ts';

const LOREM =
	'Professionals should be curious about what they see and hear, and check what families tell them with other agencies before accepting it.';

describe('wrapText', () => {
	it('keeps every line within the width and loses no words', () => {
		const wrapped = wrapText(LOREM, { width: 40 });
		for (const line of wrapped.split('\n')) assert.ok(line.length <= 40, `too long: "${line}"`);
		assert.equal(wrapped.replace(/\n/g, ' '), LOREM);
	});
	it('fills each line as far as it can', () => {
		assert.equal(wrapText('one two three four', { width: 9 }), 'one two\nthree\nfour');
		assert.equal(wrapText('one two', { width: 7 }), 'one two');
	});
	it('wraps at 80 characters by default', () => {
		const lines = wrapText(`${LOREM} ${LOREM}`).split('\n');
		assert.ok(lines.length > 1);
		assert.ok(lines.every((line) => line.length <= 80));
		assert.ok(lines[0]!.length > 70, 'the first line is filled');
	});
	it('indents a bullet with a hanging indent', () => {
		assert.equal(
			wrapText('a long item here', { width: 10, firstIndent: '  - ' }),
			'  - a long\n    item\n    here',
		);
	});
	it('uses a different later indent when given', () => {
		assert.equal(wrapText('Label: one two', { width: 10, indent: '  ' }), 'Label: one\n  two');
	});
	it('never splits a word longer than the line, such as a web address', () => {
		const url =
			'https://www.gov.uk/government/publications/child-safeguarding-practice-review-panel-annual-report';
		assert.equal(wrapText(`See ${url} for more`, { width: 30 }), `See\n${url}\nfor more`);
	});
	it('turns runs of white space and line breaks into single spaces', () => {
		assert.equal(wrapText('  one\n two\t\tthree  '), 'one two three');
	});
	it('returns nothing for empty text', () => {
		assert.equal(wrapText('   '), '');
	});
});

describe('underline', () => {
	it('underlines a title as long as it is', () => {
		assert.equal(underline('Background', '-'), 'Background\n----------');
	});
	it('underlines a wrapped title as long as its longest line', () => {
		assert.equal(
			underline('Questions for reflection', '=', 12),
			'Questions\nfor\nreflection\n==========',
		);
	});
});

describe('absoluteUrl', () => {
	it('puts the site address before a site path', () => {
		assert.equal(
			absoluteUrl('/report-a-concern/'),
			'https://www.redbridgescp.org.uk/report-a-concern/',
		);
	});
	it('leaves a full web address alone', () => {
		assert.equal(absoluteUrl('https://www.gov.uk/guidance/x'), 'https://www.gov.uk/guidance/x');
	});
});
