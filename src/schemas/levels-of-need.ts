import { z } from 'astro/zod';
import type { SchemaContext } from './shared/context.ts';
import {
	publishingShape,
	reviewShape,
	sourceShape,
	toBeConfirmedShape,
	changesShape,
} from './shared/fields.ts';

/**
 * One level of need on the continuum of help and support. The body can add examples.
 * @example content/levels-of-need/level-2-early-help.md
 */
export const LevelsOfNeedSchema = ({ reference }: SchemaContext) =>
	z.strictObject({
		title: z
			.string()
			.trim()
			.min(3)
			.meta({ title: 'Page title', description: 'e.g. “Level 2: early help”.' }),
		level: z
			.number()
			.int()
			.min(1)
			.max(4)
			.meta({ title: 'Level', description: 'The level number, 1 to 4.' }),
		name: z.string().trim().min(3).meta({ title: 'Level name', description: 'e.g. “Early help”.' }),
		summary: z
			.string()
			.trim()
			.min(20)
			.meta({
				title: 'Summary',
				description: 'Which children are at this level, in one or two sentences.',
				cms: { widget: 'text' },
			}),
		indicators: z.array(z.string().trim().min(5)).min(1).meta({
			title: 'Indicators',
			description: 'Signs that a child’s needs are at this level; one per item.',
		}),
		response: z
			.string()
			.trim()
			.min(10)
			.meta({
				title: 'The response',
				description: 'What help is offered at this level.',
				cms: { widget: 'text' },
			}),
		whoLeads: z.string().trim().min(3).meta({
			title: 'Who leads',
			description: 'The service or practitioner who leads the response.',
		}),
		howToRefer: z
			.string()
			.trim()
			.min(10)
			.meta({
				title: 'How to refer',
				description: 'What to do and who to contact.',
				cms: { widget: 'text' },
			}),
		consentNote: z
			.string()
			.trim()
			.min(10)
			.meta({
				title: 'Consent',
				description: 'When to seek consent, and when not to.',
				cms: { widget: 'text' },
			}),
		contacts: z.array(reference('contacts')).default([]).meta({
			title: 'Contacts',
			description: 'Services to contact at this level; their numbers come from the contacts list.',
		}),
		...sourceShape,
		...reviewShape,
		...toBeConfirmedShape,
		...changesShape,
		...publishingShape,
	});

export type LevelsOfNeedFrontmatter = z.infer<ReturnType<typeof LevelsOfNeedSchema>>;
