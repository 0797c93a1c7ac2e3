import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS, type RegisteredCollection } from '../../schemas/collections.ts';
import type { SchemaContext } from '../../schemas/shared/context.ts';
import { parseEntryFile } from '../content-check/parse-entry-file.ts';
import { findOutdatedTranslations } from './outdated-translations.ts';

/** Why an entry is on the report. One entry can be on it more than once: overdue, to be confirmed, a draft. */
export type StaleStatus =
	'overdue' | 'due-soon' | 'translation-outdated' | 'to-be-confirmed' | 'draft';

/** How many days ahead a review or re-verification counts as coming up. */
export const DUE_SOON_DAYS = 60;

/** Contact details are re-checked this many months after they were last verified. */
export const VERIFY_EVERY_MONTHS = 12;

/** The Status column, in report order. */
export const STATUS_LABELS: Record<StaleStatus, string> = {
	overdue: 'Overdue',
	'due-soon': `Due within ${DUE_SOON_DAYS} days`,
	'translation-outdated': 'Translation older than its English page',
	'to-be-confirmed': 'To be confirmed',
	draft: 'Draft',
};

/** Notes longer than this are cut at a word, so the table stays readable. */
const NOTE_LENGTH = 120;

/** One row of the report: one job for the business unit. */
export interface StaleItem {
	status: StaleStatus;
	/** Collection name, e.g. `contacts`. */
	collection: string;
	/** The collection's label from the registry, e.g. `Contacts`. */
	collectionLabel: string;
	title: string;
	/** Path from the repository root, with `/`. */
	file: string;
	/** The entry's id in its collection, as the CMS addresses it: `/admin/#/collections/<collection>/entries/<entryId>`. */
	entryId: string;
	draft: boolean;
	/** Which freshness date the entry has: reviews have `reviewDue`, contacts `lastVerified`. */
	dateKind?: 'review-due' | 'last-verified';
	date?: Date;
	/** When the review or re-verification is or was due, as `YYYY-MM-DD`. */
	due?: string;
	/** What someone has to do, in a sentence. */
	action: string;
	/** The whole “What needs confirming” note, for to-be-confirmed rows that have one. */
	note?: string;
}

/** What `findStaleContent` found. */
export interface StaleContentResult {
	items: StaleItem[];
	/** The day the dates were compared with, as `YYYY-MM-DD` (UK calendar). */
	today: string;
	fileCount: number;
	/** Files whose YAML cannot be read: `npm run check:content` explains them. */
	unreadableFiles: string[];
}

/** Options, mainly so tests can fix the date. */
export interface FindStaleContentOptions {
	/** Defaults to now. Compared as a UK calendar day. */
	today?: Date;
	/** Defaults to the registry in `src/schemas/collections.ts`. */
	collections?: Record<string, RegisteredCollection>;
}

const STATUS_ORDER: StaleStatus[] = [
	'overdue',
	'due-soon',
	'translation-outdated',
	'to-be-confirmed',
	'draft',
];
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Schema stand-ins: the report needs the schemas' defaults and dates, not image or
 * reference checks (`npm run check:content` does those).
 */
const REPORT_CONTEXT = {
	image: () => z.any(),
	reference: () => z.any(),
} as unknown as SchemaContext;

/**
 * A day as `YYYY-MM-DD` in UK time, so a report run just after midnight in summer
 * still counts from the right day.
 * @example ukCalendarDay(new Date('2026-07-06T23:30:00Z')) // "2026-07-07"
 */
export function ukCalendarDay(date: Date): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/London',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(date);
}

/** A YAML date (midnight UTC) as `YYYY-MM-DD`. */
function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
	return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Adds calendar months to a date-only value (31 January + 1 month rolls into March, as Date does). */
function addMonths(date: Date, months: number): Date {
	const result = new Date(date.getTime());
	result.setUTCMonth(result.getUTCMonth() + months);
	return result;
}

/** Reads a date the way the schemas do (`z.coerce.date()`), or undefined. */
function toDate(value: unknown): Date | undefined {
	if (value === undefined || value === null) return undefined;
	const date = value instanceof Date ? value : new Date(String(value));
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Cuts text to about `length` characters at a word break and adds an ellipsis.
 * @example truncateNote('Confirm the office hours with the team', 20) // "Confirm the office…"
 */
export function truncateNote(text: string, length = NOTE_LENGTH): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= length) return flat;
	const cut = flat.slice(0, length);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function listFiles(folder: string, extensions: readonly string[]): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter(
			(dirent) =>
				dirent.isFile() && extensions.some((extension) => dirent.name.endsWith(`.${extension}`)),
		)
		.map((dirent) => join(dirent.parentPath, dirent.name))
		.sort();
}

