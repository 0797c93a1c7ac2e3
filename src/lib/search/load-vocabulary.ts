/**
 * Fetches the index's own words for “Did you mean …” (spelling-suggestions.ts): the vocabulary
 * files for the page's language and the first letters of the query's words, each file once per
 * page visit. `fetchFile` is the browser's fetch, or the E2E tests' fetch against the built site.
 */
import { vocabularyUrl, type SearchVocabulary } from './spelling-suggestions.ts';

const loads = new Map<string, Promise<string[]>>();

/**
 * The words of the vocabulary files for `keys` in `language`, most frequent first within each;
 * undefined when the build wrote none of them (a language without a vocabulary), so that no word
 * is doubted. A letter no indexed word starts with has no file: it adds no words.
 */
export async function loadVocabulary(
	language: string,
	keys: readonly string[],
	fetchFile: (url: string) => Promise<Response>,
): Promise<string[] | undefined> {
	const lists = await Promise.all(
		keys.map((key) => {
			const url = vocabularyUrl(language, key);
			if (!url) return Promise.reject(new Error(`No vocabulary for “${language}”.`));
			let load = loads.get(url);
			if (!load) {
				load = fetchFile(url).then(async (response) => {
					if (response.status === 404) return [];
					if (!response.ok) throw new Error(`${url}: ${response.status}`);
					return ((await response.json()) as SearchVocabulary).words;
				});
				// A failed fetch (offline for a moment) is tried again by the next search.
				load.catch(() => loads.delete(url));
				loads.set(url, load);
			}
			return load;
		}),
	).catch(() => undefined);
	return lists?.some((list) => list.length > 0) ? lists.flat() : undefined;
}
