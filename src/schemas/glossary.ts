import { z } from 'astro/zod';
import {
	SafeUrlSchema,
	editorialShape,
	knownOrToBeConfirmed,
	mayBeUnknownText,
} from './shared/fields.ts';

/**
 * A term or acronym from the partnership's documents.
 * Acronyms with more than one meaning in the documents take the meaning set here;
 * the others are listed under `otherMeanings`.
 * @example content/glossary/lado.yaml
 */
export const GlossarySchema = () =>
	z
		.strictObject({
			title: z
				.string()
				.trim()
				.min(2)
				.meta({ title: 'Term', description: 'The acronym or term as written, e.g. “LADO”.' }),
			expansion: mayBeUnknownText({
				title: 'Stands for',
				description: 'The full form, e.g. “Local Authority Designated Officer”.',
			}),
			definition: z
				.string()
				.trim()
				.min(10)
				.optional()
				.meta({
					title: 'What it means',
					description: 'Optional plain-English explanation.',
					cms: { widget: 'text' },
				}),
			otherMeanings: z.array(z.string().trim().min(2)).default([]).meta({
				title: 'Other meanings',
				description: 'Other expansions found in older documents, so readers are not misled.',
			}),
			isAcronym: z.boolean().default(true).meta({
				title: 'Is an acronym',
				description: 'Untick for a term that is not an abbreviation.',
			}),
			link: SafeUrlSchema.optional().meta({
				title: 'More information',
				description: 'Optional: a page on this site (e.g. /lado/) or elsewhere.',
			}),
			...editorialShape,
		})
		.refine(...knownOrToBeConfirmed('expansion', 'what the term stands for'));

export type GlossaryFrontmatter = z.infer<ReturnType<typeof GlossarySchema>>;
