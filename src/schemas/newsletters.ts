import { z } from 'astro/zod';
import type { SchemaContext } from './shared/context.ts';
import { DateSchema, editorialShape, longText } from './shared/fields.ts';

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;

/**
 * A newsletter edition. The body holds the edition's items, each under its own `##` heading.
 * @example content/newsletters/2022-summer.md
 */
export const NewslettersSchema = ({ image, reference }: SchemaContext) =>
	z.strictObject({
		title: z
			.string()
			.trim()
			.min(3)
			.meta({ title: 'Edition title', description: 'e.g. “Summer 2022 newsletter”.' }),
		season: z.enum(SEASONS).meta({ title: 'Season', description: 'The season of this edition.' }),
		year: z
			.number()
			.int()
			.min(2000)
			.max(2100)
			.meta({ title: 'Year', description: 'The year of this edition, e.g. 2022.' }),
		published: DateSchema.meta({
			title: 'Publication date',
			description: 'The day the edition was sent or published.',
		}),
		summary: longText({
			title: 'Summary',
			description:
				'One or two sentences on what the edition covers; shown in lists, search results and feeds.',
			min: 20,
			max: 400,
		}),
		cover: image().optional().meta({
			title: 'Cover image',
			description: 'Optional. A photo or graphic for the edition; it is resized automatically.',
		}),
		coverAlt: z.string().trim().optional().meta({
			title: 'Cover image description',
			description:
				'Describe the image for people who cannot see it. Leave empty only if the image is decorative.',
		}),
		relatedPriorities: z.array(reference('priorities')).default([]).meta({
			title: 'Related priorities',
			description: 'Partnership priorities this edition reports on.',
		}),
		relatedContacts: z.array(reference('contacts')).default([]).meta({
			title: 'Contacts in this edition',
			description:
				'Services the edition tells readers to contact. Their numbers are shown from the contacts list.',
		}),
		...editorialShape,
	});

export type NewslettersFrontmatter = z.infer<ReturnType<typeof NewslettersSchema>>;
