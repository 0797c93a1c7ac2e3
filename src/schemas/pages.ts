import { z } from 'astro/zod';
import type { SchemaContext } from './shared/context.ts';
import { AudienceSchema, editorialShape, longText, reviewShape } from './shared/fields.ts';

export const PAGE_SECTIONS = ['about', 'help', 'professionals', 'site'] as const;

/**
 * A standalone page; its file path gives its address
 * (`content/pages/about/governance.md` → `/about/governance/`).
 */
export const PagesSchema = ({ reference }: SchemaContext) =>
	z.strictObject({
		title: z.string().trim().min(2).meta({ title: 'Title', description: 'The page heading.' }),
		description: longText({
			title: 'Description',
			description: 'One sentence on what the page is for; shown in search results and lists.',
			min: 20,
			max: 300,
		}),
		section: z
			.enum(PAGE_SECTIONS)
			.meta({ title: 'Section', description: 'Which part of the site the page belongs to.' }),
		order: z
			.number()
			.int()
			.min(1)
			.default(50)
			.meta({ title: 'Order', description: 'Position in its section’s list (lower first).' }),
		audiences: z
			.array(AudienceSchema)
			.default([])
			.meta({ title: 'Who it is for', description: 'Audiences this page is written for.' }),
		showRecentChanges: z.boolean().default(false).meta({
			title: 'Show recent changes',
			description:
				'Tick to list the latest changes from “What’s changed” at the end of the page (the professionals’ page does).',
		}),
		contacts: z.array(reference('contacts')).default([]).meta({
			title: 'Contacts',
			description: 'Services shown at the end of the page, from the contacts list.',
		}),
		...reviewShape,
		...editorialShape,
	});

export type PagesFrontmatter = z.infer<ReturnType<typeof PagesSchema>>;
