// The calendar library: UK times to UTC, events to calendar entries, and the file it writes,
// read back with ical.js (Mozilla's parser, independent of ical-generator, which writes it).
// The built files are checked in calendar-dist.test.ts.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ICAL from 'ical.js';
import jsYaml from 'js-yaml';
import { renderCalendar } from '../../src/lib/calendar/render-calendar.ts';
import {
	eventUid,
	hasExactDate,
	toCalendarEvent,
	type CalendarEventSource,
} from '../../src/lib/calendar/to-calendar-event.ts';
import { wallClockToUtc } from '../../src/lib/calendar/wall-clock-to-utc.ts';
import { splitEventsByDate } from '../../src/lib/content/split-events.ts';

const NOW = new Date('2026-11-22T09:30:00Z');

/** An event with the fields the calendar uses; `overrides` change any of them. */
const event = (
	overrides: Partial<CalendarEventSource['data']> = {},
	id = 'test-event',
): CalendarEventSource => ({
	id,
	data: {
		title: 'Test event',
		summary: 'A summary long enough for the schema.',
		start: new Date('2022-09-19'),
		datePrecision: 'day',
		...overrides,
	},
});

/** Parses a calendar file with ical.js and returns its VEVENTs. */
const parseEvents = (text: string) =>
	new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');

test('wallClockToUtc converts UK summer (BST) and winter (GMT) times', () => {
	assert.equal(
		wallClockToUtc('2022-09-19', '12:00', 'Europe/London').toISOString(),
		'2022-09-19T11:00:00.000Z',
	);
	assert.equal(
		wallClockToUtc('2022-12-01', '12:00', 'Europe/London').toISOString(),
		'2022-12-01T12:00:00.000Z',
	);
	assert.equal(
		wallClockToUtc('2024-06-30', '00:00', 'Europe/London').toISOString(),
		'2024-06-29T23:00:00.000Z',
	);
});

test('wallClockToUtc handles the days the clocks change', () => {
	// Spring 2025: clocks go forward at 01:00 GMT on 30 March.
	assert.equal(
		wallClockToUtc('2025-03-30', '00:30', 'Europe/London').toISOString(),
		'2025-03-30T00:30:00.000Z',
	);
	assert.equal(
		wallClockToUtc('2025-03-30', '03:00', 'Europe/London').toISOString(),
		'2025-03-30T02:00:00.000Z',
	);
	// 01:30 does not exist that day: it moves an hour later (02:30 BST).
	assert.equal(
		wallClockToUtc('2025-03-30', '01:30', 'Europe/London').toISOString(),
		'2025-03-30T01:30:00.000Z',
	);
	// Autumn 2025: clocks go back at 01:00 GMT on 26 October; 01:30 happens twice, the second is taken.
	assert.equal(
		wallClockToUtc('2025-10-26', '00:30', 'Europe/London').toISOString(),
		'2025-10-25T23:30:00.000Z',
	);
	assert.equal(
		wallClockToUtc('2025-10-26', '01:30', 'Europe/London').toISOString(),
		'2025-10-26T01:30:00.000Z',
	);
	assert.equal(
		wallClockToUtc('2025-10-26', '12:00', 'Europe/London').toISOString(),
		'2025-10-26T12:00:00.000Z',
	);
});

test('wallClockToUtc refuses malformed input', () => {
	assert.throws(() => wallClockToUtc('19/09/2022', '12:00', 'Europe/London'), /YYYY-MM-DD/);
	assert.throws(() => wallClockToUtc('2022-09-19', '12pm', 'Europe/London'), /HH:MM/);
});

test('hasExactDate is true only for day precision', () => {
	assert.equal(hasExactDate({ datePrecision: 'day' }), true);
	assert.equal(hasExactDate({ datePrecision: 'month' }), false);
});

test('an event without a start time is all-day, with the exclusive end date RFC 5545 expects', () => {
	const single = toCalendarEvent(event(), NOW);
	assert.equal(single.allDay, true);
	assert.deepEqual(single.end, new Date('2022-09-20'));
	const week = toCalendarEvent(
		event({ start: new Date('2017-07-03'), end: new Date('2017-07-07') }),
		NOW,
	);
	assert.deepEqual(week.end, new Date('2017-07-08'));
});

test('an event with times is written in UTC, converted from UK time', () => {
	const seminar = toCalendarEvent(event({ startTime: '14:00', endTime: '16:00' }), NOW);
	assert.equal(seminar.allDay, undefined);
	assert.deepEqual(seminar.start, new Date('2022-09-19T13:00:00Z'));
	assert.deepEqual(seminar.end, new Date('2022-09-19T15:00:00Z'));
});

test('a start time without an end time: no DTEND on one day, all-day over several days', () => {
	const oneDay = toCalendarEvent(event({ startTime: '10:00' }), NOW);
	assert.equal(oneDay.end, null);
	const severalDays = toCalendarEvent(
		event({ startTime: '10:00', end: new Date('2022-09-21') }),
		NOW,
	);
	assert.equal(severalDays.allDay, true);
	assert.deepEqual(severalDays.end, new Date('2022-09-22'));
});

