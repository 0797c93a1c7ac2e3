/**
 * Formats a date the GOV.UK way, in UK time.
 * @example formatDate(new Date('2022-07-04')) // "4 July 2022"
 * @example formatDate(new Date('2022-07-04'), 'month') // "July 2022"
 */
export function formatDate(date: Date, precision: 'day' | 'month' | 'year' = 'day'): string {
	const options: Intl.DateTimeFormatOptions =
		precision === 'year'
			? { year: 'numeric' }
			: precision === 'month'
				? { month: 'long', year: 'numeric' }
				: { day: 'numeric', month: 'long', year: 'numeric' };
	return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Europe/London' }).format(date);
}

/**
 * A date as `YYYY-MM-DD` for `<time datetime>` and feeds.
 * @example isoDate(new Date('2022-07-04T00:00:00Z')) // "2022-07-04"
 */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
