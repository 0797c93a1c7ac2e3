/**
 * A page's phone numbers as search metadata, so a contact's search result shows its numbers
 * (and when to call them) without a second click. Built from the contacts collection at build
 * time, like every number on the site; the search page renders them with telHref().
 */
import { PHONE_HOURS_LABELS } from '../../schemas/contacts.ts';
import { describeOpeningTimes } from '../describe-opening-times.ts';
import type { OpeningTimes } from '../call-now.ts';
import { serialisePhones, type SearchPhone } from './search-results.ts';

/** A phone entry as the contacts collection holds it. */
interface ContactPhone {
	label: string;
	number: string;
	hours: keyof typeof PHONE_HOURS_LABELS;
	hoursNote?: string | undefined;
	openingTimes?: OpeningTimes | undefined;
}

/**
 * When to call, as the contact card says it: "Office hours: Monday to Friday, 9am to 5pm".
 * Times the service has not confirmed say so, next to the number, wherever the number is shown.
 * @example phoneHoursText({ label: 'LADO', number: '020 7946 0123', hours: '24-hours' }) // "24 hours a day"
 */
export function phoneHoursText(phone: ContactPhone): string {
	const unconfirmed =
		phone.openingTimes && phone.openingTimes.confirmed !== true ? ', times not yet confirmed' : '';
	const times = phone.openingTimes
		? `: ${describeOpeningTimes(phone.openingTimes)}${unconfirmed}`
		: '';
	const note = phone.hoursNote ? `. ${phone.hoursNote}` : '';
	return `${PHONE_HOURS_LABELS[phone.hours]}${times}${note}`;
}

/** The `phones` search metadata for the numbers of one or more contacts, in order; undefined when there are none. */
export function phonesMeta(
	contacts: readonly { phones: readonly ContactPhone[] }[],
): string | undefined {
	const phones: SearchPhone[] = contacts.flatMap((contact) =>
		contact.phones.map((phone) => ({
			label: phone.label,
			number: phone.number,
			hours: phoneHoursText(phone),
		})),
	);
	return phones.length > 0 ? serialisePhones(phones) : undefined;
}
