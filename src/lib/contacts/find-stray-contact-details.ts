/**
 * Finds phone numbers and email addresses written outside the contacts collection.
 *
 * The site's rule: every phone number and email address lives once, in `content/contacts/*.yaml`,
 * and reaches a page only through `src/components/contacts/`. A number typed into a page, a
 * component or a Markdown file is a copy, and a copy goes stale the day the service changes its
 * number: on a safeguarding site that means someone calls a dead line. This finder is how the
 * unit tests prove there are no copies.
 *
 * This file is scanned too, so its examples use Ofcom drama numbers and reserved example domains
 * (allowed below); real numbers would be reported.
 *
 * What counts as a stray detail:
 * - **UK numbers**: 9 to 11 digits starting with 0, written with or without spaces, non-breaking
 *   spaces (or `&nbsp;`) or hyphens, in any grouping (`020 xxxx xxxx`, `0xxxx xxxxxx`, `0808 xxx xxxx`,
 *   all digits run together, or hyphenated). Childline's 8-digit freephone number is matched too: it is
 *   the one 8-digit number Ofcom has kept in use (the same exception `UkPhoneNumberSchema` makes).
 *   Other 8-digit runs are left alone because UK company numbers and dates (`04-07-2022`) look the same.
 * - **116 helplines**: `116 xxx`, spaced or not.
 * - **International forms**: `+44 20 …`, `+44 (0)20 …`, `0044 20 …`.
 * - **Any number in the collection**: the digits of every contact's `phones[].number` that is at
 *   least 6 digits long, however it is spaced, so a number outside the patterns above is caught too.
 * - **Email addresses**: anything, then `@`, then a domain with a dot (`name` `@` `domain.tld`), any
 *   domain except the reserved ones below.
 * - **`tel:` links** (`tel:` followed by a number or `+`, or code that builds one) anywhere outside
 *   `src/components/contacts/`: only `PhoneLink` may turn a number into a link.
 *
 * What is allowed, and why:
 * - **Short national numbers in prose** (999, 101, 111): they are national and unchanging, and
 *   “call 999” must read naturally in a sentence; forcing them through a component would make content
 *   harder to write for no safety gain. They are never *links* outside the contacts components,
 *   though: a hand-written `tel:` link to 999 is reported like any other `tel:` link.
 * - **Ofcom drama numbers** (e.g. `020 7946 0000` to `0999`, `07700 900000` to `900999`): Ofcom reserves
 *   them for fiction, so they can never reach a real person. Use them for examples in code and docs.
 * - **Reserved example domains** (`example.com`, `example.org`, `example.net`, and addresses ending in
 *   `.example`, `.test`, `.invalid` or `.localhost`; RFC 2606 and RFC 6761): never a real inbox.
 * - **File names with `@`** such as `logo@2x.png`: image density suffixes, not addresses.
 *
 * Other things that look like numbers are not matched: dates (`2022-07-04`), money (`£128,325.54`),
 * years, section numbers (`s47`), postcodes (`IG1 1NY`), percentages, clock times, version numbers.
 *
 * The function is pure: it takes file texts, so tests can feed it inline samples, and the caller
 * decides which files make up the site.
 *
 * @example
 * findStrayContactDetails(new Map([['content/pages/help.md', 'Call 0113 496 0999 or write to help@example.org.']]))
 * // [] — a drama number and a reserved domain. With a real number instead:
 * // [{ file: 'content/pages/help.md', line: 1, match: '<the number as written>', kind: 'phone' }]
 */

/** One phone number, email address or `tel:` link written where it should not be. */
export interface StrayContactDetail {
	/** The file it is in, as given by the caller (e.g. `content/pages/about.md`). */
	file: string;
	/** 1-based line of the start of the match. */
	line: number;
	/** The text as written, spaces and all, e.g. `020 7946 0123`. */
	match: string;
	/** What was found: a phone number, an email address, or a `tel:` link outside the contacts components. */
	kind: 'phone' | 'email' | 'tel-href';
}

/** Where the details may be written and rendered, and what the collection holds. */
export interface FindStrayContactDetailsOptions {
	/**
	 * Every `phones[].number` in the contacts collection. Each one with 6 or more digits is searched
	 * for exactly, whatever its spacing. Short ones (`999`, `101`) are skipped: see the module notes.
	 */
	contactPhones?: readonly string[];
	/** Files under these folders are the collection itself and are not searched. Default `content/contacts/`. */
	contactsFolders?: readonly string[];
	/** Files under these folders may write `tel:` links (numbers and emails are still reported). Default `src/components/contacts/`. */
	telHrefAllowedIn?: readonly string[];
}

