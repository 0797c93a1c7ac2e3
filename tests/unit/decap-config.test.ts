// The Decap CMS config is generated from the zod schemas (src/lib/cms/) and committed as
// cms/config.yml. These tests keep it honest: it matches the generator byte for byte; every
// collection and field is in it; every file in content/ is one the CMS can open; a relation
// stores exactly the id Astro's reference() expects; the editor's patterns accept the real
// phone numbers, emails and links and refuse bad ones; a zod type with no widget fails loudly;
// the production config has no local backend; and Decap's own config schema accepts it.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
	productionConfig as productionConfigReexport,
	relationFields,
	renderDecapConfig,
	renderDecapConfigFromRepo,
	toDecapCollection,
	type DecapCollection,
} from '../../src/lib/cms/to-decap-config.ts';
import { localConfig } from '../../src/lib/cms/local-config.ts';
import { productionConfig } from '../../src/lib/cms/production-config.ts';
import {
	toDecapField,
	UnmappableSchemaError,
	type DecapField,
} from '../../src/lib/cms/to-decap-fields.ts';
import { parseEntryFile } from '../../src/lib/content-check/parse-entry-file.ts';
import { entryIdFor } from '../../src/lib/content-check/validate-content.ts';
import { splitPriorityId } from '../../src/lib/urls.ts';
import { REVIEW_TYPES, REVIEW_TYPE_LABELS } from '../../src/schemas/briefings.ts';
import { COLLECTIONS, type RegisteredCollection } from '../../src/schemas/collections.ts';
import { cmsSchemaContext } from '../../src/lib/cms/cms-schema-context.ts';
import {
	EmailSchema,
	SafeUrlSchema,
	UkPhoneNumberSchema,
} from '../../src/schemas/shared/fields.ts';

const REPO = join(import.meta.dirname, '../..');
const COMMITTED = readFileSync(join(REPO, 'cms/config.yml'), 'utf8');

interface DecapConfig {
	local_backend?: unknown;
	backend: { name: string };
	collections: DecapCollection[];
}

const config = parse(COMMITTED) as DecapConfig;
const collectionNamed = (name: string): DecapCollection => {
	const collection = config.collections.find((candidate) => candidate.name === name);
	assert.ok(collection, `cms/config.yml has no “${name}” collection`);
	return collection;
};

/** The field at a dotted path such as `phones.number` (list and object fields both nest by name). */
function fieldAt(fields: DecapField[], path: string): DecapField {
	const [head, ...rest] = path.split('.');
	const field = fields.find((candidate) => candidate.name === head);
	assert.ok(field, `no field “${head}”`);
	if (rest.length === 0) return field;
	return fieldAt(field.fields ?? (field.field ? [field.field] : []), rest.join('.'));
}

/** Every value at a dotted path, stepping into lists: `phones.number` gives each phone's number. */
function valuesAt(data: unknown, path: string[]): unknown[] {
	if (Array.isArray(data)) return data.flatMap((item) => valuesAt(item, path));
	if (path.length === 0) return data === undefined || data === null ? [] : [data];
	if (typeof data !== 'object' || data === null) return [];
	const [head, ...rest] = path;
	return valuesAt((data as Record<string, unknown>)[head as string], rest);
}

/** Every file under a folder, with its path relative to the folder (with `/`). */
function filesUnder(folder: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile())
		.map((dirent) => relative(folder, join(dirent.parentPath, dirent.name)).split(sep).join('/'))
		.sort();
}

/** The entry files of a collection (the extensions its loader reads), relative to its folder. */
function entryFiles(definition: RegisteredCollection): string[] {
	return filesUnder(join(REPO, definition.folder)).filter((file) =>
		definition.extensions.includes(extname(file).slice(1)),
	);
}

/** The parsed data of every entry of a collection, by its file name (Decap's `{{slug}}`). */
function entriesOf(name: keyof typeof COLLECTIONS): { file: string; data: unknown }[] {
	const definition = COLLECTIONS[name];
	return entryFiles(definition).map((file) => ({
		file,
		data: parseEntryFile(readFileSync(join(REPO, definition.folder, file), 'utf8'), definition.kind)
			.data,
	}));
}

/** What a Decap relation stores for an entry of a flat folder collection: `{{slug}}`, the file name without its extension. */
const decapSlug = (file: string) => basename(file, extname(file));

