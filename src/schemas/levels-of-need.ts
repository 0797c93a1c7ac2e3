import { z } from 'astro/zod';
import type { SchemaContext } from './shared/context.ts';
import { editorialShape, longText, reviewShape, sourceShape } from './shared/fields.ts';

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
		summary: longText({
			title: 'Summary',
			description: 'Which children are at this level, in one or two sentences.',
			min: 20,
		}),
		indicators: z.array(z.string().trim().min(5)).min(1).meta({
			title: 'Indicators',
			description: 'Signs that a child’s needs are at this level; one per item.',
		}),
		response: longText({
			title: 'The response',
			description: 'What help is offered at this level.',
			min: 10,
		}),
		whoLeads: z.string().trim().min(3).meta({
			title: 'Who leads',
			description: 'The service or practitioner who leads the response.',
		}),
		howToRefer: longText({
			title: 'How to refer',
			description: 'What to do and who to contact.',
			min: 10,
		}),
		consentNote: longText({
			title: 'Consent',
			description: 'When to seek consent, and when not to.',
			min: 10,
		}),
		contacts: z.array(reference('contacts')).default([]).meta({
			title: 'Contacts',
			description: 'Services to contact at this level; their numbers come from the contacts list.',
		}),
		...sourceShape,
		...reviewShape,
		...editorialShape,
	});

export type LevelsOfNeedFrontmatter = z.infer<ReturnType<typeof LevelsOfNeedSchema>>;
