// Weighs every page of the built site against the budgets in src/build-checks/budgets/check-budgets.ts and
// prints the heaviest pages. Fails on any page over budget.
// Usage: npm run check:budgets   (or: node src/tools/check-budgets.ts <build folder>)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';
import { BUDGETS, findBudgetProblems, formatWeightTable, KIB, SiteWeigher } from '../build-checks/budgets/check-budgets.ts';

const folderArgument = process.argv[2] ?? 'dist';
const buildFolder = resolve(folderArgument);
if (!existsSync(join(buildFolder, 'index.html'))) {
	console.error(`Budget check: no built site in “${folderArgument}”. Run \`npm run build\` first.`);
	process.exit(1);
}

const files = readdirSync(buildFolder, { recursive: true, withFileTypes: true })
	.filter((dirent) => dirent.isFile())
	.map((dirent) => relative(buildFolder, join(dirent.parentPath, dirent.name)).split(sep).join('/'));

// Real pixel widths of the raster images, read once (sharp reads only the header).
const pixelWidths = new Map<string, number>();
for (const file of files.filter((name) => /\.(png|jpe?g|webp|avif|gif)$/i.test(name) && !name.startsWith('pagefind/'))) {
	const { width } = await sharp(join(buildFolder, file)).metadata();
	if (width) pixelWidths.set(file, width);
}

const read = (file: string) => {
	const path = join(buildFolder, file);
	return path.startsWith(buildFolder + sep) && existsSync(path) ? readFileSync(path) : undefined;
};
const weigher = new SiteWeigher(read, (file) => pixelWidths.get(file));
const weights = files.filter((file) => file.endsWith('.html')).map((file) => weigher.weighPage(file, readFileSync(join(buildFolder, file), 'utf8')));

console.log(`Heaviest of ${weights.length} pages (gzip):\n`);
console.log(formatWeightTable(weights));
const problems = findBudgetProblems(weights);
if (problems.length) {
	console.error(`\n${problems.map(({ file, message }) => `${file}: ${message}`).join('\n')}`);
	console.error(`\nBudget check failed: ${problems.length} problem(s).`);
	process.exit(1);
}
const kib = (bytes: number) => `${bytes / KIB} KiB`;
console.log(
	`\nBudget check passed: home and report page first round trip ≤ ${kib(BUDGETS.firstRoundTrip.bytes)}, JavaScript ≤ ${kib(BUDGETS.javaScript.bytes)} (except ${BUDGETS.javaScript.exempt.join(', ')}), every page under ${kib(BUDGETS.totalWithoutImages.bytes)} without images, images no larger than their display needs.`,
);