describe('cms/config.yml', () => {
	test('is exactly what the generator writes from the schemas', () => {
		assert.equal(
			renderDecapConfigFromRepo(REPO) === COMMITTED,
			true,
			'cms/config.yml is out of date: run npm run cms:build',
		);
	});

	test('has no YAML anchors or aliases, so a schema change reads as a plain diff', () => {
		assert.doesNotMatch(COMMITTED, /^\s*(- )?&a\d|: \*a\d|- \*a\d/m);
	});

	for (const [name, definition] of Object.entries(COLLECTIONS)) {
		test(`has the “${name}” collection with every top-level schema field`, () => {
			const collection = collectionNamed(name);
			assert.equal(collection.folder, definition.folder);
			assert.equal(collection.label, definition.label);
			const schema = definition.schema(cmsSchemaContext) as z.ZodObject;
			const expected = Object.keys(schema.shape);
			if (definition.kind === 'prose') {
				assert.equal(collection.extension, 'md');
				assert.equal(collection.format, 'frontmatter');
				expected.push('body');
				assert.equal(fieldAt(collection.fields, 'body').widget, 'markdown');
			} else {
				assert.equal(collection.extension, 'yaml');
				assert.equal(collection.format, 'yaml');
			}
			assert.deepEqual(
				collection.fields.map((field) => field.name),
				expected,
			);
		});
	}

	test('has no collection that is not in the registry', () => {
		assert.deepEqual(
			config.collections.map((collection) => collection.name),
			Object.keys(COLLECTIONS),
		);
	});
});

describe('every content file is one the CMS can open and save', () => {
	for (const [name, definition] of Object.entries(COLLECTIONS)) {
		test(`content/${name}/`, () => {
			const collection = collectionNamed(name);
			const files = entryFiles(definition);
			// Decap reads one extension per folder collection (stack notes §4.9).
			assert.deepEqual(
				files.filter((file) => extname(file) !== `.${collection.extension}`),
				[],
				`files the CMS cannot see: it reads .${collection.extension} only`,
			);
			if (collection.nested) {
				assert.deepEqual(
					files.filter((file) => file.split('/').length > collection.nested!.depth),
					[],
					`files deeper than nested.depth ${collection.nested.depth}`,
				);
			} else {
				// A flat collection: Decap lists the folder's own files only, and stores their file name.
				assert.deepEqual(
					files.filter((file) => file.includes('/')),
					[],
					'files in sub-folders are invisible to a flat Decap collection and their ids contain “/”',
				);
				for (const file of files)
					assert.equal(
						decapSlug(file),
						entryIdFor(join(REPO, definition.folder), join(REPO, definition.folder, file)),
					);
			}
		});
	}
});

describe('relations store the id that Astro’s reference() expects', () => {
	const relations = config.collections.flatMap((collection) =>
		relationFields(collection.fields).map((relation) => ({ collection, ...relation })),
	);

	test('there are relations, and every one stores the file name of a flat collection', () => {
		assert.ok(relations.length >= 10, `only ${relations.length} relation fields`);
		for (const { collection, path, field } of relations) {
			assert.equal(field.value_field, '{{slug}}', `${collection.name}.${path}`);
			const target = collectionNamed(field.collection ?? '');
			assert.equal(
				target.nested,
				undefined,
				`${collection.name}.${path} links to a nested collection`,
			);
			assert.ok(field.search_fields?.length && field.display_fields?.length);
		}
	});

	for (const name of Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[]) {
		test(`every reference in content/${name}/ is an entry the relation widget offers`, () => {
			for (const { path, field } of relations.filter(
				(relation) => relation.collection.name === name,
			)) {
				const target = field.collection as keyof typeof COLLECTIONS;
				const offered = new Set(entryFiles(COLLECTIONS[target]).map(decapSlug));
				for (const { file, data } of entriesOf(name)) {
					for (const value of valuesAt(data, path.split('.'))) {
						assert.ok(
							offered.has(String(value)),
							`content/${name}/${file} ${path}: “${String(value)}” is not a ${target} file name`,
						);
					}
				}
			}
		});
	}

	test('the summer 2022 newsletter’s related priorities are priority ids', () => {
		const { data } = entriesOf('newsletters').find(({ file }) => file === 'summer-2022.md') ?? {};
		const ids = (data as { relatedPriorities: string[] }).relatedPriorities;
		assert.ok(ids.length > 0);
		const priorities = new Set(entryFiles(COLLECTIONS.priorities).map(decapSlug));
		for (const id of ids) assert.ok(priorities.has(id), `“${id}” is not a priority id`);
		assert.ok(ids.includes('2022-23-01-transitional-safeguarding'));
	});

	test('every priority file name starts with its own period, so its address can be built from the id', () => {
		for (const { file, data } of entriesOf('priorities')) {
			const { period } = splitPriorityId(decapSlug(file));
			assert.equal(period, (data as { period: string }).period, `content/priorities/${file}`);
		}
		// New priorities get a name of that form from the CMS too.
		assert.match(collectionNamed('priorities').slug, /^\{\{fields\.period\}\}-/);
	});
});

