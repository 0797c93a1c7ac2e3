// Phone numbers straight from content/contacts/, so the E2E tests follow the content: a number
// changed there is expected on the page without touching a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';

const CONTACTS = join(import.meta.dirname, '../../content/contacts');

/** One entry of a contact's `phones` list, as written in its YAML file. */
/** The contacts with a number on the report a concern page, in English and in every language. */
export const REPORT_PAGE_CONTACTS = [
	'emergency-999',
	'child-protection-referrals',
	'police-101',
	'lado',
	'nspcc-helpline',
	'childline',
] as const;

export interface ContactPhone {
	label: string;
	number: string;
	hours: string;
}

/** The phone numbers of one contact, e.g. `contactPhones('emergency-999')`; empty when it lists none. */
export function contactPhones(id: string): ContactPhone[] {
	const data = jsYaml.load(readFileSync(join(CONTACTS, `${id}.yaml`), 'utf8')) as {
		phones?: ContactPhone[];
	} | null;
	return data?.phones ?? [];
}

/**
 * The `tel:` address a number must link to: its digits (and a leading +) only.
 * Written here rather than imported from src/lib/phone.ts, so a bug there cannot hide in the test.
 */
export function expectedTelHref(number: string): string {
	return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/**
 * Matches a phone link's accessible name: the number alone, whatever spaces it is shown with
 * (the site joins the groups with no-break spaces so a number never wraps).
 */
export function phoneLinkName(number: string): RegExp {
	const groups = number
		.trim()
		.split(/\s+/)
		.map((group) => group.replace(/[+]/g, '\\+'));
	return new RegExp(`^${groups.join('\\s+')}$`);
}
