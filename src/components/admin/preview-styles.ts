// The site's CSS for the CMS previews, as one stylesheet: the global styles in the order
// src/layouts/BaseLayout.astro imports them, then every component's own CSS file, the same files
// the components import (so a component's new style reaches the previews without a step).
// print.css is left out: previews are on screen.
const GLOBAL_STYLES = ['tokens', 'reset', 'base', 'layout', 'prose', 'utilities'];

const globalSources = import.meta.glob<string>('../../styles/*.css', {
	query: '?inline',
	import: 'default',
	eager: true,
});
const componentSources = import.meta.glob<string>('../**/*.css', {
	query: '?inline',
	import: 'default',
	eager: true,
});

/** The stylesheet's text, the layer order first, as in BaseLayout's <head>. */
export function previewStyles(): string {
	const globals = GLOBAL_STYLES.map((name) => {
		const css = globalSources[`../../styles/${name}.css`];
		if (css === undefined) throw new Error(`CMS previews: src/styles/${name}.css is missing.`);
		return css;
	});
	const components = Object.keys(componentSources)
		.sort()
		.map((path) => componentSources[path] ?? '');
	return [
		'@layer reset, tokens, base, layout, components, prose, utilities;',
		...globals,
		...components,
	].join('\n');
}
