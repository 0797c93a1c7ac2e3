// Which child protection line to call at a given moment, in UK time.
// Shared by the report page's script (in the browser) and unit tests.

/** When a line is open: days and UK clock times. */
export interface OpeningTimes {
	days: readonly string[];
	opens: string;
	closes: string;
	/** True only when the service has confirmed the times; until then they are the partnership's best reading. */
	confirmed?: boolean | undefined;
}

/** A phone line as the report page knows it. */
export interface LineHours {
	hours: string;
	openingTimes?: OpeningTimes | undefined;
}

/**
 * The weekday (lower case, English) and HH:MM of a moment in London, whatever the
 * visitor's own time zone, so summer time is handled by the browser's clock data.
 * @example londonClock(new Date('2026-07-06T08:30:00Z')) // { day: 'monday', time: '09:30' }
 */
export function londonClock(date: Date): { day: string; time: string } {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/London',
		weekday: 'long',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(date);
	const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
	return { day: part('weekday').toLowerCase(), time: `${part('hour')}:${part('minute')}` };
}

/** True when the opening times include this moment in London. */
export function isOpenAt(openingTimes: OpeningTimes, date: Date): boolean {
	const { day, time } = londonClock(date);
	return (
		openingTimes.days.includes(day) && time >= openingTimes.opens && time < openingTimes.closes
	);
}

/**
 * Picks the index of the line to call now: an office-hours line while it is open,
 * otherwise the evenings-and-weekends line. Returns -1 when neither can be chosen
 * (e.g. no opening times are known), so the page keeps showing both equally.
 */
export function pickLineNow(lines: readonly LineHours[], date: Date): number {
	const open = lines.findIndex(
		(line) =>
			line.hours === 'office-hours' && line.openingTimes && isOpenAt(line.openingTimes, date),
	);
	if (open !== -1) return open;
	const knowsOfficeHours = lines.some((line) => line.hours === 'office-hours' && line.openingTimes);
	return knowsOfficeHours ? lines.findIndex((line) => line.hours === 'evenings-and-weekends') : -1;
}

/**
 * True when the choice of line rests on office hours the service has not confirmed: any
 * office-hours line whose times are given but not marked confirmed. Either answer of
 * pickLineNow (the daytime line, or the evenings line because the office is "closed") then
 * depends on those times, so the page must say so next to the number.
 */
export function restsOnUnconfirmedTimes(lines: readonly LineHours[]): boolean {
	return lines.some(
		(line) =>
			line.hours === 'office-hours' &&
			line.openingTimes !== undefined &&
			line.openingTimes.confirmed !== true,
	);
}

/**
 * What the report page says above the highlighted number. When the times are not confirmed it
 * says so, and what to do if the line does not answer, so nobody relies on a guess.
 * @example callNowStatus('Child protection referrals', false) // "Right now, call: Child protection referrals. It is highlighted below."
 */
export function callNowStatus(label: string, timesUnconfirmed: boolean): string {
	const status = `Right now, call: ${label}. It is highlighted below.`;
	return timesUnconfirmed
		? `${status} The opening times have not been confirmed yet: if no one answers, call the other number.`
		: status;
}
