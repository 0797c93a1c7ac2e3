import { z } from 'astro/zod';
import type { SchemaContext } from './shared/context.ts';
import { editorialShape, longText, sourceShape } from './shared/fields.ts';

export const PRIORITY_STATUSES = ['current', 'completed', 'archived'] as const;
export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'not-reported'] as const;

/** A partnership period such as `2017-18` or `2025-26`. */
export const PeriodSchema = z
	.string()
	.regex(/^\d{4}-\d{2}$/, { message: 'Expected a period written as YYYY-YY, e.g. 2025-26' })
	.refine((value) => (Number(value.slice(0, 4)) + 1) % 100 === Number(value.slice(5)), {
		message: 'Expected the second year to follow the first, e.g. 2025-26',
	});

/** One action the partnership agreed under a priority. */
export const PriorityActionSchema = z.strictObject({
	action: longText({
		title: 'Action',
		description: 'What the partnership said it would do.',
		min: 5,
	}),
	lead: z.string().trim().optional().meta({
		title: 'Lead',
		description: 'The agency, subgroup or role leading it, as the plan names it.',
	}),
	status: z.enum(ACTION_STATUSES).default('not-reported').meta({
		title: 'Status',
		description: 'Use “not reported” when the source does not say how far it got.',
	}),
	measure: z
		.string()
		.trim()
		.optional()
		.meta({
			title: 'How success is measured',
			description: 'Optional: the measure or evidence the plan names.',
			cms: { widget: 'text' },
		}),
});

/**
 * One partnership priority in one period, with its actions and achievements.
 * @example content/priorities/2025-26-03-families-first-partnership-guidance.md (flat: `<period>-<nn>-<slug>.md`, see entryUrl)
 */
export const PrioritiesSchema = ({ reference }: SchemaContext) =>
	z.strictObject({
		title: z.string().trim().min(3).meta({
			title: 'Priority',
			description: 'The priority in a few words, as the partnership states it.',
		}),
		period: PeriodSchema.meta({
			title: 'Period',
			description: 'The business year it belongs to, e.g. 2025-26.',
		}),
		order: z
			.number()
			.int()
			.min(1)
			.meta({ title: 'Order', description: 'Its number within the period (1 comes first).' }),
		status: z.enum(PRIORITY_STATUSES).meta({
			title: 'Status',
			description:
				'“current” for this year’s priorities, “completed” when reported on, “archived” for older plans.',
		}),
		description: longText({
			title: 'Description',
			description: 'What the priority is about and why, in plain words.',
			min: 10,
		}),
		actions: z
			.array(PriorityActionSchema)
			.default([])
			.meta({ title: 'Actions', description: 'What the partnership agreed to do.' }),
		achievements: z.array(z.string().trim().min(5)).default([]).meta({
			title: 'Achievements',
			description: 'What was achieved, as reported (one item each).',
		}),
		relatedBriefings: z.array(reference('briefings')).default([]).meta({
			title: 'Related 7-minute briefings',
			description: 'Briefings whose learning feeds this priority.',
		}),
		...sourceShape,
		...editorialShape,
	});

export type PrioritiesFrontmatter = z.infer<ReturnType<typeof PrioritiesSchema>>;
