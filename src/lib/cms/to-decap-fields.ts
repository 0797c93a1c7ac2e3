import { z } from 'astro/zod';
import type { GlobalMeta } from 'zod/v4/core';
import { REVIEW_TYPE_LABELS } from '../../schemas/briefings.ts';
import { PHONE_HOURS_LABELS } from '../../schemas/contacts.ts';
import { CASE_REVIEW_STATUS_LABELS } from '../../schemas/case-reviews.ts';
import '../../schemas/shared/meta.ts';
import { labelFor } from '../labels.ts';

/** One option of a Decap select: the value stored in the file and the label editors see. */
export interface DecapOption {
	label: string;
	value: string;
}

/** One Decap CMS field, as written to config.yml. */
export interface DecapField {
	label: string;
	name: string;
	widget: string;
	hint?: string;
	required?: boolean;
	default?: unknown;
	options?: DecapOption[];
	multiple?: boolean;
	min?: number;
	max?: number;
	value_type?: 'int' | 'float';
	pattern?: [string, string];
	fields?: DecapField[];
	field?: DecapField;
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	options_length?: number;
	format?: string;
	date_format?: string;
	time_format?: boolean;
	summary?: string;
	collapsed?: boolean;
	buttons?: string[];
	/** Markdown editor modes; the first is the default. */
	modes?: ('raw' | 'rich_text')[];
	editor_components?: string[];
}

/** Thrown for a zod type the generator has no Decap widget for: a schema change needs a CMS decision. */
export class UnmappableSchemaError extends Error {
	override name = 'UnmappableSchemaError';
}

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };
type Check = { _zod: { def: Record<string, unknown> & { check: string } } };

/**
 * The labels the site shows for some enums, so an editor picks the words a reader sees.
 * An enum whose values are exactly the keys of one of these maps gets its labels;
 * any other enum value is labelled with labelFor(), as the site does.
 */
const SITE_OPTION_LABELS: readonly Record<string, string>[] = [
	REVIEW_TYPE_LABELS,
	PHONE_HOURS_LABELS,
	CASE_REVIEW_STATUS_LABELS,
];

/**
 * Enough room in a relation's drop-down for every entry of our largest collections
 * (Decap shows 20 by default, so some training courses could only be found by typing).
 */
const RELATION_OPTIONS_LENGTH = 100;

/** Select options for enum values: `{ label, value }`, with the labels the site shows. */
export function optionsFor(values: readonly string[]): DecapOption[] {
	const sameKeys = (labels: Record<string, string>) => {
		const keys = Object.keys(labels);
		return keys.length === values.length && values.every((value) => keys.includes(value));
	};
	const labels = SITE_OPTION_LABELS.find(sameKeys);
	return values.map((value) => ({ label: labels?.[value] ?? labelFor(value), value }));
}

/** Metadata of a schema and the wrappers around it, outer wrappers winning, `cms` merged. */
function mergedMeta(chain: AnySchema[]): GlobalMeta {
	let meta: GlobalMeta = {};
	for (const schema of [...chain].reverse()) {
		const own = z.globalRegistry.get(schema) ?? {};
		meta = { ...meta, ...own, cms: { ...meta.cms, ...own.cms } as GlobalMeta['cms'] };
	}
	return meta;
}

/** Peels optional/default/nullable wrappers, noting whether the field is required and its default. */
function unwrap(schema: AnySchema): {
	inner: AnySchema;
	chain: AnySchema[];
	required: boolean;
	defaultValue?: unknown;
} {
	const chain: AnySchema[] = [];
	let current = schema;
	let required = true;
	let defaultValue: unknown;
	for (;;) {
		chain.push(current);
		const { type } = current._zod.def;
		if (type === 'optional' || type === 'nullable') required = false;
		else if (type === 'default') {
			required = false;
			const value = current._zod.def.defaultValue;
			defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
		} else break;
		current = current._zod.def.innerType as AnySchema;
	}
	return {
		inner: current,
		chain,
		required,
		...(defaultValue !== undefined ? { defaultValue } : {}),
	};
}

function checksOf(schema: AnySchema): Check[] {
	return (schema._zod.def.checks ?? []) as unknown as Check[];
}

