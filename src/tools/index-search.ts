// `npm run build:site` after `astro build`: Pagefind over dist/, reading only the files that can be
// indexed (src/lib/search/search-index-glob.ts), then a check that it indexed every page that
// carries `data-pagefind-body`, so a page the glob misses fails the build instead of vanishing
// from search. Usage: node src/tools/index-search.ts [dist folder]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { searchIndexGlob } from '../lib/search/search-index-glob.ts';

const site = resolve(process.argv[2] ?? 'dist');
const folders = readdirSync(site, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);
const glob = searchIndexGlob(folders);
const pagefind = join(import.meta.dirname, '../../node_modules/pagefind/lib/runner/bin.cjs');
const run = spawnSync(process.execPath, [pagefind, '--site', site, '--glob', glob], {
	encoding: 'utf8',
	stdio: ['ignore', 'pipe', 'inherit'],
});
process.stdout.write(run.stdout);
if (run.status !== 0) process.exit(run.status ?? 1);

const indexed = Number(/Total:[\s\S]*?Indexed (\d+) pages?/.exec(run.stdout)?.[1] ?? Number.NaN);
const searchable = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(
	(file) =>
		file.endsWith('.html') &&
		/\sdata-pagefind-body[\s=>]/.test(readFileSync(join(site, file), 'utf8')),
);
if (indexed !== searchable.length) {
	console.error(
		`Pagefind indexed ${indexed} pages, but ${searchable.length} pages carry data-pagefind-body: the glob in src/lib/search/search-index-glob.ts leaves some out. Glob: ${glob}`,
	);
	process.exit(1);
}
