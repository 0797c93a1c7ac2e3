import { z } from 'astro/zod';
import { publishingShape } from './shared/fields.ts';

/**
 * A site path as the pages are addressed: a leading and trailing slash, lower-case words and
 * hyphens, e.g. `/lado/` or `/levels-of-need/level-4-acute-need/`. No domain, query or #fragment.
 */
export const SitePathSchema = z
	.string()
	.trim()
	.regex(/^\/([a-z0-9]+(-[a-z0-9]+)*\/)*$/, {
		message: 'Expected a page address on this site that starts and ends with /, e.g. /lado/',
	})
	.meta({
		cms: {
			pattern: [
				'^/([a-z0-9]+(-[a-z0-9]+)*/)*$',
				'A page address on this site, starting and ending with /, e.g. /lado/',
			],
		},
	});

/**
 * Words people search with that a page does not use itself: everyday phrasings ("my child’s
 * teacher hurt him"), jargon and acronyms ("MARF"), and old names ("serious case review").
 * The search indexes them with the page (as hidden metadata) so either wording finds it.
 * The build fails if `page` is not a page the site builds (src/integrations/synonym-pages-check.ts).
 * @example content/synonyms/allegation-against-staff.yaml
 */
export const SynonymsSchema = () =>
	z.strictObject({
		title: z.string().trim().min(3).meta({
			title: 'Name',
			description:
				'What these words are about, for editors only, e.g. “Allegation against a teacher or other staff”.',
		}),
		terms: z
			.array(
				z
					.string()
					.trim()
					.min(2)
					.max(80)
					.refine((term) => !/[<>]/.test(term), { message: 'Expected plain words, without < or >' })
					.meta({
						title: 'Word or phrase',
						description: 'As someone would type it, e.g. “who do I ring at night”.',
					}),
			)
			.min(1, { message: 'Expected at least 1 word or phrase' })
			.meta({
				title: 'Words people search for',
				description:
					'Everyday phrasings, jargon, acronyms, old names and common misspellings that should find the page, one per item. Other endings of a word need no entry: “allegation” also finds “allegations”.',
			}),
		urgent: z.boolean().default(false).meta({
			title: 'These words can mean a child is in danger',
			description:
				'Tick when someone searching with any of these words may need help now (“hurt”, “scared”, “touched”). Their search then shows the emergency numbers from Contacts above the results, whatever page it finds.',
		}),
		page: SitePathSchema.meta({
			title: 'Page they should find',
			description:
				'The address of the page on this site, starting and ending with /, e.g. /lado/ or /report-a-concern/.',
		}),
		draft: publishingShape.draft,
	});

export type SynonymsFrontmatter = z.infer<ReturnType<typeof SynonymsSchema>>;
