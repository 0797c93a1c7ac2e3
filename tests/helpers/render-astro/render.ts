// Renders the site's real pages and components in a unit test, in about a second and without a
// build: Astro's compiler compiles each .astro file (./hooks.ts) and Astro's Container API renders
// it with Astro's own runtime, so escaping, attributes and layouts are exactly the build's. Content
// comes from content/ through the build's schemas (./content.ts), plus any entries a test adds.
// Not rendered: styles, scripts, image processing and the Markdown plugins (the build's business).
import { register } from 'node:module';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { ContentEntry } from './content.ts';

register('./hooks.ts', { parentURL: import.meta.url });

/** The site's address (astro.config.mjs `site`), for Astro.site and the request URL. */
export const SITE = 'https://www.redbridgescp.org.uk';

// What import.meta.env holds in `astro build`.
(globalThis as { __astroRenderEnv?: object }).__astroRenderEnv = {
	DEV: false,
	PROD: true,
	MODE: 'production',
	SITE,
	BASE_URL: '/',
	SSR: true,
};

/** The astro:content module the compiled pages import, to add fixture entries to. */
export const content = (await import('astro:content' as string)) as typeof import('./content.ts');

export type { ContentEntry };

const container = await AstroContainer.create();

/** Imports a page or component by its path under src/, e.g. `pages/newsletters/[id].astro`. */
export async function importSource<T = { default: AstroComponentFactory }>(
	path: string,
): Promise<T> {
	return (await import(new URL(`../../../src/${path}`, import.meta.url).href)) as T;
}

/**
 * Renders a page as `astro build` would for the path with these params: the props come from the
 * page's own getStaticPaths, so the test does not need to know how the page names them.
 */
export async function renderPage(
	path: string,
	params: Record<string, string> = {},
	url = '/',
): Promise<string> {
	const page = await importSource<{
		default: AstroComponentFactory;
		getStaticPaths?: () => Promise<
			{ params: Record<string, string>; props?: Record<string, unknown> }[]
		>;
	}>(path);
	let props: Record<string, unknown> = {};
	if (page.getStaticPaths) {
		const match = (await page.getStaticPaths()).find((candidate) =>
			Object.entries(params).every(([key, value]) => candidate.params[key] === value),
		);
		if (!match)
			throw new Error(`${path}: getStaticPaths gives no page for ${JSON.stringify(params)}`);
		props = match.props ?? {};
	}
	return container.renderToString(page.default, {
		props,
		params,
		partial: false,
		request: new Request(new URL(url, SITE)),
	});
}
