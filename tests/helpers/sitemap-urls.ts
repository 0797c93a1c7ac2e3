// The built sitemap is the list of public pages, so E2E and accessibility tests visit exactly what
// search engines will. @astrojs/sitemap writes dist/sitemap-0.xml (then -1, -2… past 45,000 URLs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './built-site.ts';

export { DIST };

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&apos;': "'",
};

/**
 * The site paths listed in one sitemap file, in file order, e.g. `/about/`.
 * The origin (https://www.redbridgescp.org.uk) is dropped: tests run against the local preview.
 */
export function pathsFromSitemap(xml: string): string[] {
	// A sitemap is a flat list of <loc> elements, so a regular expression reads it safely.
	return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map(([, loc = '']) => {
		const url = new URL(
			loc.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity),
		);
		return url.pathname + url.search;
	});
}

/** Every path in the built sitemap; throws with the fix when the site has not been built. */
export function readSitemapPaths(dist: string = DIST): string[] {
	if (!existsSync(join(dist, 'sitemap-0.xml'))) {
		throw new Error(
			`No sitemap at ${join(dist, 'sitemap-0.xml')}: run \`npm run build\` before the E2E tests.`,
		);
	}
	const parts = readdirSync(dist)
		.filter((name) => /^sitemap-\d+\.xml$/.test(name))
		.sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
	return parts.flatMap((name) => pathsFromSitemap(readFileSync(join(dist, name), 'utf8')));
}
