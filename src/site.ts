/** Facts about the site itself, used in the head, header, footer and feeds. */
export const SITE = {
	name: 'Redbridge Safeguarding Children Partnership',
	shortName: 'RSCP',
	/** The partnership's web address as given in its 2022 documents. */
	url: 'https://www.redbridgescp.org.uk',
	locale: 'en-GB',
	timeZone: 'Europe/London',
	description:
		'Keeping children in Redbridge safe: how to report a concern about a child, and guidance, learning and training for practitioners.',
} as const;

/**
 * Where "Exit this page" goes: a neutral page that does not personalise what it shows
 * (GOV.UK's recommendation). Following the link makes no request until it is used.
 */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';
