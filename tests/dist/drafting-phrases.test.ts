// No public page, as built, reads like a draft: the phrases in tests/helpers/drafting-phrases.ts
// (about the web team's sources, gaps or editors' work) belong in an entry's toBeConfirmedNote,
// which only editors see. tests/unit/drafting-phrases.test.ts checks content/ field by field; this
// reads what every built page actually shows, template text included, from the one build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtSite } from '../helpers/built-site.ts';
import { findDraftingPhrases } from '../helpers/drafting-phrases.ts';
import { readableTextOf } from '../helpers/html.ts';

test('no public page shows drafting language', () => {
	const pages = [...builtSite().pages.values()].filter((page) => !page.path.startsWith('/admin/'));
	assert.ok(pages.length > 300, `expected more than 300 built pages, found ${pages.length}`);
	const drafted = pages.flatMap((page) => {
		const found = findDraftingPhrases(readableTextOf(page.document));
		return found.length ? [`${page.path}: ${found.map((phrase) => `“${phrase}”`).join(', ')}`] : [];
	});
	assert.deepEqual(
		drafted,
		[],
		'Move these sentences into the entry’s toBeConfirmedNote (editors only), or reword them as the partnership',
	);
});
