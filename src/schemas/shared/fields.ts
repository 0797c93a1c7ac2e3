import { z } from 'astro/zod';
import './meta.ts';

/**
 * Reusable field shapes, spread into the collection schemas.
 * Each one carries its own label and hint so the CMS and the docs say the same thing.
 */

/**
 * Only https links or site paths: `http:` (readers' details could be read or changed on the way),
 * `javascript:`, `data:` and protocol-relative `//host` links are refused, and so is a backslash in
 * a site path (browsers read `/\host` as `//host`, another site).
 */
export const SafeUrlSchema = z
	.string()
	.trim()
	.refine((value) => /^(https:\/\/[^\s]+|\/(?![/\\])[^\s\\]*)$/i.test(value), {
		message: 'Expected a web address starting with https:// (or a site path starting with /)',
	})
	.meta({
		cms: {
			pattern: [
				'^(https://\\S+|/(?!/)\\S*)$',
				'A web address starting with https:// or a site path starting with /',
			],
		},
	});

/**
 * Digits of a UK number that a caller can dial: 999/101/111, 116 xxx helplines, 10-11 digits from 0,
 * or an 8-digit 0800 freephone number (a few, such as Childline's, are still in use).
 */
const DIALLABLE_UK_NUMBER = /^(999|101|111|116\d{3}|0\d{9,10}|0800\d{4})$/;

/** A UK phone number written the way people read it aloud, e.g. `020 7946 0123` or `999`. */
export const UkPhoneNumberSchema = z
	.string()
	.trim()
	.refine((value) => /^[0-9 ]+$/.test(value) && DIALLABLE_UK_NUMBER.test(value.replace(/ /g, '')), {
		message: 'Expected a UK phone number such as 020 7946 0123 or 999 (digits and spaces only)',
	})
	.meta({
		cms: {
			pattern: [
				'^(999|101|111|116 ?\\d{3}|0[0-9 ]{7,14})$',
				'A UK number written with spaces, e.g. 020 7946 0123, or 999',
			],
		},
	});

/** An email address. */
export const EmailSchema = z
	.email({ message: 'Expected an email address such as team@example.org' })
	.meta({
		cms: {
			pattern: ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'An email address such as team@example.org'],
		},
	});

/** A calendar date (no time). Dates in YAML as `2025-09-30`. */
export const DateSchema = z.coerce.date({ message: 'Expected a date written as YYYY-MM-DD' });

/** Publishing switches every collection shares. */
export const publishingShape = {
	draft: z.boolean().default(false).meta({
		title: 'Draft',
		description:
			'Drafts are left out of the built site. Untick when the entry is ready to publish.',
	}),
	search: z.boolean().default(true).meta({
		title: 'Show in search',
		description: 'Untick to keep this entry out of the site search (it stays on the site).',
	}),
};

/** Freshness dates: shown on the page and listed by the stale-content report. */
export const reviewShape = {
	lastReviewed: DateSchema.meta({
		title: 'Last reviewed',
		description: 'The date someone last checked this content was still right.',
	}),
	reviewDue: DateSchema.meta({
		title: 'Review due',
		description: 'When it must next be checked. Overdue content is listed for the business unit.',
	}),
};

/** The visible "to be confirmed by the RSCP" mark for facts the partnership's published documents do not give. */
export const toBeConfirmedShape = {
	toBeConfirmed: z.boolean().default(false).meta({
		title: 'To be confirmed by the RSCP',
		description:
			'Tick while any fact here is missing from, or older than, the partnership’s documents. The page then shows a visible “to be confirmed” notice.',
	}),
	toBeConfirmedNote: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta({
			title: 'What needs confirming',
			description:
				'Say exactly which fact must be checked, e.g. “Office hours are not in the partnership’s published documents.”',
			cms: { widget: 'text' },
		}),
};

/**
 * A short fact that may not be known yet (an organiser, a publisher, what an acronym stands for).
 * When it is not known the field stays empty and the entry is ticked “To be confirmed by the RSCP”;
 * pair it with `knownOrToBeConfirmed` on the entry, which refuses an empty field without the tick.
 * @example organiser: mayBeUnknownText({ title: 'Organiser', description: 'Who runs it.' })
 */
export function mayBeUnknownText({ title, description }: { title: string; description: string }) {
	return z
		.string()
		.trim()
		.min(2)
		.optional()
		.meta({
			title,
			description: `${description} If it is not known, leave it empty, tick “To be confirmed by the RSCP” and say in the note what is missing: the page then leaves it out and shows the notice.`,
		});
}

