import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from '@astrojs/compiler-rs';
const STUBS: Record<string, string> = {
	'astro:content': new URL('./content-stub.ts', import.meta.url).href,
	'astro:assets': new URL('./assets-stub.ts', import.meta.url).href,
};
export async function resolve(specifier: string, context: any, next: any) {
	if (STUBS[specifier]) return { url: STUBS[specifier], shortCircuit: true };
	if (/\?url$/.test(specifier)) return { url: 'data:text/javascript,export default "/_astro/asset"', shortCircuit: true };
	if (/\?raw$/.test(specifier)) return { url: 'data:text/javascript,export default ""', shortCircuit: true };
	if (/\?astro&type=(style|script)/.test(specifier) || /\.css(\?.*)?$/.test(specifier)) return { url: 'data:text/javascript,export default {}', shortCircuit: true };
	return next(specifier, context);
}
export async function load(url: string, context: any, next: any) {
	if (url.startsWith('file:') && url.endsWith('.astro')) {
		const filename = fileURLToPath(url);
		const { code } = await transform(readFileSync(filename, 'utf8'), { filename, internalURL: 'astro/compiler-runtime', resolvePath: (s: string) => s } as any);
		return { format: 'module', source: stripTypeScriptTypes(code, { mode: 'strip' }).replaceAll('import.meta.env', 'globalThis.__astroEnv'), shortCircuit: true };
	}
	return next(url, context);
}
