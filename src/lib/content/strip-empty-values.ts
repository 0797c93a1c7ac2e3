/**
 * Removes fields whose value is an empty string, at any depth, so "left empty" means
 * "not filled in". Decap CMS saves a cleared optional field as `''`; without this the
 * schema would reject a URL, a reference or a note the editor simply removed.
 * A required field left empty is still reported: it is then missing.
 * @example stripEmptyValues({ title: 'A', note: '' }) // { title: 'A' }
 */
export function stripEmptyValues<T>(value: T): T {
	if (Array.isArray(value)) return value.map((item) => stripEmptyValues(item)) as T;
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, item]) => item !== '')
			.map(([key, item]) => [key, stripEmptyValues(item)]);
		return Object.fromEntries(entries) as T;
	}
	return value;
}