/** What to do about a contact whose details nobody has verified yet (no `lastVerified`). */
const NEVER_VERIFIED_ACTION =
	'Never verified: check every number, email address and link with the service, then fill in Last verified and Verified from.';

/** True when the collection's entries carry a `lastVerified` date (contacts), so a missing one means "never verified". */
function tracksVerification(schema: z.ZodType): boolean {
	const shape = (schema as { shape?: Record<string, unknown> }).shape;
	return shape !== undefined && 'lastVerified' in shape;
}

/** The sentence for the "What needs doing" column of a date-based row. */
function dateAction(kind: 'review-due' | 'last-verified'): string {
	return kind === 'last-verified'
		? 'Check every number, email address and link still works, then update Last verified.'
		: 'Check the content is still right, then update Last reviewed and Review due.';
}

/**
 * Reads every content file of every collection and lists what needs the business unit:
 * reviews past their `reviewDue` date, contacts last verified more than 12 months ago or never,
 * both of those coming up within 60 days, everything marked `toBeConfirmed`, and every draft.
 * Drafts also appear in the other groups (their title says so): they need the same work before
 * they go live. `npm run report:stale` and the editors' status page (/admin/status/) both show it.
 */
export function findStaleContent(
	rootDir: string,
	options: FindStaleContentOptions = {},
): StaleContentResult {
	const collections = options.collections ?? COLLECTIONS;
	const today = ukCalendarDay(options.today ?? new Date());
	const dueSoonUntil = addDays(today, DUE_SOON_DAYS);
	const items: StaleItem[] = [];
	const unreadableFiles: string[] = [];
	let fileCount = 0;

	for (const [name, definition] of Object.entries(collections)) {
		const verifies = tracksVerification(definition.schema(REPORT_CONTEXT));
		for (const path of listFiles(join(rootDir, definition.folder), definition.extensions)) {
			fileCount += 1;
			const file = relative(rootDir, path).split(sep).join('/');
			const parsed = parseEntryFile(readFileSync(path, 'utf8'), definition.kind);
			if (parsed.syntaxErrors.length || parsed.data === null || typeof parsed.data !== 'object') {
				unreadableFiles.push(file);
				continue;
			}
			// The schema gives defaults (draft, toBeConfirmed) and dates. If the entry is invalid,
			// the raw YAML still says enough for a report; the content check reports the rest.
			const result = definition.schema(REPORT_CONTEXT).safeParse(parsed.data);
			const data = (result.success ? result.data : parsed.data) as Record<string, unknown>;

			const base = {
				collection: name,
				collectionLabel: definition.label,
				title: typeof data.title === 'string' && data.title.trim() ? data.title.trim() : file,
				file,
				entryId: relative(join(rootDir, definition.folder), path)
					.split(sep)
					.join('/')
					.replace(/\.[^./]+$/, ''),
				draft: data.draft === true,
			};

			// A review date is due on the day given; a verification is due 12 months after it.
			const reviewDue = toDate(data.reviewDue);
			const lastVerified = toDate(data.lastVerified);
			const dateKind = reviewDue ? 'review-due' : lastVerified ? 'last-verified' : undefined;
			const date = reviewDue ?? lastVerified;
			const due =
				date && isoDay(dateKind === 'review-due' ? date : addMonths(date, VERIFY_EVERY_MONTHS));
			if (dateKind && due) {
				const status: StaleStatus | undefined =
					due < today ? 'overdue' : due <= dueSoonUntil ? 'due-soon' : undefined;
				if (status)
					items.push({ ...base, status, dateKind, date, due, action: dateAction(dateKind) });
			} else if (verifies && !lastVerified) {
				// Nobody has checked these details: more urgent than any date, so it sorts first.
				items.push({
					...base,
					status: 'overdue',
					dateKind: 'last-verified',
					action: NEVER_VERIFIED_ACTION,
				});
			}

			if (data.toBeConfirmed === true) {
				const note =
					typeof data.toBeConfirmedNote === 'string' && data.toBeConfirmedNote.trim()
						? data.toBeConfirmedNote
						: undefined;
				items.push({
					...base,
					status: 'to-be-confirmed',
					dateKind,
					date,
					due,
					action: note
						? truncateNote(note)
						: 'Confirm the facts marked “to be confirmed” (no note says which).',
					...(note ? { note: note.trim() } : {}),
				});
			}
			if (base.draft)
				items.push({
					...base,
					status: 'draft',
					action: 'Finish it and untick Draft to publish it, or delete it.',
				});
		}
	}

	// A translation is out of date when its English page's text is newer than the text it was made from.
	if ('translations' in collections) {
		for (const translation of findOutdatedTranslations(rootDir)) {
			items.push({
				status: 'translation-outdated',
				collection: 'translations',
				collectionLabel: collections.translations?.label ?? 'Translations',
				title: translation.title,
				file: translation.file,
				entryId: translation.entryId,
				draft: translation.draft,
				action: `Made from the English text of ${translation.translatedFrom}; “${translation.englishTitle}” changed on ${translation.englishDate}. Have it translated again and checked, then set Date of the English text.`,
			});
		}
	}

	const collectionOrder = Object.keys(collections);
	items.sort(
		(a, b) =>
			STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
			// Earliest due first for dated rows: the longest overdue is the most urgent.
			(a.status === 'overdue' || a.status === 'due-soon'
				? (a.due ?? '').localeCompare(b.due ?? '')
				: 0) ||
			collectionOrder.indexOf(a.collection) - collectionOrder.indexOf(b.collection) ||
			a.title.localeCompare(b.title, 'en-GB'),
	);
	return { items, today, fileCount, unreadableFiles };
}

