// Reads a zod schema alongside the data it validates: which fields are dates (their text in the
// file is checked, since YAML turns `2022-02-30` into 2 March before zod sees it) and which keys
// an object accepts (to suggest the one a misspelt key meant).
import type { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;

/** Wrappers that hold one inner schema: optional(), default(), nullable(), and a pipe's input. */
function unwrap(schema: AnySchema): AnySchema {
	let current = schema;
	for (;;) {
		const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
		if (
			def.innerType &&
			['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(
				def.type,
			)
		)
			current = def.innerType;
		else if (def.type === 'pipe' && def.in) current = def.in;
		else return current;
	}
}

/** Every schema a value may match: the options of a union, or the schema itself. */
function alternatives(schema: AnySchema): AnySchema[] {
	const inner = unwrap(schema);
	const def = inner._zod.def as { type: string; options?: AnySchema[] };
	return def.type === 'union' && def.options ? def.options.flatMap(alternatives) : [inner];
}

/** The schemas that describe the value at `key` inside values of `schema`. */
function childSchemas(schema: AnySchema, key: PropertyKey): AnySchema[] {
	return alternatives(schema).flatMap((option) => {
		const def = option._zod.def as {
			type: string;
			shape?: Record<string, AnySchema>;
			element?: AnySchema;
		};
		if (def.type === 'object' && def.shape && typeof key === 'string' && key in def.shape)
			return [def.shape[key] as AnySchema];
		if (def.type === 'array' && def.element && typeof key === 'number') return [def.element];
		return [];
	});
}

/**
 * The keys an object accepts at `path` (a path into the data, as in a zod issue).
 * @example knownKeysAt(z.object({ phones: z.array(z.object({ number: z.string() })) }), ['phones', 0]) // ['number']
 */
export function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
	let current = [schema];
	for (const key of path) current = current.flatMap((each) => childSchemas(each, key));
	return [
		...new Set(
			current.flatMap(alternatives).flatMap((option) => {
				const def = option._zod.def as { type: string; shape?: Record<string, AnySchema> };
				return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
			}),
		),
	];
}

/**
 * Paths of every date field that holds a value in `data`, e.g. `[['published'], ['sessions', 0, 'date']]`.
 */
export function dateFieldPaths(
	schema: AnySchema,
	data: unknown,
	path: PropertyKey[] = [],
): PropertyKey[][] {
	const options = alternatives(schema);
	if (data === undefined || data === null) return [];
	if (options.some((option) => option._zod.def.type === 'date')) return [path];
	const found: PropertyKey[][] = [];
	if (Array.isArray(data)) {
		data.forEach((item, index) => {
			for (const child of childSchemas(schema, index))
				found.push(...dateFieldPaths(child, item, [...path, index]));
		});
	} else if (typeof data === 'object' && !(data instanceof Date)) {
		for (const [key, value] of Object.entries(data)) {
			for (const child of childSchemas(schema, key))
				found.push(...dateFieldPaths(child, value, [...path, key]));
		}
	}
	// A union may list the same path once per matching option.
	return [...new Map(found.map((each) => [each.join('\u0000'), each])).values()];
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isRealIsoDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}
