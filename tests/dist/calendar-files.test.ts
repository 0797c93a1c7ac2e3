// The built calendar files in dist/events/, read back with ical.js (an independent parser) and
// compared with the events' frontmatter in content/events/ (read with js-yaml, not Astro).
// Reads the one build `npm test` makes; fails (never builds) when dist/ has none.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { requireBuilt } from '../helpers/built-site.ts';
import ICAL from 'ical.js';
import jsYaml from 'js-yaml';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { splitEventsByDate } from '../../src/lib/content/split-events.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const SITE_URL = 'https://www.redbridgescp.org.uk';
const ONE_DAY = 24 * 60 * 60 * 1000;

interface EventFrontmatter {
	title: string;
	summary: string;
	start: Date;
	end?: Date;
	datePrecision: 'day' | 'month';
	startTime?: string;
	endTime?: string;
	location?: string;
	draft?: boolean;
}

/** Published events from content/events/, as written, with the schema's one default. */
function readEvents(): { id: string; data: EventFrontmatter }[] {
	const folder = join(ROOT, 'content/events');
	return readdirSync(folder)
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => {
			const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(
				readFileSync(join(folder, file), 'utf8'),
			)?.[1];
			assert.ok(yaml, `${file} has no frontmatter`);
			const data = jsYaml.load(yaml) as Record<string, unknown>;
			const toDate = (value: unknown) =>
				value === undefined ? undefined : new Date(value as string | Date);
			return {
				id: file.replace(/\.mdx?$/, ''),
				data: {
					datePrecision: 'day',
					...data,
					start: toDate(data.start),
					end: toDate(data.end),
				} as EventFrontmatter,
			};
		})
		.filter((event) => !event.data.draft);
}

/** `YYYY-MM-DD` of a UTC-midnight content date. */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** `YYYY-MM-DD HH:MM` on London clocks at an instant, worked out with Intl (not the code under test). */
function londonClock(instant: Date): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Europe/London',
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
		})
			.formatToParts(instant)
			.map((part) => [part.type, part.value]),
	);
	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Parses a file with ical.js; returns the VCALENDAR. */
const parseCalendar = (text: string) => new ICAL.Component(ICAL.parse(text));

/** Checks the octet-level rules ical.js is lenient about: CRLF everywhere, lines of at most 75 octets. */
function assertLines(name: string, text: string): void {
	assert.ok(text.endsWith('\r\n'), `${name}: the last line must end with CRLF`);
	assert.equal(/\r(?!\n)|(?<!\r)\n/.test(text), false, `${name}: every line break must be CRLF`);
	for (const line of text.slice(0, -2).split('\r\n')) {
		assert.ok(
			Buffer.byteLength(line, 'utf8') <= 75,
			`${name}: line over 75 octets (${Buffer.byteLength(line, 'utf8')}): ${line}`,
		);
	}
}

/** The `href` of every `<a>` in an HTML file. */
function linksIn(file: string): string[] {
	const hrefs: string[] = [];
	const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			const href = child.attrs.find((attribute) => attribute.name === 'href')?.value;
			if (child.tagName === 'a' && href) hrefs.push(href);
			walk(
				child.tagName === 'template' ? (child as DefaultTreeAdapterTypes.Template).content : child,
			);
		}
	};
	walk(parse(readFileSync(file, 'utf8')));
	return hrefs;
}

const events = readEvents();
const dated = events.filter((event) => event.data.datePrecision === 'day');

before(() => requireBuilt('events/upcoming.ics'));

test('there is one calendar file per event known to the day, and none for month-precision events', () => {
	const files = readdirSync(join(DIST, 'events')).filter(
		(file) => file.endsWith('.ics') && file !== 'upcoming.ics',
	);
	assert.ok(dated.length > 0, 'the content has events known to the day');
	assert.deepEqual(
		files.sort(),
		dated.map((event) => `${event.id}.ics`).sort(),
		'dist/ is out of date? Rebuild with npx astro build',
	);
});