/** The report's columns, shared by the table and the CSV. */
const COLUMNS = [
	'Status',
	'Collection',
	'Title',
	'File',
	'Review due or last verified',
	'What needs doing',
] as const;

function rowCells(item: StaleItem): string[] {
	const dateText = item.date
		? `${item.dateKind === 'last-verified' ? 'Last verified' : 'Review due'} ${isoDay(item.date)}`
		: item.dateKind === 'last-verified'
			? 'Never verified'
			: '';
	return [
		STATUS_LABELS[item.status],
		item.collectionLabel,
		item.draft ? `${item.title} (draft)` : item.title,
		item.file,
		dateText,
		item.action,
	];
}

/** Counts per status; overdue is split into reviews and contacts to re-verify. */
export function countStaleItems(items: readonly StaleItem[]) {
	const count = (status: StaleStatus, kind?: StaleItem['dateKind']) =>
		items.filter((item) => item.status === status && (kind === undefined || item.dateKind === kind))
			.length;
	return {
		overdue: count('overdue'),
		overdueReviews: count('overdue', 'review-due'),
		overdueVerifications: count('overdue', 'last-verified'),
		dueSoon: count('due-soon'),
		outdatedTranslations: count('translation-outdated'),
		toBeConfirmed: count('to-be-confirmed'),
		drafts: count('draft'),
	};
}

/** The closing lines: counts per status, the date and how many files were read. */
export function formatStaleSummary(result: StaleContentResult): string {
	const counts = countStaleItems(result.items);
	const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
	const lines = [
		`Summary on ${result.today} (${plural(result.fileCount, 'file')} read):`,
		`- ${STATUS_LABELS.overdue}: ${counts.overdue} (${plural(counts.overdueReviews, 'review')}, ${plural(counts.overdueVerifications, 'contact')} to re-verify)`,
		`- ${STATUS_LABELS['due-soon']}: ${counts.dueSoon}`,
		`- ${STATUS_LABELS['translation-outdated']}: ${counts.outdatedTranslations}`,
		`- ${STATUS_LABELS['to-be-confirmed']}: ${counts.toBeConfirmed}`,
		`- Drafts: ${counts.drafts}`,
	];
	if (result.unreadableFiles.length) {
		lines.push(
			`- Not read (YAML errors; run npm run check:content): ${result.unreadableFiles.join(', ')}`,
		);
	}
	return lines.join('\n');
}

/** A Markdown table cell: pipes escaped, everything on one line. */
function markdownCell(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/**
 * The report as a Markdown table with the summary after it, for pasting into an email,
 * an issue or a document.
 */
export function formatStaleMarkdown(result: StaleContentResult): string {
	const heading = `Content to review or confirm, ${result.today}`;
	if (result.items.length === 0) {
		return `${heading}\n\nNothing is overdue, due soon or to be confirmed.\n\n${formatStaleSummary(result)}`;
	}
	const rows = [
		`| ${COLUMNS.join(' | ')} |`,
		`| ${COLUMNS.map(() => '---').join(' | ')} |`,
		...result.items.map((item) => `| ${rowCells(item).map(markdownCell).join(' | ')} |`),
	];
	return `${heading}\n\n${rows.join('\n')}\n\n${formatStaleSummary(result)}`;
}

/** One CSV field, quoted when it must be (RFC 4180). */
function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The report as CSV for a spreadsheet: a header row and one row per item, CRLF line ends,
 * with a byte-order mark so Excel reads the curly quotes and dashes as UTF-8.
 */
export function formatStaleCsv(result: StaleContentResult): string {
	const lines = [
		COLUMNS.map(csvField).join(','),
		...result.items.map((item) => rowCells(item).map(csvField).join(',')),
	];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
