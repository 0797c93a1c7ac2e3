import { z } from 'astro/zod';
import type { SchemaContext } from './shared/context.ts';
import {
	DateSchema,
	SafeUrlSchema,
	editorialShape,
	knownOrToBeConfirmed,
	mayBeUnknownText,
	longText,
	sourceShape,
} from './shared/fields.ts';

export const EVENT_TYPES = [
	'meeting',
	'briefing',
	'seminar',
	'conference',
	'campaign',
	'awareness-day',
	'training',
] as const;
export const DATE_PRECISIONS = ['day', 'month'] as const;

/** A time of day, 24-hour clock, e.g. `14:00`. */
const TimeSchema = z
	.string()
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Expected a time written as HH:MM, e.g. 14:00' });

/**
 * A dated training session, event or campaign.
 * @example content/events/2022-09-19-transitional-safeguarding-case-reviews.md
 */
export const EventsSchema = ({ reference }: SchemaContext) =>
	z
		.object({
			title: z.string().trim().min(3).meta({ title: 'Title', description: 'The event’s name.' }),
			eventType: z
				.enum(EVENT_TYPES)
				.meta({ title: 'Type', description: 'What kind of event it is.' }),
			summary: longText({
				title: 'Summary',
				description: 'What it is and who it is for.',
				min: 20,
				max: 400,
			}),
			start: DateSchema.meta({ title: 'Date', description: 'The (first) day of the event.' }),
			end: DateSchema.optional().meta({
				title: 'End date',
				description: 'Only for events over several days.',
			}),
			datePrecision: z.enum(DATE_PRECISIONS).default('day').meta({
				title: 'Date known to',
				description:
					'Choose “month” when the source gives only the month; the page then shows the month only.',
			}),
			startTime: TimeSchema.optional().meta({
				title: 'Start time',
				description: 'Optional, 24-hour clock, e.g. 12:00.',
			}),
			endTime: TimeSchema.optional().meta({
				title: 'End time',
				description: 'Optional, 24-hour clock, e.g. 13:00.',
			}),
			location: z
				.string()
				.trim()
				.optional()
				.meta({ title: 'Where', description: 'Place or “Online”.' }),
			organiser: mayBeUnknownText({ title: 'Organiser', description: 'Who runs it.' }),
			audience: z.string().trim().optional().meta({
				title: 'Who it is for',
				description: 'e.g. “Practitioners working with young adults”.',
			}),
			bookingUrl: SafeUrlSchema.optional().meta({
				title: 'Booking link',
				description: 'Optional: where to book.',
			}),
			bookingContact: reference('contacts').optional().meta({
				title: 'Booking contact',
				description: 'Optional: the service that takes bookings.',
			}),
			training: reference('training')
				.optional()
				.meta({ title: 'Course', description: 'Optional: the course this session runs.' }),
			...sourceShape,
			...editorialShape,
		})
		.refine((event) => !event.end || event.end >= event.start, {
			message: 'Expected the end date to be on or after the start date',
			path: ['end'],
		})
		.refine(...knownOrToBeConfirmed('organiser', 'the organiser'));

export type EventsFrontmatter = z.infer<ReturnType<typeof EventsSchema>>;
