// The site's stylesheet for the CMS previews, at a stable address: /admin/site.css.
// The built pages' CSS files have hashed names, so previews.js cannot link them. This joins the
// same sources instead: the global styles in the order BaseLayout imports them, then the
// `<style>` blocks of the components and pages the previews copy (contact cards, notices,
// levels, briefings, newsletters). print.css is left out: previews are on screen.
import type { APIRoute } from 'astro';
// The entry pages' own styles. Imported one by one: import.meta.glob does not match the brackets.
import briefingPage from '../briefings/[id].astro?raw';
import newsletterPage from '../newsletters/[id].astro?raw';

// Same order as the imports in src/layouts/BaseLayout.astro.
const GLOBAL_STYLES = ['tokens', 'reset', 'base', 'layout', 'prose', 'utilities'];

const globalSources = import.meta.glob<string>('../../styles/*.css', { query: '?raw', import: 'default', eager: true });
const componentSources = import.meta.glob<string>(
	[
		'../../layouts/PageLayout.astro',
		'../../components/contacts/*.astro',
		'../../components/ui/{ToBeConfirmed,ReviewDates}.astro',
		'../../components/levels/LevelDetails.astro',
	],
	{ query: '?raw', import: 'default', eager: true },
);

/**
 * The CSS inside an Astro file's `<style>` blocks, unscoped: `:global(x)` becomes `x`.
 * Astro scopes component styles with `:where()`, which adds no specificity, so the rules
 * apply the same way in the preview.
 */
function componentStyles(source: string): string {
	const blocks = [...source.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
	return blocks.join('\n').replace(/:global\(((?:[^()]|\([^()]*\))*)\)/g, '$1');
}

function siteCss(): string {
	const parts = [
		// As in BaseLayout's <head>: the layer order comes before any rule.
		'@layer reset, tokens, base, layout, components, prose, utilities;',
		...GLOBAL_STYLES.map((name) => {
			const css = globalSources[`../../styles/${name}.css`];
			if (css === undefined) throw new Error(`site.css: src/styles/${name}.css is missing.`);
			return `/* src/styles/${name}.css */\n${css}`;
		}),
		...Object.entries({ ...componentSources, '../../pages/briefings/[id].astro': briefingPage, '../../pages/newsletters/[id].astro': newsletterPage })
			.map(([path, source]) => [path.replace('../../', 'src/'), componentStyles(source)] as const)
			.filter(([, css]) => css.trim() !== '')
			.map(([path, css]) => `/* ${path} */\n${css}`),
	];
	return `${parts.join('\n\n')}\n`;
}

export const GET: APIRoute = () => new Response(siteCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
