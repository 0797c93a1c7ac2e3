// Validates every content file against the zod schemas and prints every problem in one run.
// Usage: npm run check:content [-- <root folder>]
import { resolve } from 'node:path';
import { formatProblems, validateContent } from '../lib/content-check/validate-content.ts';

const root = resolve(process.argv[2] ?? '.');
const { problems, fileCount } = validateContent(root);
const files = new Set(problems.map((problem) => problem.file));

if (problems.length) {
	console.error(formatProblems(problems));
	console.error(
		`\nContent check failed: ${problems.length} problem(s) in ${files.size} of ${fileCount} file(s).`,
	);
	process.exit(1);
}
console.log(
	`Content check passed: ${fileCount} file(s) match their schemas and every reference resolves.`,
);
