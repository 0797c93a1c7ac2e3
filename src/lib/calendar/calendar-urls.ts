/** The calendar file of one event, beside its page: `/events/<id>.ics`. */
export function eventCalendarUrl(id: string): string {
	return `/events/${id}.ics`;
}

/** The calendar file of every upcoming event with a known day. */
export const UPCOMING_EVENTS_CALENDAR_URL = '/events/upcoming.ics';
