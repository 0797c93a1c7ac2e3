// Public text speaks as the partnership to the reader. Notes about where a fact came from, or what
// is still missing, go in `toBeConfirmedNote` (for editors), never in a body or another public
// field. Two parts: the finder in tests/helpers/drafting-phrases.ts catches drafting and leaves the
// partnership's own wording alone; and no content file's public text contains any of it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, test } from 'node:test';
import { parseEntryFile } from '../../src/lib/content-check/parse-entry-file.ts';
import { PHONE_HOURS_LABELS } from '../../src/schemas/contacts.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import {
	ALLOWED_NOTICES,
	DRAFTING_PHRASES,
	findDraftingPhrases,
} from '../helpers/drafting-phrases.ts';

const REPO = join(import.meta.dirname, '../..');

describe('findDraftingPhrases', () => {
	test('finds the drafting sentences that were on the site', () => {
		const drafting = [
			[
				'The documents we hold do not describe what the course covered in detail.',
				'documents we hold',
			],
			['Its publication date and web address are not in the source documents.', 'source documents'],
			['The source report says there is no national protocol.', 'source report'],
			['The earliest RSCP document mentioned in our sources is the plan.', 'in our sources'],
			['The date is not in the documents this page is based on.', 'not in the documents'],
			[
				'MASCE (full name not given in the partnership’s documents)',
				"given in the partnership's documents",
			],
			['The plan does not give the course title, date or content.', 'plan does not give'],
			['Its current location is not known.', 'is not known'],
			['The current policy is to be confirmed by the RSCP.', 'to be confirmed'],
			['Date to be confirmed: the partnership replaces the LSCB.', 'to be confirmed'],
			['Office hours TBC.', 'TBC'],
			['Note for editors: check this.', 'editors'],
			['The RSCP must confirm the current steps.', 'RSCP must confirm'],
			['The numbers must be checked before launch.', 'must be checked'],
			['The report’s sentence about this is cut off, so its scope is not known.', 'sentence about'],
			['The office hours shown are an assumption.', 'are an assumption'],
			['Organiser: Not stated in the source', 'stated in the source'],
			['This text was adapted from the seed documents.', 'seed documents'],
			['Where this comes from', 'Where this comes from'],
			[
				'The vision and values are taken from the Annual Scrutiny Report 2024-25.',
				'vision and values are taken from',
			],
			['The newsletter gave a booking link that is not in the copy we hold.', 'copy we hold'],
			['The report gives the month but not the day.', 'gives the month but not the day'],
			['We do not know whether the workshop took place.', 'We do not know whether'],
			[
				'The detailed results are not in the RSCP’s published documents.',
				"not in the RSCP's published documents",
			],
			// A page's provenance as a label: the `source` field is for editors only.
			['Source: RSCP Annual Scrutiny Report 2024-25 (September 2025)', 'Source:'],
			// The page reading out the partnership's own documents, not speaking as the partnership.
			[
				'The LSCB’s 2017/18 business plan said its training programme would cover CSE.',
				"The LSCB's 2017/18 business plan said",
			],
			['The plan said training on self-harm would be in the programme.', 'The plan said'],
			['The plan set out a series of three workshops.', 'The plan set out'],
			['The newsletter reported a general feeling from the frontline.', 'The newsletter reported'],
			['The report says there were delays in finalising the dashboard.', 'The report says'],
			[
				'The Summer 2022 newsletter says they were then out for wider consideration.',
				'The Summer 2022 newsletter says',
			],
			['The Summer 2022 newsletter gave no local update on this message.', 'newsletter gave'],
			['Chair: the 2022 document says an independent person chairs it.', 'the 2022 document says'],
			[
				'The partnership’s 2024-25 report lists the panel as an achievement.',
				"The partnership's 2024-25 report lists",
			],
			['The annual report gives the month but not the exact days.', 'but not the exact days'],
		] as const;
		for (const [text, expected] of drafting) {
			const found = findDraftingPhrases(text);
			assert.ok(found.length > 0, `expected drafting in: ${text}`);
			if (expected !== 'sentence about')
				assert.ok(
					found.some((phrase) => phrase.toLowerCase().includes(expected.toLowerCase())),
					`expected “${expected}” in ${JSON.stringify(found)}`,
				);
		}
	});

	test('matches across line breaks and curly apostrophes', () => {
		assert.deepEqual(findDraftingPhrases('The documents\n  we hold do not say.'), [
			'documents we hold',
		]);
		assert.deepEqual(findDraftingPhrases('not given in the partnership’s documents'), [
			"given in the partnership's documents",
		]);
	});

	test('lists each distinct phrase once, in the order found', () => {
		assert.deepEqual(
			findDraftingPhrases('The documents we hold… The documents we hold… Hours TBC.'),
			['documents we hold', 'TBC'],
		);
	});

	test('leaves the partnership’s own wording alone', () => {
		const publicText = [
			'If you are worried that a child is being harmed, call children’s services. You do not need to be sure.',
			'The partnership scrutinised agencies’ feedback on referrals. It found that referrers were not given guidance on criteria.',
			'The London procedures are kept up to date by an Editorial Board.',
			'This briefing is based on the national panel’s review.',
			'Where the money comes from',
			'This briefing draws on the RSCP Summer Newsletter 2022.',
			'Written plans did not include clear timescales, Ofsted found.',
			'Office hours: Monday to Friday, 9am to 5pm (times not yet confirmed).',
			'Some details on this page are still being checked by the partnership.',
			'We do not use analytics tools. We do not know who visits the site or which pages they read.',
			'The partnership has not yet checked these details with the service.',
			'Right now, call: Child protection referrals. The opening times have not been confirmed yet: if no one answers, call the other number.',
			// Another body's findings, attributed to it.
			'Ofsted’s 2016 report said over 3,800 people had completed WRAP training.',
			'Ofsted’s 2016 report noted that consanguinity had been identified as a local learning need.',
			'Ofsted’s 2016 inspection report described Redbridge as the fourth most ethnically diverse local authority.',
			// The partnership's own report, quoted with attribution.
			'Our 2024-25 annual scrutiny report says: “The RSCP budget was balanced.”',
			'The report says: "The RSCP budget was balanced using funds previously carried forward."',
			// History in the partnership's voice, and a reader-facing pointer.
			'In its 2017/18 business plan, the LSCB planned for its training programme to cover CSE.',
			'In summer 2022 the partnership reported a general feeling from the frontline.',
			'In our Summer 2022 newsletter we set out the national review’s key messages.',
			'This edition reports on the partnership meeting of 4 July 2022.',
			'Where to read more: Redbridge LSCB Annual Report 2016-17. See “Multi-Agency Audit”.',
			'Older documents say looked after children (LAC).',
		];
		for (const text of publicText) assert.deepEqual(findDraftingPhrases(text), [], text);
	});

	test('allows the standard notices, but not the same words inside a sentence', () => {
		for (const notice of ALLOWED_NOTICES) assert.deepEqual(findDraftingPhrases(notice), [], notice);
		for (const label of Object.values(PHONE_HOURS_LABELS))
			assert.deepEqual(findDraftingPhrases(label), [], label);
		assert.deepEqual(
			findDraftingPhrases(
				'To be confirmed by the RSCP Some details on this page are still being checked.',
			),
			[],
		);
		assert.deepEqual(findDraftingPhrases('The policy is to be confirmed by the RSCP.'), [
			'to be confirmed',
		]);
	});

	test('every phrase is case-insensitive and says why it is drafting', () => {
		for (const { pattern, why } of DRAFTING_PHRASES) {
			assert.ok(pattern.flags.includes('i'), `${pattern} should be case-insensitive`);
			assert.ok(why.length > 10, `${pattern} needs a reason`);
		}
	});
});