// What may sit between the digits of a number as people write it. Newlines count because Markdown
// wraps long lines; entities count because `.astro` and `.md` files may write `&nbsp;`.
const SPACE = String.raw`(?:[ \t\u00a0\u202f\u2007]|\r?\n|&nbsp;|&#160;|&#[xX][aA]0;)`;
const HYPHEN = String.raw`[\u002d\u2010\u2011]`;
const SEP = `(?:${SPACE}|${HYPHEN})`;

// A number must stand alone: not the tail of a longer run of digits (a digit, optionally followed
// by one separator, just before it), not glued to a word (`s47`, `IG1`, hashes) or to a decimal
// point or thousands comma (`128,325.54`), and not followed by another digit group.
const NOT_AFTER_DIGITS = `(?<!\\d${SEP}?)(?<![\\p{L}\\p{N}_.,£$€+/])`;
const NOT_BEFORE_DIGITS = `(?!${SEP}?\\d)(?![\\p{L}_])`;

/** `0` then 8 to 10 more digits (9 to 11 in all), with separators between any of them. */
const UK_NUMBER = `0(?:${SEP}?\\d){8,10}`;
/** Childline's 8-digit number (see the module notes). */
const CHILDLINE = `0${SEP}?8${SEP}?0${SEP}?0${SEP}?1${SEP}?1${SEP}?1${SEP}?1`;
/** 116 xxx harmonised European helplines. */
const HELPLINE_116 = `1${SEP}?1${SEP}?6${SEP}?\\d${SEP}?\\d${SEP}?\\d`;
/** +44 or 0044, an optional `(0)`, then the 9 or 10 digits after the national 0. */
const INTERNATIONAL = `(?:\\+|00)${SEP}?44${SEP}?(?:\\(0\\)${SEP}?)?[1-9](?:${SEP}?\\d){8,9}`;

const PHONE_PATTERN = new RegExp(
	`${NOT_AFTER_DIGITS}(?:${INTERNATIONAL}|${UK_NUMBER}|${CHILDLINE}|${HELPLINE_116})${NOT_BEFORE_DIGITS}`,
	'gu',
);

// Permissive on purpose: a false alarm costs a second look, a missed address costs a stale inbox.
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/gu;

