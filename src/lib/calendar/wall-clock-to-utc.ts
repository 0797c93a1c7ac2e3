/**
 * Turns a wall-clock time in a named time zone into the instant it stands for.
 * Event times in content are UK times (`14:00` means 14:00 in London, BST or GMT), but the
 * calendar files give times in UTC, which every calendar client reads the same way and which
 * needs no VTIMEZONE block.
 */

/** One formatter per zone: creating an Intl.DateTimeFormat is slow compared with using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		// h23 so midnight reads "00", never "24".
		formatter = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

/** How far the zone's clocks are ahead of UTC at `instant`, in milliseconds (BST: 3 600 000). */
function offsetAt(instant: number, timeZone: string): number {
	const parts = Object.fromEntries(
		formatterFor(timeZone)
			.formatToParts(new Date(instant))
			.map((part) => [part.type, Number(part.value)]),
	);
	const wallClockAsUtc = Date.UTC(
		parts.year ?? 0,
		(parts.month ?? 1) - 1,
		parts.day ?? 1,
		parts.hour ?? 0,
		parts.minute ?? 0,
		parts.second ?? 0,
	);
	// Intl drops milliseconds: compare with the instant rounded down to the second.
	return wallClockAsUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which clocks in `timeZone` show `date` and `time`.
 * At the autumn change, a time that happens twice (01:30 in London) is taken as the second one;
 * at the spring change, a time that never happens (01:30 in London) moves an hour later.
 * @param date A calendar date, `YYYY-MM-DD`.
 * @param time A 24-hour time, `HH:MM`.
 * @param timeZone An IANA zone, e.g. `Europe/London`.
 * @example wallClockToUtc('2022-09-19', '12:00', 'Europe/London').toISOString() // "2022-09-19T11:00:00.000Z" (BST)
 * @example wallClockToUtc('2022-12-01', '12:00', 'Europe/London').toISOString() // "2022-12-01T12:00:00.000Z" (GMT)
 */
export function wallClockToUtc(date: string, time: string, timeZone: string): Date {
	const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
	if (!dateMatch || !timeMatch)
		throw new Error(
			`Expected a date as YYYY-MM-DD and a time as HH:MM, got “${date}” and “${time}”.`,
		);
	const wallClock = Date.UTC(
		Number(dateMatch[1]),
		Number(dateMatch[2]) - 1,
		Number(dateMatch[3]),
		Number(timeMatch[1]),
		Number(timeMatch[2]),
	);
	// The offset at the wall-clock reading itself can be the wrong side of a clock change,
	// so take the offset again at the first guess: two steps settle every case.
	const firstGuess = wallClock - offsetAt(wallClock, timeZone);
	return new Date(wallClock - offsetAt(firstGuess, timeZone));
}
