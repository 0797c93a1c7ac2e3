// Lists content for the business unit: reviews overdue or due within 60 days, contacts to
// re-verify, and everything marked "to be confirmed". A report, so it always exits 0.
// Usage: npm run report:stale [-- --format csv] [-- <root folder>]
//   npm run report:stale                                → Markdown table and summary
//   npm run report:stale -- --format csv > stale.csv   → CSV for a spreadsheet (summary on stderr)
import { resolve } from 'node:path';
import {
	findStaleContent,
	formatStaleCsv,
	formatStaleMarkdown,
	formatStaleSummary,
} from '../lib/freshness/find-stale-content.ts';

const args = process.argv.slice(2);
let format = 'markdown';
let root = '.';
for (let index = 0; index < args.length; index += 1) {
	const arg = args[index] ?? '';
	if (arg === '--format') format = args[(index += 1)] ?? '';
	else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
	else root = arg;
}
if (format !== 'markdown' && format !== 'csv') {
	console.error(
		`report:stale: unknown format “${format}”. Use --format csv, or leave it out for a Markdown table.`,
	);
	process.exit(2);
}

const result = findStaleContent(resolve(root));
if (format === 'csv') {
	process.stdout.write(formatStaleCsv(result));
	// Kept off stdout so `> file.csv` holds only the table.
	console.error(formatStaleSummary(result));
} else {
	console.log(formatStaleMarkdown(result));
}