describe('patterns check what editors type, with a message for people', () => {
	const contacts = collectionNamed('contacts');
	const entries = entriesOf('contacts');
	const cases = [
		{
			path: 'phones.number',
			schema: UkPhoneNumberSchema,
			bad: [
				'+44 20 8708 3885',
				'020-8708-3885',
				'0800 CHILDLINE',
				'020 123',
				'0208 708 38855 5',
				'call 999',
			],
		},
		{
			path: 'emails.address',
			schema: EmailSchema,
			bad: ['referrals', 'team@', 'team example.org', 'team@example', 'a b@example.org'],
		},
		{
			path: 'website.url',
			schema: SafeUrlSchema,
			bad: [
				'javascript:alert(1)',
				'//evil.example.org',
				'www.redbridge.gov.uk',
				'ftp://example.org/file',
				'https://',
			],
		},
	] as const;

	for (const { path, schema, bad } of cases) {
		const field = fieldAt(contacts.fields, path);
		const [source, message] = field.pattern ?? [];

		test(`${path} has a pattern and a message`, () => {
			assert.ok(source && message, `${path} has no pattern`);
			assert.ok(message.length > 10);
		});

		const pattern = new RegExp(source ?? '(?!)');
		const real = entries.flatMap(({ data }) => valuesAt(data, path.split('.'))).map(String);

		test(`${path} accepts every real value in content/contacts/ (${real.length})`, () => {
			assert.ok(real.length > 0);
			for (const value of real) assert.match(value, pattern);
		});

		for (const value of bad) {
			test(`${path} refuses “${value}”, as the schema does`, () => {
				assert.doesNotMatch(value, pattern);
				assert.equal(schema.safeParse(value).success, false, 'the schema should refuse it too');
			});
		}
	}

	test('every pattern in the config compiles and has a message', () => {
		const patterns = config.collections.flatMap((collection) => {
			const walk = (fields: DecapField[]): [string, string][] =>
				fields.flatMap((field) => [
					...(field.pattern ? [field.pattern] : []),
					...walk(field.fields ?? []),
					...(field.field ? walk([field.field]) : []),
				]);
			return walk(collection.fields);
		});
		assert.ok(patterns.length >= 10);
		for (const [source, message] of patterns) {
			assert.doesNotThrow(() => new RegExp(source), source);
			assert.ok(message.trim().length > 0, `no message for ${source}`);
		}
	});
});

