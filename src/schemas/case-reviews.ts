import { z } from 'astro/zod';
import { REVIEW_TYPES } from './briefings.ts';
import { contentNoteField } from './shared/content-note.ts';
import type { SchemaContext } from './shared/context.ts';
import {
	DateSchema,
	LinkSchema,
	editorialShape,
	knownOrToBeConfirmed,
	mayBeUnknownText,
	longText,
	reviewShape,
} from './shared/fields.ts';

/** Whether a review is about Redbridge or is a national review the partnership responded to. */
export const REVIEW_SCOPES = ['local', 'national'] as const;

/** Where the review's own report stands. */
export const CASE_REVIEW_STATUSES = [
	'published',
	'in-progress',
	'awaiting-publication',
	'not-published',
] as const;

/** Human labels for the statuses: they say what is or is not published, so a list reads on its own. */
export const CASE_REVIEW_STATUS_LABELS: Record<(typeof CASE_REVIEW_STATUSES)[number], string> = {
	published: 'Report published',
	'in-progress': 'Review in progress',
	'awaiting-publication': 'Awaiting publication',
	'not-published': 'Report not published',
};

/** How much of a date the source gives: the rest is not shown. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

/**
 * When a review happened or was published: a date (with how much of it is known),
 * or a period in words when the sources give no single date.
 */
export const ReviewWhenSchema = z
	.object({
		date: DateSchema.optional().meta({
			title: 'Date',
			description:
				'When the review was published or held. Write YYYY-MM-DD; if only the month or year is known, use the 1st and set the precision.',
		}),
		datePrecision: z.enum(DATE_PRECISIONS).default('day').meta({
			title: 'How much of the date is known',
			description: '“month” shows “June 2024”; “year” shows “2024”; “day” shows the full date.',
		}),
		period: z.string().trim().min(4).max(60).optional().meta({
			title: 'Period',
			description:
				'Instead of a date, when there is no single date, e.g. “2024-25” or “November 2016 to February 2017”.',
		}),
	})
	.superRefine((when, context) => {
		// Exactly one of the two: a date and a period together would disagree sooner or later.
		if ((when.date === undefined) === (when.period === undefined)) {
			context.addIssue({
				code: 'custom',
				message: 'Expected either a date or a period (one of the two, not both)',
			});
		}
	});

/**
 * A local or national case review, audit or thematic review, with what the partnership did in response.
 * The optional body adds detail. Learning for practitioners lives in the linked 7-minute briefing.
 * @example content/case-reviews/rapid-review-june-2024.md
 */
export const CaseReviewsSchema = ({ reference }: SchemaContext) =>
	z
		.strictObject({
			title: z.string().trim().min(3).meta({
				title: 'Title',
				description:
					'The review’s name, e.g. “It’s Silent: race, racism and safeguarding children”. Use a local review’s pseudonym only once the RSCP has published it.',
			}),
			reviewType: z.enum(REVIEW_TYPES).meta({
				title: 'Type of review',
				description: 'The same types as the 7-minute briefings.',
			}),
			scope: z.enum(REVIEW_SCOPES).meta({
				title: 'Local or national',
				description:
					'“local” for Redbridge reviews and audits; “national” for reviews from outside Redbridge: the national panel, inspectorates, inquiries and other areas’ reviews.',
			}),
			when: ReviewWhenSchema.meta({
				title: 'When',
				description: 'A date, or a period in words: one of the two.',
			}),
			publisher: mayBeUnknownText({
				title: 'Published by',
				description:
					'Who carried out or published the review, e.g. “Child Safeguarding Practice Review Panel”.',
			}),
			summary: longText({
				title: 'What it is',
				description:
					'What the review looked at, in two or three sentences, with nothing that could identify a child or family.',
				min: 20,
				max: 600,
			}),
			actionsTaken: z
				.array(z.string().trim().min(10))
				.min(1, { message: 'Expected at least 1 action the partnership took' })
				.meta({
					title: 'What the partnership did',
					description:
						'What the RSCP (or LSCB) did in response, one item each, e.g. “Made the action plan a 2025-26 priority”.',
				}),
			status: z.enum(CASE_REVIEW_STATUSES).meta({
				title: 'Status',
				description:
					'“awaiting publication” for finished local reviews not yet published; “not published” for reviews whose report is not made public.',
			}),
			briefing: reference('briefings')
				.optional()
				.meta({
					title: '7-minute briefing',
					description: 'The briefing that covers this review, if there is one.',
					cms: { displayField: 'title' },
				}),
			sourceDocument: LinkSchema.meta({
				title: 'Where to read more',
				description:
					'The published review, or the report that describes it, e.g. the RSCP Annual Scrutiny Report 2024-25. Shown under “Where to read more”: use the note for the publisher, the date and the section to look in, e.g. “See “Learning from Reviews”.”',
			}),
			relatedPriorities: z
				.array(reference('priorities'))
				.default([])
				.meta({
					title: 'Related priorities',
					description: 'Partnership priorities that took this review forward.',
					cms: { displayField: 'title' },
				}),
			contentNote: contentNoteField('This page refers to the death of a child.'),
			...reviewShape,
			...editorialShape,
		})
		.refine(...knownOrToBeConfirmed('publisher', 'who published the review'));

export type CaseReviewsFrontmatter = z.infer<ReturnType<typeof CaseReviewsSchema>>;
