// Fails `astro build` when a search synonyms entry (content/synonyms/) names a page the site does
// not build or does not index: its words would otherwise be dropped without anyone noticing.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findSynonymPageProblems, readSynonymPages } from '../lib/search/check-synonym-pages.ts';
import { COLLECTIONS } from '../schemas/collections.ts';

/** Astro integration: after the build, every synonyms entry's page must exist and be searchable. */
export function synonymPagesCheck(): AstroIntegration {
	let rootDir = process.cwd();
	return {
		name: 'rscp:synonym-pages-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				rootDir = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pageHtml = (path: string) => {
					const file = `${outDir.replace(/\/$/, '')}${path}index.html`;
					return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
				};
				const entries = readSynonymPages(rootDir, COLLECTIONS.synonyms.folder);
				const problems = findSynonymPageProblems(entries, pageHtml);
				if (problems.length > 0) {
					const lines = problems.map(
						(problem) => `  ${problem.file}: page “${problem.page}”: ${problem.reason}`,
					);
					throw new Error(
						`Search synonyms point at pages the search cannot find. Fix the “page” field:\n${lines.join('\n')}`,
					);
				}
				logger.info(
					`${entries.length} search synonym entries, each pointing at a searchable page.`,
				);
			},
		},
	};
}
