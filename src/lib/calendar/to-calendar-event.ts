import type { ICalEventData } from 'ical-generator';
import type { EventsFrontmatter } from '../../schemas/events.ts';
import { SITE } from '../../site.ts';
import { isoDate } from '../format-date.ts';
import { entryUrl } from '../urls.ts';
import { wallClockToUtc } from './wall-clock-to-utc.ts';

/**
 * The domain in every event's UID. Calendars match updates to events by UID, so this must never
 * change, even if the site moves: it is a name, not an address.
 */
export const EVENT_UID_DOMAIN = 'redbridgescp.org.uk';

const ONE_DAY = 24 * 60 * 60 * 1000;

/** The fields of an event that its calendar entry uses. */
export interface CalendarEventSource {
	id: string;
	data: Pick<
		EventsFrontmatter,
		'title' | 'summary' | 'start' | 'end' | 'datePrecision' | 'startTime' | 'endTime' | 'location'
	>;
}

/**
 * Whether an event can go in a calendar file. Events known only to the month are left out:
 * a calendar entry needs a day, and putting them on the 1st would state a date we do not know.
 * Their pages say why there is no calendar link instead.
 */
export function hasExactDate(data: Pick<EventsFrontmatter, 'datePrecision'>): boolean {
	return data.datePrecision === 'day';
}

/** The stable UID of an event: its id, then `@`, then {@link EVENT_UID_DOMAIN} (an identifier, not a mailbox). */
export function eventUid(id: string): string {
	return `${id}@${EVENT_UID_DOMAIN}`;
}

/**
 * An event as ical-generator data.
 *
 * - No start time: an all-day event (`DTSTART;VALUE=DATE`), with the exclusive `DTEND` RFC 5545
 *   expects: the day after the last day.
 * - A start time: times in UTC, converted from UK time. `DTEND` is the end time on the last day.
 *   Without an end time, a one-day event gets no `DTEND` (RFC 5545 §3.6.1: it then ends when it
 *   starts, as a point in the day) rather than a made-up length; an event over several days is
 *   written as all-day, so that it still covers every day.
 * - An end time without a start time is ignored: the event is all-day.
 *
 * @param now The build time, written as `DTSTAMP`.
 * @throws When the event ends before it starts, or is known only to the month (see {@link hasExactDate}).
 */
export function toCalendarEvent(event: CalendarEventSource, now: Date): ICalEventData {
	const { data } = event;
	if (!hasExactDate(data))
		throw new Error(
			`Event “${event.id}” is known only to the month, so it cannot go in a calendar file.`,
		);
	const pageUrl = new URL(entryUrl('events', event.id), SITE.url).href;
	const firstDay = isoDate(data.start);
	const lastDay = isoDate(data.end ?? data.start);
	const common: Omit<ICalEventData, 'start'> = {
		id: eventUid(event.id),
		stamp: now,
		summary: data.title,
		description: `${data.summary}\n\nDetails: ${pageUrl}`,
		url: pageUrl,
		location: data.location ?? null,
	};
	const isMultiDay = firstDay !== lastDay;
	if (!data.startTime || (!data.endTime && isMultiDay)) {
		// Content dates are UTC midnight (YAML dates), and ical-generator writes all-day dates in UTC.
		return {
			...common,
			allDay: true,
			start: data.start,
			end: new Date((data.end ?? data.start).getTime() + ONE_DAY),
		};
	}
	const start = wallClockToUtc(firstDay, data.startTime, SITE.timeZone);
	const end = data.endTime ? wallClockToUtc(lastDay, data.endTime, SITE.timeZone) : null;
	if (end && end <= start)
		throw new Error(
			`Event “${event.id}” ends (${lastDay} ${data.endTime}) before it starts (${firstDay} ${data.startTime}).`,
		);
	return { ...common, start, end };
}
