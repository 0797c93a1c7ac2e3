import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOpenAt, londonClock, pickLineNow } from '../../src/lib/call-now.ts';
import { clockForPeople, describeOpeningTimes } from '../../src/lib/describe-opening-times.ts';

const WEEKDAYS_9_TO_5 = { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opens: '09:00', closes: '17:00' };
const LINES = [
	{ hours: 'office-hours', openingTimes: WEEKDAYS_9_TO_5 },
	{ hours: 'evenings-and-weekends' },
];

describe('londonClock', () => {
	it('uses UK summer time', () => {
		assert.deepEqual(londonClock(new Date('2026-07-06T08:30:00Z')), { day: 'monday', time: '09:30' });
	});
	it('uses GMT in winter', () => {
		assert.deepEqual(londonClock(new Date('2026-01-05T08:30:00Z')), { day: 'monday', time: '08:30' });
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
		assert.equal(pickLineNow([{ hours: 'office-hours' }, { hours: 'evenings-and-weekends' }], new Date('2026-07-06T09:00:00Z')), -1);
	});
	it('treats the closing minute as closed', () => {
		assert.equal(isOpenAt(WEEKDAYS_9_TO_5, new Date('2026-01-05T17:00:00Z')), false);
		assert.equal(isOpenAt(WEEKDAYS_9_TO_5, new Date('2026-01-05T16:59:00Z')), true);
	});
});

describe('describeOpeningTimes', () => {
	it('writes a range of days the GOV.UK way', () => {
		assert.equal(describeOpeningTimes(WEEKDAYS_9_TO_5), 'Monday to Friday, 9am to 5pm');
	});
	it('lists days that are not a range', () => {
		assert.equal(describeOpeningTimes({ days: ['saturday', 'monday'], opens: '10:30', closes: '12:00' }), 'Monday, Saturday, 10:30am to 12pm');
	});
	it('says times as people say them', () => {
		assert.equal(clockForPeople('00:15'), '12:15am');
		assert.equal(clockForPeople('17:30'), '5:30pm');
	});
});
