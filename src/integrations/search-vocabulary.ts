// After `astro build`, writes the “Did you mean …” vocabulary for each page language the site is
// published in: the indexed words of every searchable page, most frequent first
// (src/lib/search/indexed-words.ts reads them as Pagefind does), one file per first letter,
// /search/vocabulary/<lang>/<letter>.json, so a search fetches only the letters its words start with
// (about a kilobyte each) rather than the whole vocabulary.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexedPageWords, vocabulariesOf } from '../lib/search/indexed-words.ts';
import {
	vocabularyKey,
	vocabularyUrl,
	type SearchVocabulary,
} from '../lib/search/spelling-suggestions.ts';

/** The built pages of `outDir` that the search indexes, with their words. */
function* indexedPages(outDir: string) {
	for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html')) continue;
		const page = indexedPageWords(readFileSync(join(outDir, file), 'utf8'));
		if (page) yield page;
	}
}

/** Astro integration: writes the search vocabularies into the built site. */
export function searchVocabulary(): AstroIntegration {
	return {
		name: 'rscp:search-vocabulary',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				rmSync(join(outDir, 'search/vocabulary'), { recursive: true, force: true });
				for (const [language, words] of vocabulariesOf(indexedPages(outDir))) {
					const byKey = Map.groupBy(words, vocabularyKey);
					let files = 0;
					for (const [key, ofKey] of byKey) {
						const url = vocabularyUrl(language, key);
						if (!url) continue;
						const vocabulary: SearchVocabulary = { language, words: ofKey };
						mkdirSync(dirname(join(outDir, url)), { recursive: true });
						writeFileSync(join(outDir, url), JSON.stringify(vocabulary));
						files += 1;
					}
					logger.info(
						`Search vocabulary for “Did you mean …”, ${language}: ${words.length} words in ${files} files.`,
					);
				}
			},
		},
	};
}
