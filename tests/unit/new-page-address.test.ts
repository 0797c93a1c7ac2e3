import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newPageAddress, pageExistsMessage } from '../../src/lib/cms/new-page-address.ts';

test('a new page gets the address Decap gives its file: folder, then the title as a slug', () => {
	assert.equal(newPageAddress('about', 'Budget'), '/about/budget/');
	assert.equal(newPageAddress('/', '  Who we are  '), '/who-we-are/');
	assert.equal(
		newPageAddress('about/', 'Budget 2025/26: what we spend'),
		'/about/budget-2025-26-what-we-spend/',
	);
	assert.equal(newPageAddress('professionals', '!!!'), '/professionals/untitled/');
});

test('the message names the address and says what to do', () => {
	assert.match(
		pageExistsMessage('/about/budget/'),
		/already exists at \/about\/budget\/\. Choose another title/,
	);
});