test('toCalendarEvent refuses month-precision events and events that end before they start', () => {
	assert.throws(() => toCalendarEvent(event({ datePrecision: 'month' }), NOW), /only to the month/);
	assert.throws(
		() => toCalendarEvent(event({ startTime: '14:00', endTime: '13:00' }), NOW),
		/ends .* before it starts/,
	);
});

test('the rendered file parses with ical.js and carries every property the brief asks for', () => {
	const text = renderCalendar([
		toCalendarEvent(
			event({ startTime: '12:00', endTime: '13:00', location: 'Online' }, '2022-09-19-seminar'),
			NOW,
		),
	]);
	const calendar = new ICAL.Component(ICAL.parse(text));
	assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
	assert.match(
		String(calendar.getFirstPropertyValue('prodid')),
		/^-\/\/Redbridge Safeguarding Children Partnership\/\//,
	);
	const [vevent] = parseEvents(text);
	assert.ok(vevent);
	assert.equal(vevent.getFirstPropertyValue('uid'), '2022-09-19-seminar@redbridgescp.org.uk');
	assert.equal(String(vevent.getFirstPropertyValue('dtstamp')), '2026-11-22T09:30:00Z');
	assert.equal(String(vevent.getFirstPropertyValue('dtstart')), '2022-09-19T11:00:00Z');
	assert.equal(String(vevent.getFirstPropertyValue('dtend')), '2022-09-19T12:00:00Z');
	assert.equal(vevent.getFirstPropertyValue('summary'), 'Test event');
	assert.equal(vevent.getFirstPropertyValue('location'), 'Online');
	assert.equal(
		vevent.getFirstPropertyValue('url'),
		'https://www.redbridgescp.org.uk/events/2022-09-19-seminar/',
	);
	assert.equal(
		vevent.getFirstPropertyValue('description'),
		'A summary long enough for the schema.\n\nDetails: https://www.redbridgescp.org.uk/events/2022-09-19-seminar/',
	);
});

test('text with commas, semicolons, new lines and non-ASCII letters survives, folded at 75 octets', () => {
	const title =
		'Safeguarding – “voice of the child”; disabled children, and neglect: a very long title that must be folded £€';
	const text = renderCalendar([
		toCalendarEvent(
			event({ title, summary: `Line one; with, punctuation\nLine two ${'é'.repeat(80)}` }),
			NOW,
		),
	]);
	assert.ok(text.endsWith('END:VCALENDAR\r\n'), 'the last line ends with CRLF too');
	assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
	for (const line of text.split('\r\n'))
		assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line over 75 octets: ${line}`);
	const [vevent] = parseEvents(text);
	assert.equal(vevent?.getFirstPropertyValue('summary'), title);
	assert.match(
		String(vevent?.getFirstPropertyValue('description')),
		/^Line one; with, punctuation\nLine two é{80}\n\nDetails: /,
	);
});

test('an empty calendar still has VERSION and PRODID and parses', () => {
	const text = renderCalendar([], { name: 'RSCP upcoming events', refreshSeconds: 86_400 });
	const calendar = new ICAL.Component(ICAL.parse(text));
	assert.equal(calendar.name, 'vcalendar');
	assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
	assert.ok(calendar.getFirstPropertyValue('prodid'));
	assert.equal(calendar.getAllSubcomponents('vevent').length, 0);
});

test('with the real events as of 1 September 2022, the upcoming calendar lists the later ones known to the day', () => {
	// The same steps as src/pages/events/upcoming.ics.ts, at a date when some events were still to come
	// (today every event is past, so the built upcoming.ics is empty).
	const folder = join(import.meta.dirname, '../../content/events');
	const events = readdirSync(folder)
		.filter((file) => file.endsWith('.md'))
		.map((file) => {
			const frontmatter = jsYaml.load(
				/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? '',
			) as Record<string, unknown>;
			return {
				id: file.replace(/\.md$/, ''),
				data: { datePrecision: 'day', ...frontmatter } as CalendarEventSource['data'] & {
					draft?: boolean;
				},
			};
		})
		.filter((entry) => !entry.data.draft);
	const asOf = new Date('2022-09-01T08:00:00Z');
	const { upcoming } = splitEventsByDate(events, asOf);
	const text = renderCalendar(
		upcoming
			.filter((entry) => hasExactDate(entry.data))
			.map((entry) => toCalendarEvent(entry, asOf)),
	);
	// Expected, worked out separately: known to the day, last day on or after 1 September 2022, soonest first.
	const expected = events
		.filter(
			(entry) =>
				entry.data.datePrecision === 'day' &&
				(entry.data.end ?? entry.data.start) >= new Date('2022-09-01'),
		)
		.sort((a, b) => a.data.start.getTime() - b.data.start.getTime())
		.map((entry) => eventUid(entry.id));
	assert.ok(
		expected.includes(eventUid('2022-09-19-transitional-safeguarding-case-reviews')),
		'the content has changed: pick another date for this test',
	);
	assert.deepEqual(
		parseEvents(text).map((vevent) => vevent.getFirstPropertyValue('uid')),
		expected,
	);
	// The month-precision programme launch (September 2022) is left out.
	assert.equal(text.includes('2022-09-01-rscp-training-programme-2022-23'), false);
});