/** Minimum and maximum lengths set on an array, for list, select and relation widgets. */
function lengthLimits(schema: AnySchema): { min?: number; max?: number } {
	const result: { min?: number; max?: number } = {};
	for (const { _zod } of checksOf(schema)) {
		if (
			_zod.def.check === 'min_length' &&
			typeof _zod.def.minimum === 'number' &&
			_zod.def.minimum > 0
		)
			result.min = _zod.def.minimum;
		if (_zod.def.check === 'max_length' && typeof _zod.def.maximum === 'number')
			result.max = _zod.def.maximum;
	}
	return result;
}

/** Inclusive bounds set on a number (`.min()`, `.max()`), for the number widget. */
function numberLimits(schema: AnySchema, integer: boolean): { min?: number; max?: number } {
	const result: { min?: number; max?: number } = {};
	const step = integer ? 1 : 0;
	for (const { _zod } of checksOf(schema)) {
		const { check, value, inclusive } = _zod.def as {
			check: string;
			value?: number;
			inclusive?: boolean;
		};
		if (typeof value !== 'number') continue;
		// An exclusive bound is only exact for integers (> 0 is ≥ 1); for decimals the schema still checks at build.
		if (check === 'greater_than' && (inclusive || integer))
			result.min = inclusive ? value : value + step;
		if (check === 'less_than' && (inclusive || integer))
			result.max = inclusive ? value : value - step;
	}
	return result;
}

