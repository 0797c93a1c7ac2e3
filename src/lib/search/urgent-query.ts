/**
 * Whether a search suggests a child may be in danger, so the search page shows the emergency
 * numbers above its results. The words are content, not code: the terms of every synonyms entry
 * marked `urgent` (content/synonyms/, editable in the CMS), which SiteSearch.astro hands to the
 * page's script. The numbers themselves always come from content/contacts/.
 */
import { queryWords } from './stop-words.ts';

/**
 * True when every word of one urgent term appears in the query as a whole word, in any order:
 * the term “hurt” matches “teacher hurt my son”, “in danger” matches “my friend is in danger”,
 * and “hit” never matches “history”.
 * @example isUrgentQuery('football coach touched my daughter', ['touched']) // true
 * @example isUrgentQuery('browsing history', ['hit']) // false
 */
export function isUrgentQuery(query: string, urgentTerms: readonly string[]): boolean {
	const words = new Set(queryWords(query));
	return urgentTerms.some((term) => {
		const termWords = queryWords(term);
		return termWords.length > 0 && termWords.every((word) => words.has(word));
	});
}
