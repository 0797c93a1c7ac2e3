// The stale-content report is the business unit's to-do list: what is past its review date,
// which contacts need re-checking, and what is still "to be confirmed". The fixtures in
// tests/fixtures/freshness are dated around a fixed "today" of 1 March 2026.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
	countStaleItems,
	findStaleContent,
	formatStaleCsv,
	formatStaleMarkdown,
	truncateNote,
	ukCalendarDay,
	type StaleItem,
} from '../../src/lib/freshness/find-stale-content.ts';

const ROOT = join(import.meta.dirname, '../fixtures/freshness');
const TODAY = new Date('2026-03-01T12:00:00Z');

/** Rows as `status file` strings, in report order, for readable assertions. */
const rows = (items: StaleItem[]) => items.map((item) => `${item.status} ${item.file}`);

describe('findStaleContent', () => {
	const result = findStaleContent(ROOT, { today: TODAY });

	test('lists overdue, due-soon, to-be-confirmed and draft rows in that order, earliest due first', () => {
		assert.deepEqual(rows(result.items), [
			'overdue content/contacts/never-verified-contact.yaml',
			'overdue content/pages/about/draft-page.md',
			'overdue content/contacts/old-contact.yaml',
			'overdue content/pages/about/overdue-page.md',
			'due-soon content/contacts/recent-contact.yaml',
			'due-soon content/pages/about/due-soon-page.md',
			// Collections in registry order: pages, then contacts, then the glossary.
			'to-be-confirmed content/pages/about/overdue-page.md',
			'to-be-confirmed content/contacts/fresh-contact.yaml',
			'to-be-confirmed content/glossary/tbc-term.yaml',
			'draft content/pages/about/draft-page.md',
		]);
	});

	test('leaves out content that is fresh and has nothing to confirm', () => {
		const files = result.items.map((item) => item.file);
		for (const file of ['fresh-page.md', 'settled-term.yaml'])
			assert.ok(!files.some((path) => path.endsWith(file)), file);
	});

	test('dates contacts from lastVerified and pages from reviewDue', () => {
		const contact = result.items.find((item) => item.file.endsWith('old-contact.yaml'));
		assert.equal(contact?.dateKind, 'last-verified');
		assert.match(contact?.action ?? '', /update Last verified/);
		const page = result.items.find(
			(item) => item.status === 'overdue' && item.file.endsWith('overdue-page.md'),
		);
		assert.equal(page?.dateKind, 'review-due');
		assert.match(page?.action ?? '', /update Last reviewed and Review due/);
	});

	test('marks drafts', () => {
		assert.equal(result.items.find((item) => item.file.endsWith('draft-page.md'))?.draft, true);
	});

	test('lists a contact nobody has verified (no lastVerified) as overdue, before any dated row', () => {
		const contact = result.items[0];
		assert.equal(contact?.file, 'content/contacts/never-verified-contact.yaml');
		assert.equal(contact?.status, 'overdue');
		assert.equal(contact?.dateKind, 'last-verified');
		assert.equal(contact?.date, undefined);
		assert.match(contact?.action ?? '', /^Never verified: .*fill in Last verified/);
		// Pages have no lastVerified field: a missing date there is not "never verified".
		assert.ok(
			!result.items.some(
				(item) => item.collection === 'pages' && item.action.startsWith('Never verified'),
			),
		);
	});

	test('uses the toBeConfirmedNote, cut to about 120 characters, or says there is none', () => {
		const page = result.items.find(
			(item) => item.status === 'to-be-confirmed' && item.file.endsWith('overdue-page.md'),
		);
		assert.ok(page && page.action.length <= 121 && page.action.endsWith('…'), page?.action);
		assert.ok(page.action.startsWith('The meeting dates are not in the partnership'));
		const term = result.items.find((item) => item.file.endsWith('tbc-term.yaml'));
		assert.equal(term?.action, 'Confirm the expansion.');
		const contact = result.items.find(
			(item) => item.status === 'to-be-confirmed' && item.file.endsWith('fresh-contact.yaml'),
		);
		assert.match(contact?.action ?? '', /no note says which/);
	});

	test('names files it cannot read instead of stopping', () => {
		assert.deepEqual(result.unreadableFiles, ['content/glossary/broken.yaml']);
		assert.equal(result.fileCount, 11);
	});

	test('counts per status', () => {
		assert.deepEqual(countStaleItems(result.items), {
			overdue: 4,
			overdueReviews: 2,
			overdueVerifications: 2,
			dueSoon: 2,
			outdatedTranslations: 0,
			toBeConfirmed: 3,
			drafts: 1,
		});
	});

	test('moves with "today": a due date is overdue only from the next day', () => {
		const onDueDate = findStaleContent(ROOT, { today: new Date('2026-04-15T09:00:00Z') });
		const page = onDueDate.items.find((item) => item.file.endsWith('due-soon-page.md'));
		assert.equal(page?.status, 'due-soon');
		const dayAfter = findStaleContent(ROOT, { today: new Date('2026-04-16T09:00:00Z') });
		assert.equal(
			dayAfter.items.find((item) => item.file.endsWith('due-soon-page.md'))?.status,
			'overdue',
		);
	});

	test('a contact is overdue once more than 12 months have passed since it was verified', () => {
		const status = (today: string) =>
			findStaleContent(ROOT, { today: new Date(today) }).items.find((item) =>
				item.file.endsWith('recent-contact.yaml'),
			)?.status;
		assert.equal(status('2026-04-10T12:00:00Z'), 'due-soon');
		assert.equal(status('2026-04-11T12:00:00Z'), 'overdue');
		assert.equal(status('2026-02-09T12:00:00Z'), 'due-soon'); // exactly 60 days before
		assert.equal(status('2026-02-08T12:00:00Z'), undefined);
	});

	test('an early hour in UK summer time is already the next day', () => {
		assert.equal(ukCalendarDay(new Date('2026-07-06T23:30:00Z')), '2026-07-07');
		assert.equal(ukCalendarDay(new Date('2026-01-05T23:30:00Z')), '2026-01-05');
	});
});