/**
 * Never a made-up fact: an optional field whose fact is unknown is left empty, and then the entry
 * must be marked to be confirmed (the page leaves the row out and shows the notice). Spread into
 * `.refine(...)` on the entry's object schema.
 * @example .refine(...knownOrToBeConfirmed('organiser', 'the organiser'))
 */
export function knownOrToBeConfirmed<Field extends string>(
	field: Field,
	fact: string,
): [
	check: (entry: Partial<Record<Field, unknown>> & { toBeConfirmed: boolean }) => boolean,
	problem: { message: string; path: string[] },
] {
	return [
		(entry: Partial<Record<Field, unknown>> & { toBeConfirmed: boolean }) =>
			entry[field] !== undefined || entry.toBeConfirmed,
		{
			message: `Expected ${fact}, or “To be confirmed by the RSCP” ticked with a note saying it is not known`,
			path: [field],
		},
	];
}

/** The kinds of change the “What's changed” log records. */
export const CHANGE_KINDS = ['added', 'updated', 'withdrawn'] as const;

/** One change readers should know about, written by the editor who made it. */
export const ChangeSchema = z.strictObject({
	date: DateSchema.meta({ title: 'Date', description: 'The day the change was published.' }),
	kind: z
		.enum(CHANGE_KINDS)
		.meta({ title: 'Kind of change', description: 'Added, updated or withdrawn.' }),
	summary: z
		.string()
		.trim()
		.min(10)
		.max(300)
		.meta({
			title: 'What changed',
			description:
				'One sentence for readers, e.g. “The LADO has a new phone number.” or “Level 3 now includes children at risk of exploitation.”',
			cms: { widget: 'text' },
		}),
});

/**
 * The entry's own change log, gathered into “What's changed” (/whats-changed/ and its feed).
 * Optional, not defaulted: the CMS then never adds an empty list to an entry nobody changed.
 */
export const changesShape = {
	changes: z.array(ChangeSchema).optional().meta({
		title: 'Changes readers should know about',
		description:
			'When you make a significant change (a new number for a service, a revised level of need, a corrected fact, a withdrawn page), add a line: the date and one sentence saying what changed. It appears on “What’s changed”. Leave it out for typo fixes.',
	}),
};

/** A link to something outside the entry: a report, a guidance page, a form. */
export const LinkSchema = z.strictObject({
	title: z.string().trim().min(2).meta({
		title: 'Link text',
		description: 'What the reader gets, e.g. “Working Together to Safeguard Children 2023”.',
	}),
	url: SafeUrlSchema.optional().meta({
		title: 'Web address',
		description:
			'Leave empty when the document is not online yet; the title is then shown as plain text.',
	}),
	note: z
		.string()
		.trim()
		.optional()
		.meta({ title: 'Note', description: 'Optional: publisher, year or why it is worth reading.' }),
});

/** The audiences our routes serve. */
export const AUDIENCES = ['public', 'professionals', 'children-and-young-people'] as const;
export const AudienceSchema = z.enum(AUDIENCES);

/**
 * Where an entry's facts came from: the partnership's document and its date. For editors checking
 * the entry, never shown on the website (public text speaks as the partnership, not about its sources).
 */
export const sourceShape = {
	source: z.string().trim().min(3).meta({
		title: 'Where this comes from (editors only)',
		description:
			'For editors, never shown on the website: the partnership document this entry is based on, with its date, e.g. “RSCP Annual Scrutiny Report 2024-25 (September 2025)”.',
	}),
};

/**
 * Text of a sentence or more, edited in a multi-line box: trimmed, at least `min` characters and
 * at most `max` when it has one. Every summary, finding and description field is one of these.
 * @example summary: longText({ title: 'Summary', description: 'What it is and who it is for.', min: 20, max: 400 })
 */
export function longText({
	title,
	description,
	min,
	max,
}: {
	title: string;
	description: string;
	min: number;
	max?: number;
}) {
	const text = z.string().trim().min(min);
	return (max === undefined ? text : text.max(max)).meta({
		title,
		description,
		cms: { widget: 'text' },
	});
}

/**
 * What every entry carries for its editors, last in its CMS form: the to-be-confirmed mark, its
 * change log and the publishing switches.
 */
export const editorialShape = { ...toBeConfirmedShape, ...changesShape, ...publishingShape };
