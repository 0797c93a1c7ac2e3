// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { localCmsHeaders } from './src/integrations/local-cms-headers.ts';
import { staleContentWarning } from './src/integrations/stale-content-warning.ts';
import { searchVocabulary } from './src/integrations/search-vocabulary.ts';
import { synonymPagesCheck } from './src/integrations/synonym-pages-check.ts';
import { loadGlossaryTerms } from './src/lib/glossary/load-glossary-terms.ts';
import { rehypeGlossaryAbbr } from './src/lib/glossary/rehype-glossary-abbr.ts';
import { SITE } from './src/site.ts';

export default defineConfig({
	// The site's address has one home, src/site.ts.
	site: SITE.url,
	trailingSlash: 'always',
	// Stylesheets stay files, never inline <style>: the Content-Security-Policy (public/_headers) then
	// needs no hash for each component's CSS, and `npm run check:headers` proves nothing inline slips in.
	build: { format: 'directory', inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	integrations: [
		mdx(),
		// The admin, styleguide and 404 are not public pages.
		sitemap({ filter: (page) => !/\/(admin|styleguide|404)\//.test(page) }),
		// Warns (never fails) about overdue reviews and contacts; the full list is npm run report:stale.
		staleContentWarning(),
		// Fails the build when a search synonym (content/synonyms/) names a page that is not built or not indexed.
		synonymPagesCheck(),
		// Writes /search/vocabulary-<lang>.json, the index's own words for “Did you mean …”.
		searchVocabulary(),
		// Only for `npm start` (RSCP_CMS_LOCAL=1): the admin's CSP also allows the local content server.
		localCmsHeaders(),
	],
	markdown: {
		// Astro 7 renders Markdown with Sätteri; `markdown.rehypePlugins` would need unified
		// (@astrojs/markdown-remark). MDX inherits this processor (mdx extendMarkdownConfig).
		// The glossary plugin links the first use of each acronym in a content body.
		processor: satteri({
			hastPlugins: [
				rehypeGlossaryAbbr(loadGlossaryTerms(new URL('./content/glossary/', import.meta.url))),
			],
		}),
	},
	vite: {
		build: {
			// 0 keeps component scripts as /_astro/*.js files (Astro inlines scripts under this limit),
			// for the same reason as inlineStylesheets above; it also stops assets becoming data: URLs.
			assetsInlineLimit: 0,
			rollupOptions: {
				// Astro 7 + MDX logs an 11-line warning per .mdx file; it is harmless (see stack notes).
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
