import { SITE } from '../../site.ts';

/**
 * A link as an address that works off the site: on paper, in a text file, in an email.
 * Site paths get the site's origin; full web addresses are returned as they are.
 * @example absoluteUrl('/report-a-concern/') // "https://www.redbridgescp.org.uk/report-a-concern/"
 * @example absoluteUrl('https://www.gov.uk/') // "https://www.gov.uk/"
 */
export function absoluteUrl(href: string): string {
	return new URL(href, SITE.url).href;
}
