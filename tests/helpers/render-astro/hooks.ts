// Node module hooks that let a test import the site's .astro files without Vite or a build:
// each .astro file is compiled by Astro's own compiler (@astrojs/compiler-rs, what `astro build`
// uses), its TypeScript stripped by Node; astro:content and astro:assets come from ./content.ts and
// ./assets.ts; styles, scripts and ?raw/?url imports are empty (no test here looks at them).
// Registered by ./render.ts.
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';
import { transform } from '@astrojs/compiler-rs';

const VIRTUAL_MODULES: Record<string, string> = {
	'astro:content': new URL('./content.ts', import.meta.url).href,
	'astro:assets': new URL('./assets.ts', import.meta.url).href,
};
const module = (source: string) => ({
	url: `data:text/javascript,${encodeURIComponent(source)}`,
	shortCircuit: true,
});

// stripTypeScriptTypes warns that it is experimental, once per process: known, and not the test's news.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
	if (String(warning).includes('stripTypeScriptTypes')) return;
	(emitWarning as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

interface ResolveContext {
	parentURL?: string;
}
type NextResolve = (specifier: string, context: ResolveContext) => Promise<{ url: string }>;
type NextLoad = (url: string, context: object) => Promise<{ format?: string; source?: unknown }>;

export async function resolve(
	specifier: string,
	context: ResolveContext,
	nextResolve: NextResolve,
) {
	const virtual = VIRTUAL_MODULES[specifier];
	if (virtual) return { url: virtual, shortCircuit: true };
	if (/\?url$/.test(specifier))
		return module(
			`export default ${JSON.stringify(`/_astro/${specifier.replace(/^.*\//, '').replace(/\?url$/, '')}`)};`,
		);
	if (/\?raw$/.test(specifier)) return module('export default "";');
	if (/\?astro&type=(style|script)/.test(specifier) || /\.css$/.test(specifier))
		return module('export default {};');
	return nextResolve(specifier, context);
}

export async function load(url: string, context: object, nextLoad: NextLoad) {
	if (url.startsWith('file:') && url.endsWith('.astro')) {
		const filename = fileURLToPath(url);
		const { code } = transform(readFileSync(filename, 'utf8'), {
			filename,
			internalURL: 'astro/compiler-runtime',
			resolvePath: (specifier: string) => specifier,
		});
		// import.meta.env is Vite's; the build's values are set on globalThis by ./render.ts.
		const source = stripTypeScriptTypes(code, { mode: 'strip' }).replaceAll(
			'import.meta.env',
			'globalThis.__astroRenderEnv',
		);
		return { format: 'module', source, shortCircuit: true };
	}
	return nextLoad(url, context);
}
