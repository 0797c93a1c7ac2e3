import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	briefingPresenterUrl,
	briefingRecordSheetUrl,
	briefingTextUrl,
} from '../../src/lib/briefings/briefing-urls.ts';

describe('briefing tool addresses', () => {
	it('puts the presenter notes and record sheet under the briefing, with trailing slashes', () => {
		assert.equal(briefingPresenterUrl('was-not-brought'), '/briefings/was-not-brought/presenter/');
		assert.equal(
			briefingRecordSheetUrl('was-not-brought'),
			'/briefings/was-not-brought/record-sheet/',
		);
	});
	it('gives the plain-text version a .txt file name beside the page', () => {
		assert.equal(briefingTextUrl('was-not-brought'), '/briefings/was-not-brought.txt');
	});
});
