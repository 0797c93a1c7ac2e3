// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
	// The partnership's address as given in its 2022 documents (to be confirmed before launch).
	site: 'https://www.redbridgescp.org.uk',
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	integrations: [
		mdx(),
		// The admin, styleguide and 404 are not public pages.
		sitemap({ filter: (page) => !/\/(admin|styleguide|404)\//.test(page) }),
	],
	vite: {
		build: {
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
