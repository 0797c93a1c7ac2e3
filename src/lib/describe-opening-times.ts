import type { OpeningTimes } from './call-now.ts';

const DAY_ORDER = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A 24-hour time as people say it.
 * @example clockForPeople('09:00') // "9am"
 * @example clockForPeople('17:30') // "5:30pm"
 */
export function clockForPeople(time: string): string {
	const [hours = 0, minutes = 0] = time.split(':').map(Number);
	const suffix = hours >= 12 ? 'pm' : 'am';
	const hour12 = hours % 12 === 0 ? 12 : hours % 12;
	return minutes ? `${hour12}:${String(minutes).padStart(2, '0')}${suffix}` : `${hour12}${suffix}`;
}

/**
 * Opening times in GOV.UK style.
 * @example describeOpeningTimes({ days: ['monday','tuesday','wednesday','thursday','friday'], opens: '09:00', closes: '17:00' }) // "Monday to Friday, 9am to 5pm"
 */
export function describeOpeningTimes(times: OpeningTimes): string {
	const indexes = times.days.map((day) => DAY_ORDER.indexOf(day)).sort((a, b) => a - b);
	const consecutive = indexes.every(
		(value, position) => position === 0 || value === (indexes[position - 1] ?? -2) + 1,
	);
	const names = indexes.map((index) => capitalise(DAY_ORDER[index] ?? ''));
	const days =
		consecutive && names.length > 2
			? `${names[0]} to ${names[names.length - 1]}`
			: names.join(', ');
	return `${days}, ${clockForPeople(times.opens)} to ${clockForPeople(times.closes)}`;
}
