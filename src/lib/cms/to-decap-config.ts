import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { COLLECTIONS, type CollectionDefinition } from '../../schemas/collections.ts';
import { cmsSchemaContext } from './cms-schema-context.ts';
import { toDecapField, type DecapField } from './to-decap-fields.ts';

/** The header that marks cms/config.yml as generated. */
export const GENERATED_HEADER = '# GENERATED from src/schemas by `npm run cms:build`: do not edit. Edit cms/config.base.yml or the schemas.\n';

/** One Decap folder collection. */
export interface DecapCollection {
	name: string;
	label: string;
	label_singular: string;
	folder: string;
	extension: string;
	format: 'frontmatter' | 'yaml';
	create: boolean;
	slug: string;
	identifier_field: string;
	summary?: string;
	media_folder?: string;
	public_folder?: string;
	path?: string;
	fields: DecapField[];
}

/**
 * Decap settings per collection that zod cannot know: where uploads go (next to the
 * entry, so Astro's image() resolves the relative path Decap writes) and how entries in
 * sub-folders are named.
 */
const COLLECTION_EXTRAS: Partial<Record<string, Partial<DecapCollection>>> = {
	newsletters: { media_folder: 'images', public_folder: 'images', summary: '{{title}} ({{published}})' },
	briefings: { summary: '{{title}}' },
	events: { summary: '{{start}}: {{title}}' },
};

/** The body of a Markdown entry: written with Decap's rich-text editor. */
const BODY_FIELD: DecapField = {
	label: 'Body',
	name: 'body',
	widget: 'markdown',
	required: false,
	hint: 'The main text. Use the toolbar for headings (start at Heading 2) and lists. Do not type HTML.',
};

/** One collection of the registry as a Decap folder collection. */
export function toDecapCollection(name: string, definition: CollectionDefinition): DecapCollection {
	const schema = definition.schema(cmsSchemaContext) as z.ZodObject;
	if (!('shape' in schema)) throw new Error(`The schema of “${name}” is not an object, so it cannot become CMS fields.`);
	const fields = Object.entries(schema.shape).map(([key, value]) => toDecapField(key, value as z.ZodType));
	if (!fields.some((field) => field.name === 'title')) throw new Error(`The schema of “${name}” needs a “title” field: Decap names entries by it.`);
	const prose = definition.kind === 'prose';
	return {
		name,
		label: definition.label,
		label_singular: definition.labelSingular,
		folder: definition.folder,
		extension: definition.extensions[0] ?? 'md',
		format: prose ? 'frontmatter' : 'yaml',
		create: true,
		slug: '{{slug}}',
		identifier_field: 'title',
		...COLLECTION_EXTRAS[name],
		fields: prose ? [...fields, BODY_FIELD] : fields,
	};
}

/**
 * The whole Decap config: cms/config.base.yml (backend, media, site) plus every
 * collection of the registry, as YAML with the generated-file header.
 */
export function renderDecapConfig(baseYaml: string, collections: Record<string, CollectionDefinition> = COLLECTIONS): string {
	const base = (parse(baseYaml) ?? {}) as Record<string, unknown>;
	const config = { ...base, collections: Object.entries(collections).map(([name, definition]) => toDecapCollection(name, definition)) };
	return GENERATED_HEADER + stringify(config, { lineWidth: 0 });
}

/** Reads the base config from the repository and renders the full config. */
export function renderDecapConfigFromRepo(repoRoot: string): string {
	return renderDecapConfig(readFileSync(`${repoRoot}/cms/config.base.yml`, 'utf8'));
}
