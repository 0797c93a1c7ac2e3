import { z } from 'astro/zod';
import { contentNoteField } from './shared/content-note.ts';
import type { SchemaContext } from './shared/context.ts';
import { DateSchema, LinkSchema, editorialShape, longText, reviewShape } from './shared/fields.ts';

export const REVIEW_TYPES = [
	'local-cspr',
	'rapid-review',
	'local-learning-review',
	'national-panel-review',
	'audit',
	'thematic',
] as const;

/** Human labels for review types, used on pages and filters. */
export const REVIEW_TYPE_LABELS: Record<(typeof REVIEW_TYPES)[number], string> = {
	'local-cspr': 'Local child safeguarding practice review',
	'rapid-review': 'Rapid review',
	'local-learning-review': 'Local learning review',
	'national-panel-review': 'National panel review',
	audit: 'Multi-agency audit',
	thematic: 'Thematic learning',
};

export const LEARNING_THEMES = [
	'professional-curiosity',
	'voice-of-the-child',
	'disabled-children',
	'health-needs',
	'information-sharing',
	'multi-agency-working',
	'neglect',
	'domestic-abuse',
	'sexual-abuse',
	'exploitation',
	'education',
	'culture-and-faith',
	'fathers-and-male-carers',
	'mental-health',
	'escalation',
	'residential-care',
	'race-and-racism',
] as const;

export const BRIEFING_AUDIENCES = [
	'all-practitioners',
	'education',
	'health',
	'police',
	'childrens-social-care',
	'early-years',
	'voluntary-and-community',
	'managers',
] as const;

/** One of the three to five key findings. */
export const KeyFindingSchema = z.strictObject({
	heading: z.string().trim().min(3).meta({
		title: 'Finding',
		description: 'The finding in a short phrase, e.g. “Disabled children’s voices were not heard”.',
	}),
	text: longText({
		title: 'Explanation',
		description:
			'What the review found, in two to four sentences. Start a line with “- ” for a bullet.',
		min: 20,
	}),
});

/**
 * A 7-minute briefing: learning from a review, in the seven-part format a team
 * manager can deliver in a meeting. The seven sections are required fields.
 * @example content/briefings/disabled-children-in-residential-settings.md
 */
export const BriefingsSchema = ({ reference }: SchemaContext) =>
	z.strictObject({
		title: z.string().trim().min(3).meta({
			title: 'Title',
			description: 'The review or topic, e.g. “Safeguarding children with disabilities”.',
		}),
		summary: longText({
			title: 'Summary',
			description: 'One sentence on the learning; shown in lists and search results.',
			min: 20,
			max: 300,
		}),
		reviewType: z
			.enum(REVIEW_TYPES)
			.meta({ title: 'Type of review', description: 'Where the learning comes from.' }),
		learningThemes: z.array(z.enum(LEARNING_THEMES)).min(1).meta({
			title: 'Learning themes',
			description: 'Pick one to four themes; they drive the filters.',
		}),
		audiences: z
			.array(z.enum(BRIEFING_AUDIENCES))
			.min(1)
			.meta({ title: 'Who it is for', description: 'The practitioners who should read it.' }),
		published: DateSchema.meta({
			title: 'Published',
			description: 'The day this briefing was first published.',
		}),
		...reviewShape,
		contentNote: contentNoteField('This briefing discusses the death of a child.'),
		sourceReport: LinkSchema.meta({
			title: 'The review or report',
			description:
				'The published review or report the learning comes from. Listed first under “Further reading” (and under “Read the report” in the text version): use the note for the publisher, the date and the section to look in.',
		}),
		background: longText({
			title: '1. Background',
			description:
				'What happened or what was looked at, without anything that could identify a child or family.',
			min: 40,
		}),
		whyItMatters: longText({
			title: '2. Why it matters',
			description: 'Why this learning matters locally and nationally.',
			min: 40,
		}),
		keyFindings: z
			.array(KeyFindingSchema)
			.min(3, { message: 'Expected at least 3 key findings' })
			.max(5, { message: 'Expected at most 5 key findings' })
			.meta({
				title: '3–5. Key findings',
				description: 'Three to five findings, each with a short heading and explanation.',
			}),
		whatToDo: longText({
			title: '6. What to do',
			description: 'What practitioners should do differently. Start a line with “- ” for a bullet.',
			min: 40,
		}),
		reflectionQuestions: z
			.array(z.string().trim().min(10))
			.min(3, { message: 'Expected at least 3 questions' })
			.meta({
				title: '7. Questions for reflection',
				description: 'Questions a team can discuss; at least three.',
			}),
		furtherReading: z
			.array(LinkSchema)
			.min(1, { message: 'Expected at least 1 further reading link' })
			.meta({
				title: 'Further reading',
				description: 'The full report, procedures and resources.',
			}),
		relatedTraining: z
			.array(reference('training'))
			.default([])
			.meta({ title: 'Related training', description: 'Courses that cover this learning.' }),
		...editorialShape,
	});

export type BriefingsFrontmatter = z.infer<ReturnType<typeof BriefingsSchema>>;
