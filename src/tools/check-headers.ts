// Checks the built site against its own response headers (dist/_headers, copied from public/_headers):
// every page gets the security headers, Netlify and Cloudflare Pages would send the same ones, and
// each page's Content-Security-Policy allows exactly the inline code the page has.
// Usage: npm run check:headers   (or: node src/tools/check-headers.ts <build folder>)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkSiteHeaders } from '../build-checks/headers/check-site-headers.ts';
import { parseHeadersFile } from '../build-checks/headers/headers-file.ts';

const folderArgument = process.argv[2] ?? 'dist';
const buildFolder = resolve(folderArgument);
const headersFile = join(buildFolder, '_headers');
if (!existsSync(headersFile)) {
	console.error(`Headers check: no ${folderArgument}/_headers. It is copied from public/_headers by the build: run \`npm run build\` first.`);
	process.exit(1);
}

const { rules, problems: fileProblems } = parseHeadersFile(readFileSync(headersFile, 'utf8'));
const pages = new Map(
	readdirSync(buildFolder, { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile() && dirent.name.endsWith('.html'))
		.map((dirent) => {
			const file = relative(buildFolder, join(dirent.parentPath, dirent.name)).split(sep).join('/');
			return [file, readFileSync(join(dirent.parentPath, dirent.name), 'utf8')] as const;
		}),
);
if (pages.size === 0) {
	console.error(`Headers check: no HTML pages in “${folderArgument}”.`);
	process.exit(1);
}

const report = checkSiteHeaders(rules, pages);
const problems = [...fileProblems.map(({ line, message }) => `public/_headers:${line}: ${message}`), ...report.problems];
for (const warning of report.warnings) console.warn(`warning: ${warning}`);
if (problems.length) {
	console.error(problems.join('\n'));
	console.error(`\nHeaders check failed: ${problems.length} problem(s).`);
	process.exit(1);
}
console.log(`Headers check passed: ${pages.size} page(s) get the security headers, and their ${report.inlineCount} inline script(s) and style(s) are allowed by hash.`);
