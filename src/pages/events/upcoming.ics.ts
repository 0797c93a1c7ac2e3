// Every upcoming event with a known day, as one iCalendar file to import or subscribe to.
// "Upcoming" is decided when the site is built, as on the events page; with none it is an empty calendar.
import type { APIRoute } from 'astro';
import { CALENDAR_CONTENT_TYPE, renderCalendar } from '../../lib/calendar/render-calendar.ts';
import { hasExactDate, toCalendarEvent } from '../../lib/calendar/to-calendar-event.ts';
import { getPublished } from '../../lib/content/queries.ts';
import { splitEventsByDate } from '../../lib/content/split-events.ts';

export const GET: APIRoute = async () => {
	const now = new Date();
	const { upcoming } = splitEventsByDate(await getPublished('events'), now);
	const events = upcoming
		.filter((event) => hasExactDate(event.data))
		.map((event) => toCalendarEvent(event, now));
	return new Response(
		renderCalendar(events, { name: 'RSCP upcoming events', refreshSeconds: 24 * 60 * 60 }),
		{
			headers: { 'Content-Type': CALENDAR_CONTENT_TYPE },
		},
	);
};