describe('toDecapField maps each zod type to a Decap widget', () => {
	test('string, with title and description as label and hint', () => {
		assert.deepEqual(
			toDecapField(
				'title',
				z.string().min(3).meta({ title: 'Title', description: 'The heading.' }),
			),
			{
				label: 'Title',
				name: 'title',
				widget: 'string',
				hint: 'The heading.',
			},
		);
	});

	test('text, from a cms.widget hint; optional becomes required: false', () => {
		assert.deepEqual(
			toDecapField(
				'note',
				z
					.string()
					.optional()
					.meta({ title: 'Note', cms: { widget: 'text' } }),
			),
			{
				label: 'Note',
				name: 'note',
				widget: 'text',
				required: false,
			},
		);
	});

	test('string with a .regex() check: the pattern and its message', () => {
		const field = toDecapField(
			'time',
			z.string().regex(/^\d\d:\d\d$/, { message: 'Write the time as HH:MM' }),
		);
		assert.deepEqual(field.pattern, ['^\\d\\d:\\d\\d$', 'Write the time as HH:MM']);
	});

	test('integer with bounds, and a default', () => {
		assert.deepEqual(toDecapField('level', z.number().int().min(1).max(4).default(2)), {
			label: 'level',
			name: 'level',
			widget: 'number',
			required: false,
			default: 2,
			value_type: 'int',
			min: 1,
			max: 4,
		});
	});

	test('decimal number', () => {
		assert.equal(toDecapField('ratio', z.number()).value_type, 'float');
	});

	test('boolean with its default', () => {
		assert.deepEqual(toDecapField('draft', z.boolean().default(false)), {
			label: 'draft',
			name: 'draft',
			widget: 'boolean',
			required: false,
			default: false,
		});
	});

	test('date: a date-only picker writing YYYY-MM-DD; a date default is written the same way', () => {
		const field = toDecapField('start', z.coerce.date().default(new Date('2025-04-01T00:00:00Z')));
		assert.equal(field.widget, 'datetime');
		assert.equal(field.format, 'YYYY-MM-DD');
		assert.equal(field.time_format, false);
		assert.equal(field.default, '2025-04-01');
	});

	test('enum: a select with the labels the site shows', () => {
		const field = toDecapField('reviewType', z.enum(REVIEW_TYPES));
		assert.equal(field.widget, 'select');
		assert.deepEqual(
			field.options,
			REVIEW_TYPES.map((value) => ({ label: REVIEW_TYPE_LABELS[value], value })),
		);
	});

	test('enum without site labels: labelled as the site labels values (labelFor)', () => {
		assert.deepEqual(
			toDecapField('kind', z.enum(['childrens-social-care', 'voice-of-the-child'])).options,
			[
				{ label: 'Children’s social care', value: 'childrens-social-care' },
				{ label: 'Voice of the child', value: 'voice-of-the-child' },
			],
		);
	});

	test('array of enum: a multiple select with its limits', () => {
		const field = toDecapField(
			'themes',
			z
				.array(z.enum(['a', 'b', 'c']))
				.min(1)
				.max(2),
		);
		assert.equal(field.widget, 'select');
		assert.equal(field.multiple, true);
		assert.equal(field.min, 1);
		assert.equal(field.max, 2);
	});

	test('reference: a relation storing the entry’s file name', () => {
		const field = toDecapField('briefing', cmsSchemaContext.reference('briefings').optional());
		assert.equal(field.widget, 'relation');
		assert.equal(field.collection, 'briefings');
		assert.equal(field.value_field, '{{slug}}');
		assert.equal(field.required, false);
	});

	test('array of references: a multiple relation', () => {
		const field = toDecapField(
			'contacts',
			z.array(cmsSchemaContext.reference('contacts')).default([]),
		);
		assert.equal(field.widget, 'relation');
		assert.equal(field.multiple, true);
		assert.deepEqual(field.default, []);
	});

	test('image(): an image widget', () => {
		assert.equal(toDecapField('cover', cmsSchemaContext.image().optional()).widget, 'image');
	});

	test('array of strings: a list of one input each, showing its value when collapsed', () => {
		const field = toDecapField(
			'questions',
			z.array(z.string()).min(3).meta({ title: 'Questions' }),
		);
		assert.equal(field.widget, 'list');
		assert.equal(field.min, 3);
		assert.equal(field.field?.widget, 'string');
		assert.equal(field.field?.label, 'Questions');
		assert.equal(field.summary, '{{fields.item}}');
	});

	test('array of objects: a list of groups, summarised by their first field', () => {
		const field = toDecapField(
			'links',
			z.array(z.object({ title: z.string(), url: z.string().optional() })),
		);
		assert.equal(field.widget, 'list');
		assert.deepEqual(
			field.fields?.map((item) => item.name),
			['title', 'url'],
		);
		assert.equal(field.summary, '{{fields.title}}');
	});

	test('object: nested fields, required as the schema says', () => {
		const field = toDecapField(
			'source',
			z.object({ title: z.string(), note: z.string().optional() }),
		);
		assert.equal(field.widget, 'object');
		assert.deepEqual(
			field.fields?.map((item) => item.required),
			[undefined, false],
		);
	});

	test('optional object: collapsed, with every field optional in the editor (decaporg/decap-cms#2103)', () => {
		const field = toDecapField(
			'website',
			z.object({ label: z.string(), url: z.string() }).optional(),
		);
		assert.equal(field.required, false);
		assert.equal(field.collapsed, true);
		assert.deepEqual(
			field.fields?.map((item) => item.required),
			[false, false],
		);
	});
});

