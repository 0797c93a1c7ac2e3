/**
 * The words a page should be found by although it does not use them: the everyday phrasings and
 * jargon in the synonyms collection (content/synonyms/), and the glossary's acronyms and their
 * expansions for the page a glossary entry links to. BaseLayout writes them into the page as
 * Pagefind metadata (SearchKeywords.astro), which Pagefind searches and, with the weights in
 * pagefind-options.ts, ranks; readers and screen readers never see them.
 */

/** A synonyms entry as the search needs it. */
export interface SynonymsForSearch {
	terms: readonly string[];
	/** The site path of the page the words belong to, e.g. `/lado/`. */
	page: string;
}

/** A glossary entry as the search needs it. */
export interface GlossaryTermForSearch {
	title: string;
	/** Missing while the full form is to be confirmed: the title alone is then searched. */
	expansion?: string | undefined;
	otherMeanings?: readonly string[];
	/** Where the entry points readers: only a page on this site (no `#fragment`) gets its words. */
	link?: string | undefined;
}

/** The page's extra search words, one string per metadata key; empty strings when there are none. */
export interface PageKeywords {
	/** From the synonyms collection. */
	keywords: string;
	/** From the glossary. */
	terms: string;
}

/** Joins phrases so each stays a phrase in the excerpt-free metadata. */
const SEPARATOR = '; ';

/** A site path in one form: leading and trailing slash, no query or fragment. */
export function normalisePath(path: string): string {
	const bare = path.split(/[?#]/)[0] ?? '';
	const withLeading = bare.startsWith('/') ? bare : `/${bare}`;
	return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

/** True for a link to a page on this site with no fragment (`/lado/`), not `/glossary/#lado` or https://… */
function isSitePage(link: string | undefined): link is string {
	return (
		typeof link === 'string' &&
		link.startsWith('/') &&
		!link.startsWith('//') &&
		!link.includes('#')
	);
}

/**
 * The synonyms and glossary words for the page at `path`. Repeated phrases are listed once
 * (case-insensitively), in the order the entries give them.
 * @example keywordsForPath('/lado/', [{ terms: ['allegation against a teacher'], page: '/lado/' }], [])
 * // { keywords: 'allegation against a teacher', terms: '' }
 */
export function keywordsForPath(
	path: string,
	synonyms: readonly SynonymsForSearch[],
	glossary: readonly GlossaryTermForSearch[],
): PageKeywords {
	const here = normalisePath(path);
	const keywords = synonyms
		.filter((entry) => normalisePath(entry.page) === here)
		.flatMap((entry) => entry.terms);
	const terms = glossary
		.filter((entry) => isSitePage(entry.link) && normalisePath(entry.link) === here)
		.flatMap((entry) => [
			entry.expansion ? `${entry.title}: ${entry.expansion}` : entry.title,
			...(entry.otherMeanings ?? []),
		]);
	return {
		keywords: uniquePhrases(keywords).join(SEPARATOR),
		terms: uniquePhrases(terms).join(SEPARATOR),
	};
}

function uniquePhrases(phrases: readonly string[]): string[] {
	const seen = new Set<string>();
	return phrases
		.map((phrase) => phrase.trim().replace(/\s+/g, ' '))
		.filter((phrase) => {
			const key = phrase.toLowerCase();
			if (!phrase || seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}
