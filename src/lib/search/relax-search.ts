/**
 * Ranking for a relaxed search: when no page has every word of a query, each meaningful word is
 * searched alone and the pages are ranked by how many of those words they match, then by the sum
 * of Pagefind's scores for them. Pure: the pages are Pagefind result ids and scores, so no result
 * data (fragment) is fetched to rank them.
 */

/** One page a search found: Pagefind's result id and score. */
export interface SearchHit {
	id: string;
	score: number;
}

/** The pages one word found on its own. */
export interface WordHits {
	word: string;
	hits: readonly SearchHit[];
}

/** A page of a relaxed search, with the words it matched. */
export interface RelaxedHit extends SearchHit {
	/** The query's words this page matched, in the query's order. */
	matched: string[];
}

/**
 * Merges the pages each word found: most words matched first, then the highest summed score;
 * on a full tie, the order the words found them in (stable).
 * @example rankByWordsMatched([{ word: 'teacher', hits: [{ id: 'a', score: 1 }] }, { word: 'hurt', hits: [{ id: 'b', score: 2 }, { id: 'a', score: 1 }] }])
 * // [{ id: 'a', score: 2, matched: ['teacher', 'hurt'] }, { id: 'b', score: 2, matched: ['hurt'] }]
 */
export function rankByWordsMatched(perWord: readonly WordHits[]): RelaxedHit[] {
	const pages = new Map<string, RelaxedHit>();
	for (const { word, hits } of perWord) {
		for (const hit of hits) {
			const page = pages.get(hit.id) ?? { id: hit.id, score: 0, matched: [] };
			if (page.matched.includes(word)) continue;
			page.matched.push(word);
			page.score += hit.score;
			pages.set(hit.id, page);
		}
	}
	return [...pages.values()].sort(
		(a, b) => b.matched.length - a.matched.length || b.score - a.score,
	);
}