describe('a zod type the generator cannot map fails loudly, naming the field', () => {
	const BASE = 'backend:\n  name: test-repo\nmedia_folder: public/uploads\n';
	const throwaway = (shape: z.ZodRawShape): Record<string, RegisteredCollection> => ({
		throwaway: {
			folder: 'content/throwaway',
			label: 'Throwaway',
			labelSingular: 'Throwaway',
			extensions: ['md'],
			kind: 'prose',
			schema: () => z.object({ title: z.string(), ...shape }),
			cms: { summary: '{{title}}', sort: [{ field: 'title', direction: 'asc' }] },
		},
	});
	const namesPath = (path: string) => (error: unknown) => {
		assert.ok(
			error instanceof UnmappableSchemaError,
			`expected an UnmappableSchemaError, got ${String(error)}`,
		);
		assert.match(error.message, new RegExp(`“${path.replace(/[[\]]/g, '\\$&')}”`));
		return true;
	};

	test('z.union inside an object', () => {
		assert.throws(
			() =>
				renderDecapConfig(
					BASE,
					throwaway({ contact: z.object({ reach: z.union([z.string(), z.number()]) }) }),
				),
			namesPath('contact.reach'),
		);
	});

	test('z.map inside a list', () => {
		assert.throws(
			() => renderDecapConfig(BASE, throwaway({ lookups: z.array(z.map(z.string(), z.string())) })),
			namesPath('lookups[]'),
		);
	});

	test('a transform (z.pipe) at the top level', () => {
		assert.throws(
			() =>
				toDecapField(
					'slug',
					z.string().transform((value) => value.toLowerCase()),
				),
			namesPath('slug'),
		);
	});

	test('a .regex() with no message for people', () => {
		assert.throws(() => toDecapField('code', z.string().regex(/^[A-Z]{3}$/)), namesPath('code'));
	});
});

describe('collection settings', () => {
	test('a setting naming a field the schema does not have is refused', () => {
		const settings = {
			...COLLECTIONS.newsletters.cms,
			sort: [{ field: 'publishedOn', direction: 'desc' as const }],
		};
		assert.throws(
			() => toDecapCollection('newsletters', COLLECTIONS.newsletters, settings),
			/newsletters.*publishedOn/,
		);
	});

	test('a collection without settings still gets a summary and a sort', () => {
		const collection = toDecapCollection('newsletters', COLLECTIONS.newsletters, {
			summary: '{{title}}',
			sort: [{ field: 'title', direction: 'asc' }],
		});
		assert.deepEqual(collection.sortable_fields, [{ field: 'title', default_sort: 'asc' }]);
	});

	test('pages are a nested collection that keeps files where they are', () => {
		const pages = collectionNamed('pages');
		assert.deepEqual(pages.nested, { depth: 3, subfolders: false, summary: '{{title}}' });
		assert.equal(pages.meta?.path.widget, 'string');
	});

	test('uploads go next to the entry, as a relative path Astro resolves', () => {
		for (const collection of config.collections) {
			const prose = COLLECTIONS[collection.name as keyof typeof COLLECTIONS].kind === 'prose';
			assert.equal(collection.media_folder, prose ? 'images' : undefined, collection.name);
			assert.equal(collection.public_folder, prose ? 'images' : undefined, collection.name);
		}
	});
});

describe('productionConfig', () => {
	const development = parse(COMMITTED) as DecapConfig;
	const production = parse(productionConfig(COMMITTED)) as DecapConfig;

	test('the committed (development) config has the local backend', () => {
		assert.equal(development.local_backend, true);
	});

	test('the production config has no local_backend, and everything else unchanged', () => {
		assert.equal('local_backend' in production, false);
		assert.doesNotMatch(productionConfig(COMMITTED), /local_backend/);
		const { local_backend: _removed, ...rest } = development;
		assert.deepEqual(production, rest);
	});

	test('the local config (npm start) points the admin at the content server on CMS_PORT, and changes nothing else', () => {
		const local = parse(localConfig(COMMITTED, 9123)) as DecapConfig;
		assert.deepEqual(local.local_backend, { url: 'http://127.0.0.1:9123/api/v1' });
		const { local_backend: _local, ...rest } = local;
		assert.deepEqual(rest, production);
		assert.throws(() => localConfig('- a list\n', 8081), /mapping/);
	});

	test('is also exported where the config is generated', () => {
		assert.equal(productionConfigReexport, productionConfig);
	});

	test('refuses text that is not a YAML mapping', () => {
		assert.throws(() => productionConfig('- a list\n'), /mapping/);
		assert.throws(() => productionConfig('backend: [unclosed\n'), /not valid YAML/);
	});
});