/** The message a zod check was given, if any (`{ message }` becomes an error function in zod 4). */
function messageOf(check: Check): string | undefined {
	const { error } = check._zod.def;
	if (typeof error !== 'function') return undefined;
	try {
		const message = (error as (issue?: unknown) => unknown)(undefined);
		return typeof message === 'string' ? message : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The pattern Decap checks as the editor types, as [regular expression, message].
 * An explicit `.meta({ cms: { pattern } })` wins (phone, email, URL: their zod checks are
 * refinements Decap cannot run); otherwise a `.regex()` check is copied with its message.
 */
function patternFor(
	schema: AnySchema,
	meta: GlobalMeta,
	path: string,
): [string, string] | undefined {
	if (meta.cms?.pattern) return meta.cms.pattern;
	const regexChecks = checksOf(schema).filter(
		({ _zod }) => _zod.def.check === 'string_format' && _zod.def.format === 'regex',
	);
	if (regexChecks.length === 0) return undefined;
	const [check] = regexChecks;
	const pattern = check?._zod.def.pattern;
	const message = check ? messageOf(check) : undefined;
	// Decap compiles the pattern with `RegExp(source)`: no flags, one pattern, and it needs words for people.
	if (
		regexChecks.length > 1 ||
		!(pattern instanceof RegExp) ||
		pattern.flags.replace(/[gu]/g, '') !== '' ||
		!message
	) {
		throw new UnmappableSchemaError(
			`Cannot turn the .regex() check at “${path}” into a Decap pattern (one flag-free regex with a { message } is needed): add .meta({ cms: { pattern: [regex, message] } }).`,
		);
	}
	return [pattern.source, message];
}

/**
 * Decap validates the required fields of an object even when the object itself is optional
 * and left empty (decaporg/decap-cms#2103, #7748), so an optional group could never be left
 * out. Its fields are optional in the editor; zod still requires them at build when the group is there.
 */
function withOptionalChildren(fields: DecapField[]): DecapField[] {
	return fields.map((field) => ({ ...field, required: false }));
}

/** A relation widget storing the referenced entry's file name: the id Astro's reference() expects. */
function relationField(base: DecapField, collection: string, displayField: string): DecapField {
	return {
		...base,
		widget: 'relation',
		collection,
		value_field: '{{slug}}',
		search_fields: [displayField],
		display_fields: [displayField],
		options_length: RELATION_OPTIONS_LENGTH,
	};
}

/**
 * Maps one zod field to a Decap field: labels and hints from `.meta()`, required and
 * defaults from optional/default, enums to selects with the site's labels, references to
 * relations, images to image widgets, arrays to lists, objects to nested fields, `.regex()`
 * and `cms.pattern` to patterns, number bounds to min/max. Throws UnmappableSchemaError,
 * naming the field's path, on any other zod type.
 * @example toDecapField('year', z.number().int().min(2000).meta({ title: 'Year' }))
 * // { label: 'Year', name: 'year', widget: 'number', value_type: 'int', min: 2000 }
 */
export function toDecapField(name: string, schema: z.ZodType, path = name): DecapField {
	const { inner, chain, required, defaultValue } = unwrap(schema as AnySchema);
	const meta = mergedMeta(chain.concat(inner));
	const cms = meta.cms ?? {};
	const base: DecapField = {
		label: meta.title ?? name,
		name,
		widget: 'string',
		...(meta.description ? { hint: meta.description } : {}),
		...(required ? {} : { required: false }),
		...(defaultValue !== undefined
			? {
					default:
						defaultValue instanceof Date ? defaultValue.toISOString().slice(0, 10) : defaultValue,
				}
			: {}),
	};
	const def = inner._zod.def;

	switch (def.type) {
		case 'string': {
			if (cms.relation) return relationField(base, cms.relation, cms.displayField ?? 'title');
			if (cms.widget === 'image') return { ...base, widget: 'image' };
			const pattern = patternFor(inner, meta, path);
			return { ...base, widget: cms.widget ?? 'string', ...(pattern ? { pattern } : {}) };
		}
		case 'number': {
			const integer = Boolean((inner as unknown as { isInt?: boolean }).isInt);
			return {
				...base,
				widget: 'number',
				value_type: integer ? 'int' : 'float',
				...numberLimits(inner, integer),
			};
		}
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'date':
			// Date only: Decap shows a date picker and writes YYYY-MM-DD, which z.coerce.date() reads.
			return {
				...base,
				widget: 'datetime',
				format: 'YYYY-MM-DD',
				date_format: 'YYYY-MM-DD',
				time_format: false,
			};
		case 'enum':
			return {
				...base,
				widget: 'select',
				options: optionsFor(Object.values(def.entries as Record<string, string>)),
			};
		case 'object': {
			const shape = (inner as unknown as z.ZodObject).shape;
			const fields = Object.entries(shape).map(([key, value]) =>
				toDecapField(key, value as z.ZodType, `${path}.${key}`),
			);
			return required
				? { ...base, widget: 'object', fields }
				: { ...base, widget: 'object', collapsed: true, fields: withOptionalChildren(fields) };
		}
		case 'array': {
			const element = unwrap(def.element as AnySchema);
			const elementMeta = mergedMeta(element.chain.concat(element.inner));
			const limits = lengthLimits(inner);
			const elementType = element.inner._zod.def.type;
			if (elementType === 'enum') {
				const values = Object.values(element.inner._zod.def.entries as Record<string, string>);
				return {
					...base,
					widget: 'select',
					multiple: true,
					options: optionsFor(values),
					...limits,
				};
			}
			if (elementType === 'string' && elementMeta.cms?.relation) {
				return {
					...relationField(
						base,
						elementMeta.cms.relation,
						elementMeta.cms.displayField ?? cms.displayField ?? 'title',
					),
					multiple: true,
					...limits,
				};
			}
			const item = toDecapField('item', def.element as z.ZodType, `${path}[]`);
			if (item.widget === 'object' && item.fields) {
				// A list of groups: each item shows its first field when collapsed.
				const first = item.fields[0]?.name;
				return {
					...base,
					widget: 'list',
					fields: item.fields,
					...(first ? { summary: `{{fields.${first}}}` } : {}),
					...limits,
				};
			}
			// A list of plain values: one input per item (labelled by the item's own title, else like the list), showing its value when collapsed.
			return {
				...base,
				widget: 'list',
				field: { ...item, label: elementMeta.title ?? base.label },
				summary: '{{fields.item}}',
				...limits,
			};
		}
		default:
			throw new UnmappableSchemaError(
				`No Decap widget for the zod type “${def.type}” at “${path}”: map it in src/lib/cms/to-decap-fields.ts or change the schema.`,
			);
	}
}
