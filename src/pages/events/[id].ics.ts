// One event as an iCalendar file, for "Add to your calendar". Events known only to the month get none.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { CALENDAR_CONTENT_TYPE, renderCalendar } from '../../lib/calendar/render-calendar.ts';
import { hasExactDate, toCalendarEvent } from '../../lib/calendar/to-calendar-event.ts';
import { getPublished } from '../../lib/content/queries.ts';

export const getStaticPaths = (async () => {
	const events = await getPublished('events');
	return events
		.filter((event) => hasExactDate(event.data))
		.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
	new Response(renderCalendar([toCalendarEvent(props.event, new Date())]), {
		headers: { 'Content-Type': CALENDAR_CONTENT_TYPE },
	});
