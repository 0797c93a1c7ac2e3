// After `astro build`, writes the “Did you mean …” vocabulary for each page language the site is
// published in: /search/vocabulary-<lang>.json, the indexed words of every searchable page, most
// frequent first (src/lib/search/indexed-words.ts reads them as Pagefind does). The search page
// fetches it only when a query finds nothing, so a first search never pays for it.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexedPageWords, vocabulariesOf } from '../lib/search/indexed-words.ts';
import { vocabularyUrl, type SearchVocabulary } from '../lib/search/spelling-suggestions.ts';

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
				for (const [language, words] of vocabulariesOf(indexedPages(outDir))) {
					const url = vocabularyUrl(language);
					if (!url) continue;
					const vocabulary: SearchVocabulary = { language, words };
					writeFileSync(join(outDir, url), JSON.stringify(vocabulary));
					logger.info(`${url}: ${words.length} words for “Did you mean …”.`);
				}
			},
		},
	};
}
