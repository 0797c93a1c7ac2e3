/** The fields the split needs from an event entry. */
interface EventLike {
	data: { start: Date; end?: Date | undefined };
}

/**
 * Splits events into upcoming (soonest first) and past (latest first) at `now`.
 * An event counts as upcoming until the end of its last day.
 */
export function splitEventsByDate<T extends EventLike>(
	events: T[],
	now: Date,
): { upcoming: T[]; past: T[] } {
	const lastDay = (event: T) =>
		(event.data.end ?? event.data.start).getTime() + 24 * 60 * 60 * 1000;
	const upcoming = events
		.filter((event) => lastDay(event) > now.getTime())
		.sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
	const past = events
		.filter((event) => lastDay(event) <= now.getTime())
		.sort((a, b) => b.data.start.getTime() - a.data.start.getTime());
	return { upcoming, past };
}
