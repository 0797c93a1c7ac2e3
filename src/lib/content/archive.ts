// Where list pages draw the line between current material and the archive.

/**
 * Material dated before this day belongs to earlier years: the LSCB's reports and plans
 * (2016-17, 2017-18) and the partnership's first plans, priorities, events and newsletter
 * (2020 to 2022). List pages show it after the current material, under an "Earlier …" heading,
 * so it is never read as current. Move the line on when the archive should grow.
 */
export const ARCHIVE_BEFORE = new Date(Date.UTC(2023, 0, 1));

/**
 * Splits items into current (dated on or after ARCHIVE_BEFORE) and earlier, keeping their order.
 * Items with no date count as earlier: a list never presents an undated item as current.
 * @example splitArchive(events, (event) => event.data.start) // { current: [...], earlier: [...] }
 */
export function splitArchive<T>(
	items: readonly T[],
	dateOf: (item: T) => Date | number | undefined,
	before: Date = ARCHIVE_BEFORE,
): { current: T[]; earlier: T[] } {
	const time = (item: T) => {
		const date = dateOf(item);
		return date === undefined ? Number.NaN : date instanceof Date ? date.getTime() : date;
	};
	return {
		current: items.filter((item) => time(item) >= before.getTime()),
		earlier: items.filter((item) => !(time(item) >= before.getTime())),
	};
}

/**
 * The years some dates span, for a heading: "2016 to 2022", or "2022" for one year.
 * @example yearSpan([new Date('2022-07-04'), new Date('2016-08-01')]) // "2016 to 2022"
 */
export function yearSpan(dates: readonly (Date | number)[]): string {
	const years = dates
		.map((date) => new Date(date).getUTCFullYear())
		.filter((year) => Number.isFinite(year));
	if (years.length === 0) return '';
	const first = Math.min(...years);
	const last = Math.max(...years);
	return first === last ? String(first) : `${first} to ${last}`;
}