// `tel:` then a digit or `+`, or code that builds a link: a template placeholder right after the
// colon, or a closing quote then `+` (string concatenation). Prose that mentions the scheme
// (“tel: links”, “Tel: …” on a letterhead) is not a link and is not reported.
const TEL_HREF_PATTERN =
	/(?<![\p{L}\p{N}_])tel:(?:(?:\/\/)?[+\d]|\$\{|["'`]\s*\+)[^\s"'`<>\])]{0,40}/giu;

/** Ofcom's ranges for TV and radio drama, as digits: prefix and the number of digits after it. */
const DRAMA_NUMBERS: readonly (readonly [prefix: string, rest: number])[] = [
	['02079460', 3], // London 020 7946 0000–0999
	['01134960', 3], // Leeds
	['01144960', 3], // Sheffield
	['01154960', 3], // Nottingham
	['01164960', 3], // Leicester
	['01174960', 3], // Bristol
	['01184960', 3], // Reading
	['01214960', 3], // Birmingham
	['01314960', 3], // Edinburgh
	['01414960', 3], // Glasgow
	['01514960', 3], // Liverpool
	['01614960', 3], // Manchester
	['01914980', 3], // Tyneside
	['02896496', 3], // Northern Ireland 028 9649 6000–6999
	['02920180', 3], // Cardiff
	['01632960', 3], // no area
	['07700900', 3], // mobile
	['08081570', 3], // freephone
	['09098790', 3], // premium rate
	['03069990', 3], // UK-wide
];

const RESERVED_EMAIL_DOMAIN =
	/(?:^|\.)(?:example\.(?:com|org|net)|[^.]+\.(?:example|test|invalid|localhost))$/i;

// `logo@2x.png`: the part after @ is a file name, not a domain.
const FILE_EXTENSION =
	/\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|pdf|js|mjs|cjs|ts|css|json|woff2?)$/i;

/** The digits of a number, with `+44` / `0044` and `(0)` turned back into the national `0`. */
function nationalDigits(written: string): string {
	const digits = written.replace(/\(0\)/g, '').replace(/\D/g, '');
	if (written.startsWith('+')) return `0${digits.slice('44'.length)}`;
	if (/^00\D?44/.test(written)) return `0${digits.slice('0044'.length)}`;
	return digits;
}

function isDramaNumber(written: string): boolean {
	const digits = nationalDigits(written);
	return DRAMA_NUMBERS.some(
		([prefix, rest]) => digits.length === prefix.length + rest && digits.startsWith(prefix),
	);
}

/**
 * A number written with both hyphens and spaces is almost always something else, e.g. a date and
 * a time (`01-01-2022 10:00`); people write phone numbers with one kind of separator.
 */
function mixesSeparators(written: string): boolean {
	const hasHyphen = new RegExp(HYPHEN, 'u').test(written);
	const hasSpace = new RegExp(SPACE, 'u').test(written);
	return hasHyphen && hasSpace;
}

/** A pattern for one exact number from the collection, whatever separators it is written with. */
function exactNumberPattern(number: string): RegExp | undefined {
	const digits = number.replace(/\D/g, '');
	if (digits.length < 6) return undefined;
	return new RegExp(`${NOT_AFTER_DIGITS}${[...digits].join(`${SEP}?`)}${NOT_BEFORE_DIGITS}`, 'gu');
}

const isUnder = (file: string, folders: readonly string[]) =>
	folders.some((folder) => file.startsWith(folder));

/** 1-based line of each offset, by binary search over the line starts. */
function lineFinder(text: string): (offset: number) => number {
	const starts = [0];
	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
		starts.push(index + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((starts[middle] ?? 0) <= offset) low = middle;
			else high = middle - 1;
		}
		return low + 1;
	};
}

/**
 * Every phone number, email address and out-of-place `tel:` link in the given files, in file order
 * then text order. Files under `contactsFolders` are skipped: they are the one place details live.
 * One piece of text is reported once, even when several patterns match it.
 *
 * @param files Path (relative to the project, with `/`) and text of each file, e.g. a `Map`.
 */
export function findStrayContactDetails(
	files: Iterable<readonly [file: string, text: string]>,
	{
		contactPhones = [],
		contactsFolders = ['content/contacts/'],
		telHrefAllowedIn = ['src/components/contacts/'],
	}: FindStrayContactDetailsOptions = {},
): StrayContactDetail[] {
	const exactPatterns = [...new Set(contactPhones.map((number) => number.replace(/\D/g, '')))]
		.map((digits) => exactNumberPattern(digits))
		.filter((pattern): pattern is RegExp => pattern !== undefined);
	const findings: StrayContactDetail[] = [];

	for (const [file, text] of files) {
		if (isUnder(file, contactsFolders)) continue;
		const lineOf = lineFinder(text);
		const found: { start: number; end: number; match: string; kind: StrayContactDetail['kind'] }[] =
			[];
		const add = (
			pattern: RegExp,
			kind: StrayContactDetail['kind'],
			keep: (match: string) => boolean,
		) => {
			for (const result of text.matchAll(pattern)) {
				if (keep(result[0]))
					found.push({
						start: result.index,
						end: result.index + result[0].length,
						match: result[0],
						kind,
					});
			}
		};

		// `tel:` links first, so a hand-written link is reported as the link it is, not again as its number.
		if (!isUnder(file, telHrefAllowedIn)) add(TEL_HREF_PATTERN, 'tel-href', () => true);
		add(PHONE_PATTERN, 'phone', (match) => !isDramaNumber(match) && !mixesSeparators(match));
		for (const pattern of exactPatterns) add(pattern, 'phone', (match) => !mixesSeparators(match));
		add(EMAIL_PATTERN, 'email', (match) => {
			const domain = match.slice(match.lastIndexOf('@') + 1);
			return !RESERVED_EMAIL_DOMAIN.test(domain) && !FILE_EXTENSION.test(domain);
		});

		// Patterns overlap (a contact's number is also a UK number; a tel: link contains one):
		// keep the first-found match over each stretch of text.
		const kept: typeof found = [];
		for (const candidate of found) {
			if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end))
				kept.push(candidate);
		}
		kept.sort((a, b) => a.start - b.start);
		for (const { start, match, kind } of kept)
			findings.push({ file, line: lineOf(start), match, kind });
	}
	return findings;
}
