import ical, { type ICalEventData } from 'ical-generator';
import { SITE } from '../../site.ts';

/** The media type of an iCalendar file (RFC 5545 §8.1). */
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** Optional calendar-wide properties. */
export interface CalendarOptions {
	/** Shown as the calendar's name when someone subscribes (`NAME`, `X-WR-CALNAME`). */
	name?: string;
	/** How often a subscribed calendar should check for changes, in seconds (`REFRESH-INTERVAL`). */
	refreshSeconds?: number;
}

/**
 * RFC 5545 §3.6 requires at least one component in a calendar. With no events, the file
 * still carries the UK time zone, so an empty "upcoming events" calendar stays valid.
 */
const EUROPE_LONDON_TIMEZONE = [
	'BEGIN:VTIMEZONE',
	'TZID:Europe/London',
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0000',
	'TZOFFSETTO:+0100',
	'TZNAME:BST',
	'DTSTART:19700329T010000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0000',
	'TZNAME:GMT',
	'DTSTART:19701025T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE',
].join('\r\n');

/**
 * An iCalendar file (RFC 5545) holding the given events: CRLF line ends, lines folded at
 * 75 octets (both by ical-generator), `VERSION:2.0` and our `PRODID`.
 * With no events it holds only the Europe/London time zone, which clients import as empty.
 */
export function renderCalendar(events: ICalEventData[], options: CalendarOptions = {}): string {
	const calendar = ical({
		prodId: { company: SITE.name, product: 'Website events', language: 'EN' },
		name: options.name ?? null,
		ttl: options.refreshSeconds ?? null,
		events,
	});
	let text = calendar.toString();
	if (events.length === 0)
		text = text.replace(/\r\nEND:VCALENDAR$/, `\r\n${EUROPE_LONDON_TIMEZONE}\r\nEND:VCALENDAR`);
	// ical-generator ends the last line without CRLF; RFC 5545 §3.4 ends every line, END:VCALENDAR too, with one.
	return `${text}\r\n`;
}