test('every event calendar file parses, and has the event’s UID, SUMMARY, DTSTART, DTEND and other properties', () => {
	for (const { id, data } of dated) {
		const name = `${id}.ics`;
		const text = readFileSync(join(DIST, 'events', name), 'utf8');
		assertLines(name, text);
		const calendar = parseCalendar(text);
		assert.equal(calendar.name, 'vcalendar', name);
		assert.equal(calendar.getFirstPropertyValue('version'), '2.0', `${name}: VERSION`);
		assert.match(
			String(calendar.getFirstPropertyValue('prodid')),
			/^-\/\/.+\/\/.+\/\/EN$/,
			`${name}: PRODID`,
		);
		const vevents = calendar.getAllSubcomponents('vevent');
		assert.equal(vevents.length, 1, `${name}: one VEVENT`);
		const vevent = vevents[0]!;
		const pageUrl = `${SITE_URL}/events/${id}/`;
		assert.equal(vevent.getFirstPropertyValue('uid'), `${id}@redbridgescp.org.uk`, `${name}: UID`);
		assert.equal(vevent.getFirstPropertyValue('summary'), data.title, `${name}: SUMMARY`);
		assert.ok(vevent.getFirstPropertyValue('dtstamp'), `${name}: DTSTAMP`);
		assert.equal(vevent.getFirstPropertyValue('url'), pageUrl, `${name}: URL`);
		const description = String(vevent.getFirstPropertyValue('description'));
		assert.ok(
			description.includes(data.summary) && description.includes(pageUrl),
			`${name}: DESCRIPTION has the summary and the page address`,
		);
		assert.equal(
			vevent.getFirstPropertyValue('location'),
			data.location ?? null,
			`${name}: LOCATION`,
		);

		const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
		const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time | null;
		const firstDay = isoDate(data.start);
		const lastDay = isoDate(data.end ?? data.start);
		const allDay = !data.startTime || (!data.endTime && firstDay !== lastDay);
		if (allDay) {
			assert.equal(start.isDate, true, `${name}: DTSTART is a DATE`);
			assert.equal(start.toString(), firstDay, `${name}: DTSTART`);
			assert.ok(end?.isDate, `${name}: DTEND is a DATE`);
			assert.equal(
				end.toString(),
				isoDate(new Date((data.end ?? data.start).getTime() + ONE_DAY)),
				`${name}: DTEND is the day after the last day`,
			);
		} else {
			assert.equal(start.isDate, false, `${name}: DTSTART has a time`);
			assert.equal(start.zone?.tzid, 'UTC', `${name}: DTSTART is in UTC, not floating`);
			assert.equal(
				londonClock(start.toJSDate()),
				`${firstDay} ${data.startTime}`,
				`${name}: DTSTART is the start time in UK time`,
			);
			if (data.endTime) {
				assert.equal(end?.zone?.tzid, 'UTC', `${name}: DTEND is in UTC`);
				assert.equal(
					londonClock(end.toJSDate()),
					`${lastDay} ${data.endTime}`,
					`${name}: DTEND is the end time in UK time`,
				);
			} else {
				assert.equal(end, null, `${name}: no DTEND without an end time`);
			}
		}
	}
});

test('upcoming.ics parses and holds every upcoming event known to the day at build time', () => {
	const file = join(DIST, 'events/upcoming.ics');
	const text = readFileSync(file, 'utf8');
	assertLines('upcoming.ics', text);
	const calendar = parseCalendar(text);
	assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
	assert.ok(calendar.getFirstPropertyValue('prodid'));
	// The file's time is the build's: "upcoming" was decided then, the way the events page decides it.
	const builtAt = statSync(file).mtime;
	const expected = splitEventsByDate(dated, builtAt).upcoming.map(
		(event) => `${event.id}@redbridgescp.org.uk`,
	);
	const uids = calendar
		.getAllSubcomponents('vevent')
		.map((vevent) => vevent.getFirstPropertyValue('uid'));
	assert.equal(uids.length, expected.length, `VEVENTs in upcoming.ics at ${builtAt.toISOString()}`);
	assert.deepEqual(uids, expected);
});

test('event pages link their calendar file, or say why there is none', () => {
	for (const { id, data } of events) {
		const page = join(DIST, 'events', id, 'index.html');
		const links = linksIn(page);
		if (data.datePrecision === 'day') {
			assert.ok(links.includes(`/events/${id}.ics`), `${id}: no link to its .ics`);
		} else {
			assert.equal(
				links.some((href) => href.endsWith('.ics')),
				false,
				`${id}: month-precision event links a calendar file`,
			);
			assert.match(
				readFileSync(page, 'utf8'),
				/no calendar file for this event, as only its month is known/,
				`${id}: no note about the missing calendar file`,
			);
		}
	}
});

test('the events and training pages link the upcoming events calendar', () => {
	for (const page of ['events/index.html', 'training/index.html']) {
		assert.ok(
			linksIn(join(DIST, page)).includes('/events/upcoming.ics'),
			`${page} does not link /events/upcoming.ics`,
		);
	}
});
