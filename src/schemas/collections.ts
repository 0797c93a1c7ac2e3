import type { z } from 'astro/zod';
import { BriefingsSchema } from './briefings.ts';
import { ContactsSchema } from './contacts.ts';
import { EventsSchema } from './events.ts';
import { GlossarySchema } from './glossary.ts';
import { NewslettersSchema } from './newsletters.ts';
import { PagesSchema } from './pages.ts';
import { PrioritiesSchema } from './priorities.ts';
import { ReportsSchema } from './reports.ts';
import { ReviewsSchema } from './reviews.ts';
import { SynonymsSchema } from './synonyms.ts';
import type { CollectionName } from './shared/collection-names.ts';
import type { SchemaContext } from './shared/context.ts';
import { ThresholdsSchema } from './thresholds.ts';
import { TrainingSchema } from './training.ts';

export { COLLECTION_NAMES, type CollectionName } from './shared/collection-names.ts';

/** How a collection's files are stored. */
export interface CollectionDefinition {
	/** Folder of the entries, relative to the repository root; also the CMS folder. */
	folder: string;
	/** Label shown in the CMS. */
	label: string;
	/** Label for one entry in the CMS. */
	labelSingular: string;
	/** File extensions the loader accepts. The first is the one the CMS writes. */
	extensions: readonly string[];
	/** `prose` entries are Markdown with frontmatter and a body; `data` entries are YAML only. */
	kind: 'prose' | 'data';
	/** The zod schema, built with the host's image() and reference() helpers. */
	schema: (context: SchemaContext) => z.ZodType;
}

const PROSE = ['md'] as const;
const DATA = ['yaml'] as const;

/**
 * The registry: one place that names every collection, its folder and its schema.
 * `content.config.ts`, the content checker and the CMS generator all read it.
 */
export const COLLECTIONS = {
	newsletters: { folder: 'content/newsletters', label: 'Newsletters', labelSingular: 'Newsletter', extensions: PROSE, kind: 'prose', schema: NewslettersSchema },
	priorities: { folder: 'content/priorities', label: 'Priorities', labelSingular: 'Priority', extensions: PROSE, kind: 'prose', schema: PrioritiesSchema },
	briefings: { folder: 'content/briefings', label: '7-minute briefings', labelSingular: 'Briefing', extensions: PROSE, kind: 'prose', schema: BriefingsSchema },
	contacts: { folder: 'content/contacts', label: 'Contacts', labelSingular: 'Contact', extensions: DATA, kind: 'data', schema: ContactsSchema },
	thresholds: { folder: 'content/thresholds', label: 'Levels of need', labelSingular: 'Level of need', extensions: PROSE, kind: 'prose', schema: ThresholdsSchema },
	pages: { folder: 'content/pages', label: 'Pages', labelSingular: 'Page', extensions: PROSE, kind: 'prose', schema: PagesSchema },
	reports: { folder: 'content/reports', label: 'Reports', labelSingular: 'Report', extensions: PROSE, kind: 'prose', schema: ReportsSchema },
	glossary: { folder: 'content/glossary', label: 'Glossary', labelSingular: 'Glossary term', extensions: DATA, kind: 'data', schema: GlossarySchema },
	events: { folder: 'content/events', label: 'Events', labelSingular: 'Event', extensions: PROSE, kind: 'prose', schema: EventsSchema },
	training: { folder: 'content/training', label: 'Training courses', labelSingular: 'Training course', extensions: PROSE, kind: 'prose', schema: TrainingSchema },
	reviews: { folder: 'content/reviews', label: 'Case reviews', labelSingular: 'Case review', extensions: PROSE, kind: 'prose', schema: ReviewsSchema },
	synonyms: { folder: 'content/synonyms', label: 'Search synonyms', labelSingular: 'Search synonyms', extensions: DATA, kind: 'data', schema: SynonymsSchema },
} as const satisfies Record<CollectionName, CollectionDefinition>;

/** The glob pattern a loader uses for a collection's files. */
export function filePattern(definition: Pick<CollectionDefinition, 'extensions'>): string {
	const extensions = definition.extensions;
	return extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
}