describe('formatStaleMarkdown', () => {
	const text = formatStaleMarkdown(findStaleContent(ROOT, { today: TODAY }));

	test('prints one table row per item, with the columns the business unit asked for', () => {
		const lines = text.split('\n');
		assert.ok(
			lines.includes(
				'| Status | Collection | Title | File | Review due or last verified | What needs doing |',
			),
		);
		assert.equal(
			lines.filter((line) => /^\| (Overdue|Due within 60 days|To be confirmed) \|/.test(line))
				.length,
			9,
		);
		assert.ok(
			lines.some((line) =>
				line.startsWith(
					'| Overdue | Contacts | Never verified contact | content/contacts/never-verified-contact.yaml | Never verified | Never verified: check',
				),
			),
		);
		assert.ok(
			lines.some((line) =>
				line.startsWith(
					'| Overdue | Contacts | Old contact | content/contacts/old-contact.yaml | Last verified 2025-01-10 |',
				),
			),
		);
		assert.ok(lines.some((line) => line.startsWith('| Overdue | Pages | Draft page (draft) |')));
		assert.ok(
			lines.some((line) =>
				line.startsWith(
					'| Due within 60 days | Pages | Due soon page | content/pages/about/due-soon-page.md | Review due 2026-04-15 |',
				),
			),
		);
	});

	test('escapes pipes so a title cannot break the table', () => {
		assert.match(text, /\| Overdue \\\| page \|/);
	});

	test('ends with the counts', () => {
		assert.match(
			text,
			/Summary on 2026-03-01 \(11 files read\):\n- Overdue: 4 \(2 reviews, 2 contacts to re-verify\)\n- Due within 60 days: 2\n- Translation older than its English page: 0\n- To be confirmed: 3\n/,
		);
		assert.match(text, /Not read .*content\/glossary\/broken\.yaml/);
	});

	test('says so when there is nothing to do', () => {
		const empty = formatStaleMarkdown({
			items: [],
			today: '2026-03-01',
			fileCount: 2,
			unreadableFiles: [],
		});
		assert.match(empty, /Nothing is overdue, due soon or to be confirmed\./);
	});
});

describe('formatStaleCsv', () => {
	const csv = formatStaleCsv(findStaleContent(ROOT, { today: TODAY }));

	test('starts with a byte-order mark and a header row, and uses CRLF', () => {
		assert.ok(
			csv.startsWith(
				'\uFEFFStatus,Collection,Title,File,Review due or last verified,What needs doing\r\n',
			),
		);
		assert.equal(csv.split('\r\n').length, 1 + 10 + 1); // header, rows, final empty line
	});

	test('quotes fields with commas or quotes', () => {
		assert.ok(
			csv.includes(
				'Overdue,Contacts,Old contact,content/contacts/old-contact.yaml,Last verified 2025-01-10,"Check every number, email address',
			),
		);
		assert.ok(
			csv.includes('"Confirm the facts marked “to be confirmed” (no note says which)."') === false,
		);
		assert.ok(
			csv.includes(',Confirm the facts marked “to be confirmed” (no note says which).\r\n'),
		);
	});
});

describe('truncateNote', () => {
	test('keeps short notes and cuts long ones at a word', () => {
		assert.equal(truncateNote('Confirm the hours.'), 'Confirm the hours.');
		assert.equal(truncateNote('Confirm the office hours with the team', 20), 'Confirm the office…');
		assert.equal(truncateNote('Line one\n  line two', 120), 'Line one line two');
	});
});
