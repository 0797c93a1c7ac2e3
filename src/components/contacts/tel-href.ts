/**
 * The `tel:` address for a UK number written with spaces. It lives beside PhoneLink because
 * only the contacts components may build phone links (tests/unit/single-source-contacts.test.ts).
 * @example telHref('020 7946 0123') // "tel:02079460123"
 */
export function telHref(number: string): string {
	return `tel:${number.replace(/\s+/g, '')}`;
}
