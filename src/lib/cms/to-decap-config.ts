import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { COLLECTIONS, type RegisteredCollection } from '../../schemas/collections.ts';
import type { CmsSettings } from '../../schemas/collection-definition.ts';
import { cmsSchemaContext } from './cms-schema-context.ts';
import { toDecapField, type DecapField } from './to-decap-fields.ts';
import { SITE } from '../../site.ts';

/** The header that marks cms/config.yml as generated. */
export const GENERATED_HEADER =
	'# GENERATED from src/schemas by `npm run cms:build`: do not edit. Edit cms/config.base.yml, the schemas or the registry (src/schemas/collections.ts).\n';

/** A filter in the entry list: entries whose field matches the pattern (a regex, or true). */
export interface DecapViewFilter {
	label: string;
	field: string;
	pattern: string | boolean;
}

/** One Decap folder collection. */
export interface DecapCollection {
	name: string;
	label: string;
	label_singular: string;
	description?: string;
	folder: string;
	extension: string;
	format: 'frontmatter' | 'yaml';
	create: boolean;
	slug: string;
	identifier_field: string;
	summary: string;
	sortable_fields: { field: string; default_sort?: 'asc' | 'desc' }[];
	view_filters?: DecapViewFilter[];
	view_groups?: { label: string; field: string; pattern?: string }[];
	nested?: { depth: number; subfolders: boolean; summary: string };
	meta?: { path: { label: string; widget: string; hint: string } };
	media_folder?: string;
	public_folder?: string;
	fields: DecapField[];
}

/**
 * Where uploads go for Markdown collections: an `images` folder next to the entry file.
 * Decap then writes `images/photo.jpg` into the entry, and Astro resolves that path relative
 * to the entry, for image() in the frontmatter and for images in the body, so sharp resizes
 * every upload at build time. (Decap: a collection-level media_folder without a leading `/`
 * is relative to the entry; https://decapcms.org/docs/collection-folder/#media-and-public-folder)
 */
const ENTRY_MEDIA = { media_folder: 'images', public_folder: 'images' } as const;

/** Headings start at 2 (the page title is the only heading 1); no code blocks or raw HTML for editors. */
const BODY_BUTTONS = [
	'bold',
	'italic',
	'link',
	'heading-two',
	'heading-three',
	'heading-four',
	'quote',
	'bulleted-list',
	'numbered-list',
];

/**
 * The body of a Markdown entry, edited as Markdown text. Decap's rich-text mode re-writes the
 * whole body when one word changes: right-aligned table columns lose their alignment, `\#`
 * loses its escape, reference links are inlined (issue 10). The Markdown mode keeps every
 * character the editor did not change, and the preview beside it shows the page as readers see it.
 */
const BODY_FIELD: DecapField = {
	label: 'Body',
	name: 'body',
	widget: 'markdown',
	required: false,
	hint: 'The main text, in Markdown: “## ” starts a heading, “- ” a list item, [text](https://…) makes a link; the preview shows the result. Do not type HTML.',
	modes: ['raw'],
	buttons: BODY_BUTTONS,
	editor_components: [],
};