/**
 * Decap's own config validation (decap-cms-core's configSchema.js with its widget schemas),
 * run in Node: the admin would refuse a config that fails it. Its imports are replaced by the
 * few values it needs. Undefined when the decap-cms packages are not installed.
 */
async function loadDecapValidateConfig(): Promise<((config: unknown) => void) | undefined> {
	const require = createRequire(import.meta.url);
	let coreDir: string;
	try {
		coreDir = dirname(require.resolve('decap-cms-core/package.json'));
	} catch {
		return undefined;
	}
	const fromCore = createRequire(join(coreDir, 'package.json'));
	const widgetNames = [
		'boolean',
		'code',
		'colorstring',
		'datetime',
		'file',
		'image',
		'list',
		'map',
		'markdown',
		'number',
		'object',
		'relation',
		'select',
		'string',
		'text',
		'uuid',
	];
	const widgets = await Promise.all(
		widgetNames.map(async (name) => {
			const schemaFile = join(
				dirname(fromCore.resolve(`decap-cms-widget-${name}/package.json`)),
				'src/schema.js',
			);
			const schema = existsSync(schemaFile)
				? ((await import(pathToFileURL(schemaFile).href)) as { default: unknown }).default
				: {};
			return { name, schema };
		}),
	);
	widgets.push({ name: 'hidden', schema: {} });
	const source = readFileSync(join(coreDir, 'src/constants/configSchema.js'), 'utf8').replace(
		/^import[\s\S]*?;\n/gm,
		'',
	);
	const prelude = `
		import { createRequire } from 'node:module';
		const require = createRequire(${JSON.stringify(join(coreDir, 'package.json'))});
		const AJV = require('ajv').default;
		const { select, uniqueItemProperties, instanceof: instanceOf, prohibited } = require('ajv-keywords/dist/keywords');
		const ajvErrorsModule = require('ajv-errors');
		const ajvErrors = ajvErrorsModule.default ?? ajvErrorsModule;
		const frontmatterFormats = ['yaml-frontmatter', 'toml-frontmatter', 'json-frontmatter'];
		const extensionFormatters = { yml: 1, yaml: 1, toml: 1, json: 1, md: 1, markdown: 1, html: 1 };
		const I18N_STRUCTURE = { MULTIPLE_FOLDERS: 'multiple_folders', MULTIPLE_FILES: 'multiple_files', SINGLE_FILE: 'single_file' };
		const I18N_FIELD = { TRANSLATE: 'translate', DUPLICATE: 'duplicate', NONE: 'none' };
		const getWidgets = () => globalThis.__decapWidgetSchemas;
	`;
	const file = join(mkdtempSync(join(tmpdir(), 'decap-config-schema-')), 'config-schema.mjs');
	writeFileSync(file, prelude + source);
	(globalThis as { __decapWidgetSchemas?: unknown }).__decapWidgetSchemas = widgets;
	const module = (await import(pathToFileURL(file).href)) as {
		validateConfig: (config: unknown) => void;
	};
	return module.validateConfig;
}

describe('Decap’s own config schema', async () => {
	const validateConfig = await loadDecapValidateConfig();

	test('decap-cms, a devDependency, is installed (npm ci installs it)', () => {
		assert.ok(validateConfig, 'decap-cms is not installed: run npm ci');
	});

	test('accepts the committed config', () => {
		const originalError = console.error;
		console.error = () => {}; // Decap logs its errors before throwing them; the assertion shows them.
		try {
			assert.doesNotThrow(() => validateConfig?.(parse(COMMITTED)));
			assert.doesNotThrow(() => validateConfig?.(parse(productionConfig(COMMITTED))));
		} finally {
			console.error = originalError;
		}
	});

	test('refuses a broken config (the check is live)', () => {
		const broken = parse(COMMITTED) as DecapConfig;
		const select = broken.collections[0]?.fields.find((field) => field.widget === 'select');
		assert.ok(select);
		delete select.options;
		const originalError = console.error;
		console.error = () => {};
		try {
			assert.throws(() => validateConfig?.(broken), /options/);
		} finally {
			console.error = originalError;
		}
	});
});