/**
 * Fields written for editors, never shown to the public: the note saying what needs confirming
 * (it will appear on the editors' status page), `source` (where a priority, course, event or level
 * of need comes from: "editors only", src/schemas/shared/fields.ts), a contact's `verifiedFrom`
 * (where its details were checked; the card shows only the month) and a synonym entry's name
 * ("for editors only", src/schemas/synonyms.ts). Every other string field is rendered somewhere:
 * the notes of `sourceDocument`, `sourceReport` and other links beside the link, as pointers to
 * where readers can read more.
 */
const EDITOR_ONLY_FIELDS: Record<string, readonly string[]> = {
	'*': ['toBeConfirmedNote'],
	contacts: ['verifiedFrom'],
	events: ['source'],
	'levels-of-need': ['source'],
	priorities: ['source'],
	training: ['source'],
	synonyms: ['title'],
};

/** Addresses are not read by anyone: a path such as /to-be-confirmed/ is not a sentence. */
const isAddress = (value: string) => /^(?:https?:\/\/|\/)\S*$/.test(value.trim());

/** Every public string in an entry's data, with its field path (e.g. `keyFindings.2.text`). */
function publicStrings(
	value: unknown,
	editorOnly: readonly string[],
	path = '',
): [string, string][] {
	if (typeof value === 'string') return isAddress(value) ? [] : [[path, value]];
	if (Array.isArray(value))
		return value.flatMap((item, index) =>
			publicStrings(item, editorOnly, path ? `${path}.${index}` : String(index)),
		);
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		return Object.entries(value).flatMap(([key, item]) =>
			path === '' && editorOnly.includes(key)
				? []
				: publicStrings(item, editorOnly, path ? `${path}.${key}` : key),
		);
	}
	return [];
}

/**
 * A Markdown body as a reader sees it: a link or image reads as its text, without the brackets
 * or the address, so "The [Summer 2022 newsletter](/newsletters/summer-2022/) says" reads as it does on the page.
 */
const bodyText = (body: string) => body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

describe('content files read as the partnership speaking', () => {
	test('no public field or body contains drafting language', () => {
		const problems: string[] = [];
		let files = 0;
		for (const [name, definition] of Object.entries(COLLECTIONS)) {
			const editorOnly = [...(EDITOR_ONLY_FIELDS['*'] ?? []), ...(EDITOR_ONLY_FIELDS[name] ?? [])];
			const folder = join(REPO, definition.folder);
			const paths = readdirSync(folder, { recursive: true, withFileTypes: true })
				.filter(
					(dirent) =>
						dirent.isFile() &&
						definition.extensions.some((extension) => dirent.name.endsWith(`.${extension}`)),
				)
				.map((dirent) => join(dirent.parentPath, dirent.name))
				.sort();
			for (const path of paths) {
				files += 1;
				const file = relative(REPO, path).split(sep).join('/');
				const parsed = parseEntryFile(readFileSync(path, 'utf8'), definition.kind);
				const texts: [string, string][] = [
					...publicStrings(parsed.data, editorOnly),
					['body', bodyText(parsed.body)],
				];
				for (const [field, text] of texts) {
					for (const phrase of findDraftingPhrases(text))
						problems.push(`${file}  ${field}  “${phrase}”`);
				}
			}
		}
		assert.ok(files > 100, `expected to read the content folder, read ${files} files`);
		assert.deepEqual(
			problems,
			[],
			`Drafting language in public text. Move it to toBeConfirmedNote (and set toBeConfirmed: true):\n${problems.join('\n')}`,
		);
	});
});