/** Escapes a value for use inside a regular expression. */
function escapeRegExp(value: string): string {
	return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function fieldNamed(
	fields: DecapField[],
	name: string,
	collection: string,
	setting: string,
): DecapField {
	const field = fields.find((candidate) => candidate.name === name);
	if (!field) {
		throw new Error(
			`src/schemas/collections.ts: “${collection}” ${setting} names the field “${name}”, which its schema does not have.`,
		);
	}
	return field;
}

/** View filters: “To be confirmed” and “Drafts” where the schema has them, then one per option of each filterBy field. */
function viewFilters(name: string, fields: DecapField[], settings: CmsSettings): DecapViewFilter[] {
	const filters: DecapViewFilter[] = [];
	for (const [field, label] of [
		['toBeConfirmed', 'To be confirmed'],
		['draft', 'Drafts'],
	] as const) {
		if (fields.some((candidate) => candidate.name === field && candidate.widget === 'boolean'))
			filters.push({ label, field, pattern: true });
	}
	for (const fieldName of settings.filterBy ?? []) {
		const field = fieldNamed(fields, fieldName, name, 'filterBy');
		if (field.widget === 'boolean') {
			filters.push({ label: field.label, field: field.name, pattern: true });
		} else if (field.widget === 'select' && !field.multiple && field.options) {
			// Anchored, so “audit” does not also match a longer value containing it.
			for (const option of field.options)
				filters.push({
					label: `${field.label}: ${option.label}`,
					field: field.name,
					pattern: `^${escapeRegExp(option.value)}$`,
				});
		} else {
			throw new Error(
				`src/schemas/collections.ts: “${name}” filterBy “${fieldName}” must be a boolean or a single-choice select.`,
			);
		}
	}
	return filters;
}

/** Applies each target collection's relation settings to the relation widgets that point at it, at any depth. */
function withRelationSettings(fields: DecapField[]): DecapField[] {
	return fields.map((field) => {
		const next: DecapField = { ...field };
		const target =
			field.widget === 'relation' && field.collection
				? (COLLECTIONS as Record<string, RegisteredCollection>)[field.collection]?.cms.relation
				: undefined;
		if (target)
			Object.assign(next, {
				search_fields: [...target.search_fields],
				display_fields: [...target.display_fields],
			});
		if (field.fields) next.fields = withRelationSettings(field.fields);
		if (field.field) next.field = withRelationSettings([field.field])[0];
		return next;
	});
}

/** One collection of the registry as a Decap folder collection. */
export function toDecapCollection(
	name: string,
	definition: RegisteredCollection,
	settings: CmsSettings = definition.cms,
): DecapCollection {
	const schema = definition.schema(cmsSchemaContext) as z.ZodObject;
	if (!('shape' in schema))
		throw new Error(`The schema of “${name}” is not an object, so it cannot become CMS fields.`);
	const fields = withRelationSettings(
		Object.entries(schema.shape).map(([key, value]) => toDecapField(key, value as z.ZodType)),
	);
	if (!fields.some((field) => field.name === 'title'))
		throw new Error(`The schema of “${name}” needs a “title” field: Decap names entries by it.`);
	const prose = definition.kind === 'prose';

	for (const { field } of settings.sort) fieldNamed(fields, field, name, 'sort');
	for (const group of settings.groupBy ?? []) fieldNamed(fields, group.field, name, 'groupBy');
	const filters = viewFilters(name, fields, settings);

	return {
		name,
		label: definition.label,
		label_singular: definition.labelSingular,
		...(settings.description ? { description: settings.description } : {}),
		folder: definition.folder,
		// The first extension the loader accepts is the one the CMS writes: .md for prose, .yaml for data.
		extension: definition.extensions[0] ?? (prose ? 'md' : 'yaml'),
		format: prose ? 'frontmatter' : 'yaml',
		create: true,
		slug: settings.slug ?? '{{slug}}',
		identifier_field: 'title',
		summary: settings.summary,
		sortable_fields: settings.sort.map(({ field, direction }, index) =>
			index === 0 ? { field, default_sort: direction } : { field },
		),
		...(filters.length ? { view_filters: filters } : {}),
		...(settings.groupBy?.length
			? { view_groups: settings.groupBy.map((group) => ({ ...group })) }
			: {}),
		...(settings.nested
			? {
					// Nested collection (beta): a folder tree; `subfolders: false` keeps files where they are
					// (about/governance.md, not about/governance/index.md). The `path` meta field is the folder.
					nested: { depth: settings.nested.depth, subfolders: false, summary: '{{title}}' },
					meta: {
						path: {
							label: 'Folder',
							widget: 'string',
							hint: 'The folder the page sits in, which starts its address: “about” for /about/…, “/” for the top level. The file name comes from the title when the page is created.',
						},
					},
				}
			: {}),
		...(prose ? ENTRY_MEDIA : {}),
		fields: prose ? [...fields, BODY_FIELD] : fields,
	};
}

/**
 * The whole Decap config: cms/config.base.yml (backend, media, site) plus every
 * collection of the registry, as YAML with the generated-file header.
 * Every object is written out in full (no YAML anchors), so a schema change shows as a plain diff.
 */
export function renderDecapConfig(
	baseYaml: string,
	collections: Record<string, RegisteredCollection> = COLLECTIONS,
): string {
	const base = (parse(baseYaml) ?? {}) as Record<string, unknown>;
	const decapCollections = Object.entries(collections).map(([name, definition]) =>
		toDecapCollection(name, definition),
	);
	checkRelationTargets(decapCollections);
	return (
		GENERATED_HEADER +
		stringify(
			// The site's address has one home, src/site.ts.
			{ ...base, site_url: SITE.url, display_url: SITE.url, collections: decapCollections },
			{ lineWidth: 0, aliasDuplicateObjects: false },
		)
	);
}

/** Every relation field, at any depth, with the dotted path of its field. */
export function relationFields(
	fields: DecapField[],
	prefix = '',
): { path: string; field: DecapField }[] {
	return fields.flatMap((field) => {
		const path = `${prefix}${field.name}`;
		if (field.widget === 'relation') return [{ path, field }];
		return [
			...relationFields(field.fields ?? [], `${path}.`),
			...(field.field ? relationFields([field.field], `${path}.`) : []),
		];
	});
}

/**
 * A relation stores the target's file name (`{{slug}}`), which is the Astro id only in a flat
 * collection: a nested collection's ids contain `/`, so it cannot be linked to.
 */
function checkRelationTargets(collections: DecapCollection[]): void {
	for (const collection of collections) {
		for (const { path, field } of relationFields(collection.fields)) {
			const target = collections.find((candidate) => candidate.name === field.collection);
			if (!target)
				throw new Error(
					`“${collection.name}.${path}” links to the collection “${field.collection}”, which is not in the registry.`,
				);
			if (target.nested)
				throw new Error(
					`“${collection.name}.${path}” links to “${target.name}”, a nested collection: its ids contain “/”, which a Decap relation cannot store.`,
				);
			for (const shown of [...(field.search_fields ?? []), ...(field.display_fields ?? [])]) {
				if (!target.fields.some((candidate) => candidate.name === shown)) {
					throw new Error(
						`“${collection.name}.${path}” searches or shows “${shown}”, which “${target.name}” does not have.`,
					);
				}
			}
		}
	}
}

/** Reads the base config from the repository and renders the full config. */
export function renderDecapConfigFromRepo(repoRoot: string): string {
	return renderDecapConfig(readFileSync(`${repoRoot}/cms/config.base.yml`, 'utf8'));
}

export { productionConfig } from './production-config.ts';
