// Checks every internal link and #fragment in the built site and prints every broken one.
// Runs after the whole build (astro build + pagefind), so /pagefind/ files must exist too.
// Usage: npm run check:links   (or: node src/tools/check-links.ts <build folder>)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { findBrokenLinks, formatBrokenLinks } from '../build-checks/links/find-broken-links.ts';

const folderArgument = process.argv[2] ?? 'dist';
const buildFolder = resolve(folderArgument);
if (!existsSync(buildFolder)) {
	console.error(`Link check: “${folderArgument}” does not exist. Run \`npm run build\` first.`);
	process.exit(1);
}

const files = new Set(
	readdirSync(buildFolder, { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile())
		.map((dirent) => relative(buildFolder, join(dirent.parentPath, dirent.name)).split(sep).join('/')),
);
const pages = new Map(
	[...files].filter((file) => file.endsWith('.html')).map((file) => [file, readFileSync(join(buildFolder, file), 'utf8')] as const),
);
if (pages.size === 0) {
	console.error(`Link check: no HTML pages in “${folderArgument}”.`);
	process.exit(1);
}

// 'always' matches `trailingSlash` in astro.config.mjs: change both together.
const broken = findBrokenLinks(pages, files, 'always');
if (broken.length) {
	console.error(formatBrokenLinks(broken, folderArgument.replace(/\/+$/, '')));
	console.error(`\nLink check failed: ${broken.length} broken link(s) on ${new Set(broken.map((item) => item.page)).size} of ${pages.size} page(s).`);
	process.exit(1);
}
console.log(`Link check passed: every internal link and fragment on ${pages.size} page(s) resolves.`);
