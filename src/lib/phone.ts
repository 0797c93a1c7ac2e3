/**
 * The `tel:` address for a UK number written with spaces.
 * @example telHref('020 8708 3885') // "tel:02087083885"
 */
export function telHref(number: string): string {
	return `tel:${number.replace(/\s+/g, '')}`;
}
