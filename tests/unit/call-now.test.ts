import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
	callNowStatus,
	isOpenAt,
	londonClock,
	pickLineNow,
	restsOnUnconfirmedTimes,
} from '../../src/lib/call-now.ts';
import { clockForPeople, describeOpeningTimes } from '../../src/lib/describe-opening-times.ts';
import { phoneHoursText } from '../../src/lib/search/contact-phones.ts';

const WEEKDAYS_9_TO_5 = {
	days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
	opens: '09:00',
	closes: '17:00',
};
const LINES = [
	{ hours: 'office-hours', openingTimes: WEEKDAYS_9_TO_5 },
	{ hours: 'evenings-and-weekends' },
];

describe('londonClock', () => {
	it('uses UK summer time', () => {
		assert.deepEqual(londonClock(new Date('2026-07-06T08:30:00Z')), {
			day: 'monday',
			time: '09:30',
		});
	});
	it('uses GMT in winter', () => {
		assert.deepEqual(londonClock(new Date('2026-01-05T08:30:00Z')), {
			day: 'monday',
			time: '08:30',
		});
	});
});

describe('pickLineNow', () => {
	it('picks the daytime line on a weekday morning', () => {
		assert.equal(pickLineNow(LINES, new Date('2026-07-06T09:00:00Z')), 0);
	});
	it('picks the evenings and weekends line after closing time', () => {
		assert.equal(pickLineNow(LINES, new Date('2026-07-06T16:00:00Z')), 1); // 17:00 BST
	});
	it('picks the evenings and weekends line on a Saturday afternoon', () => {
		assert.equal(pickLineNow(LINES, new Date('2026-07-11T13:00:00Z')), 1);
	});
	it('picks nothing when the office hours are unknown', () => {
		assert.equal(
			pickLineNow(
				[{ hours: 'office-hours' }, { hours: 'evenings-and-weekends' }],
				new Date('2026-07-06T09:00:00Z'),
			),
			-1,
		);
	});
	it('treats the closing minute as closed', () => {
		assert.equal(isOpenAt(WEEKDAYS_9_TO_5, new Date('2026-01-05T17:00:00Z')), false);
		assert.equal(isOpenAt(WEEKDAYS_9_TO_5, new Date('2026-01-05T16:59:00Z')), true);
	});
});

describe('restsOnUnconfirmedTimes and callNowStatus', () => {
	it('says so when the office hours the choice rests on are not confirmed', () => {
		assert.equal(restsOnUnconfirmedTimes(LINES), true);
		assert.equal(
			restsOnUnconfirmedTimes([
				{ hours: 'office-hours', openingTimes: { ...WEEKDAYS_9_TO_5, confirmed: false } },
			]),
			true,
		);
		assert.match(
			callNowStatus('Child protection referrals', true),
			/^Right now, call: Child protection referrals\. It is highlighted below\. The opening times have not been confirmed yet: if no one answers, call the other number\.$/,
		);
	});
	it('says nothing more once the service has confirmed the times', () => {
		const confirmed = [
			{ hours: 'office-hours', openingTimes: { ...WEEKDAYS_9_TO_5, confirmed: true } },
			{ hours: 'evenings-and-weekends' },
		];
		assert.equal(restsOnUnconfirmedTimes(confirmed), false);
		assert.equal(
			callNowStatus('Child protection referrals', false),
			'Right now, call: Child protection referrals. It is highlighted below.',
		);
	});
	it('does not rest on times when there are none', () => {
		assert.equal(
			restsOnUnconfirmedTimes([{ hours: 'office-hours' }, { hours: '24-hours' }]),
			false,
		);
	});
});

describe('phoneHoursText', () => {
	it('says next to the number when the times are not confirmed', () => {
		const phone = {
			label: 'Referrals',
			number: '020 7946 0123',
			hours: 'office-hours' as const,
			openingTimes: WEEKDAYS_9_TO_5,
		};
		assert.equal(
			phoneHoursText(phone),
			'Office hours: Monday to Friday, 9am to 5pm, times not yet confirmed',
		);
		assert.equal(
			phoneHoursText({ ...phone, openingTimes: { ...WEEKDAYS_9_TO_5, confirmed: true } }),
			'Office hours: Monday to Friday, 9am to 5pm',
		);
		assert.equal(
			phoneHoursText({ label: 'LADO', number: '020 7946 0123', hours: 'hours-not-confirmed' }),
			'Opening hours to be confirmed',
		);
	});
});

describe('describeOpeningTimes', () => {
	it('writes a range of days the GOV.UK way', () => {
		assert.equal(describeOpeningTimes(WEEKDAYS_9_TO_5), 'Monday to Friday, 9am to 5pm');
	});
	it('lists days that are not a range', () => {
		assert.equal(
			describeOpeningTimes({ days: ['saturday', 'monday'], opens: '10:30', closes: '12:00' }),
			'Monday, Saturday, 10:30am to 12pm',
		);
	});
	it('says times as people say them', () => {
		assert.equal(clockForPeople('00:15'), '12:15am');
		assert.equal(clockForPeople('17:30'), '5:30pm');
	});
});
