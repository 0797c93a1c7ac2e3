import { z } from 'astro/zod';
import type { SchemaContext } from './shared/context.ts';
import { editorialShape, longText, sourceShape } from './shared/fields.ts';
import { PeriodSchema } from './priorities.ts';

export const TRAINING_FORMATS = [
	'classroom',
	'online-live',
	'e-learning',
	'briefing',
	'workshop',
	'mixed',
	'not-stated',
] as const;

/**
 * A course in the partnership's multi-agency training programme.
 * @example content/training/understanding-thresholds.md
 */
export const TrainingSchema = ({ reference }: SchemaContext) =>
	z.strictObject({
		title: z
			.string()
			.trim()
			.min(3)
			.meta({ title: 'Course title', description: 'As it appears in the programme.' }),
		summary: longText({
			title: 'Summary',
			description: 'What the course covers.',
			min: 20,
			max: 400,
		}),
		topics: z
			.array(z.string().trim().min(2))
			.default([])
			.meta({ title: 'Topics', description: 'Safeguarding topics covered.' }),
		audience: z.string().trim().min(3).meta({
			title: 'Who it is for',
			description: 'e.g. “Staff in any agency working with children”.',
		}),
		format: z
			.enum(TRAINING_FORMATS)
			.default('not-stated')
			.meta({ title: 'Format', description: 'How it is delivered.' }),
		periods: z.array(PeriodSchema).min(1).meta({
			title: 'Years offered',
			description: 'The programme years it ran in, e.g. 2016-17.',
		}),
		current: z.boolean().default(false).meta({
			title: 'In the current programme',
			description: 'Tick when it is offered this year.',
		}),
		bookingContact: reference('contacts')
			.optional()
			.meta({ title: 'Booking contact', description: 'The service that takes bookings.' }),
		...sourceShape,
		...editorialShape,
	});

export type TrainingFrontmatter = z.infer<ReturnType<typeof TrainingSchema>>;
