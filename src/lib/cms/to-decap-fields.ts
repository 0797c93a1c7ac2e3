import { z } from 'astro/zod';
import type { GlobalMeta } from 'zod/v4/core';
import '../../schemas/shared/meta.ts';

/** One Decap CMS field, as written to config.yml. */
export interface DecapField {
	label: string;
	name: string;
	widget: string;
	hint?: string;
	required?: boolean;
	default?: unknown;
	options?: string[];
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
	format?: string;
	date_format?: string;
	time_format?: boolean;
	summary?: string;
	collapsed?: boolean;
}

/** Thrown for a zod type the generator has no Decap widget for: a schema change needs a CMS decision. */
export class UnmappableSchemaError extends Error {}

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

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
function unwrap(schema: AnySchema): { inner: AnySchema; chain: AnySchema[]; required: boolean; defaultValue?: unknown } {
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
	return { inner: current, chain, required, ...(defaultValue !== undefined ? { defaultValue } : {}) };
}

/** Minimum and maximum lengths set on a string or array, for list widgets. */
function lengthChecks(schema: AnySchema): { min?: number; max?: number } {
	const checks = (schema._zod.def.checks ?? []) as { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[];
	const result: { min?: number; max?: number } = {};
	for (const check of checks) {
		if (check._zod.def.check === 'min_length') result.min = check._zod.def.minimum;
		if (check._zod.def.check === 'max_length') result.max = check._zod.def.maximum;
	}
	return result;
}

function relationField(base: DecapField, collection: string, displayField: string): DecapField {
	return { ...base, widget: 'relation', collection, value_field: '{{slug}}', search_fields: [displayField], display_fields: [displayField] };
}

/**
 * Maps one zod field to a Decap field: labels and hints from `.meta()`, required and
 * defaults from optional/default, enums to selects, references to relations, images to
 * image widgets, arrays to lists, objects to nested fields. Throws on anything else.
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
		...(defaultValue !== undefined ? { default: defaultValue instanceof Date ? defaultValue.toISOString().slice(0, 10) : defaultValue } : {}),
	};
	const def = inner._zod.def;

	switch (def.type) {
		case 'string': {
			if (cms.relation) return relationField(base, cms.relation, cms.displayField ?? 'title');
			if (cms.widget === 'image') return { ...base, widget: 'image' };
			return { ...base, widget: cms.widget ?? 'string', ...(cms.pattern ? { pattern: cms.pattern } : {}) };
		}
		case 'number': {
			const integer = Boolean((inner as unknown as { isInt?: boolean }).isInt);
			return { ...base, widget: 'number', value_type: integer ? 'int' : 'float' };
		}
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'date':
			return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
		case 'enum':
			return { ...base, widget: 'select', options: Object.values(def.entries as Record<string, string>) };
		case 'object': {
			const shape = (inner as unknown as z.ZodObject).shape;
			return { ...base, widget: 'object', fields: Object.entries(shape).map(([key, value]) => toDecapField(key, value as z.ZodType, `${path}.${key}`)) };
		}
		case 'array': {
			const element = unwrap(def.element as AnySchema);
			const elementMeta = mergedMeta(element.chain.concat(element.inner));
			const { min, max } = lengthChecks(inner);
			const limits = { ...(min ? { min } : {}), ...(max ? { max } : {}) };
			const elementType = element.inner._zod.def.type;
			if (elementType === 'enum') {
				return { ...base, widget: 'select', multiple: true, options: Object.values(element.inner._zod.def.entries as Record<string, string>), ...limits };
			}
			if (elementType === 'string' && elementMeta.cms?.relation) {
				return { ...relationField(base, elementMeta.cms.relation, elementMeta.cms.displayField ?? 'title'), multiple: true, ...limits };
			}
			if (elementType === 'object') {
				const fields = (toDecapField('item', def.element as z.ZodType, `${path}.item`).fields ?? []);
				const first = fields[0]?.name;
				return { ...base, widget: 'list', fields, ...(first ? { summary: `{{fields.${first}}}` } : {}), ...limits };
			}
			// A list of plain values: one labelled input per item.
			return { ...base, widget: 'list', field: toDecapField('item', def.element as z.ZodType, `${path}.item`), ...limits };
		}
		default:
			throw new UnmappableSchemaError(`No Decap widget for the zod type “${def.type}” at “${path}”: map it in src/lib/cms/to-decap-fields.ts or change the schema.`);
	}
}
