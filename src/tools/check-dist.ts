// Checks the built site in one pass (`npm run check:dist`): reads dist/ once, parses every page
// once, then runs html-validate, the link and fragment check, the weight budgets, the security
// headers and the page facts over that one reading (src/build-checks/), printing every problem.
// Never builds: with no dist/ it fails and says to run `npm run build`.
// Usage: npm run check:dist [-- <check> …] [-- --dist <folder>]
//   checks: html, links, budgets, headers, facts (all when none is named)
import {
	DIST_CHECKS,
	isDistCheckName,
	runDistChecks,
	type DistCheckName,
} from '../build-checks/check-built-site.ts';
import {
	NoBuiltSiteError,
	readBuiltSite,
	type BuiltSite,
} from '../build-checks/dist/read-built-site.ts';

const args = process.argv.slice(2);
let folder = 'dist';
const names: DistCheckName[] = [];
for (let index = 0; index < args.length; index += 1) {
	const arg = args[index] ?? '';
	if (arg === '--dist') folder = args[(index += 1)] ?? folder;
	else if (isDistCheckName(arg)) names.push(arg);
	else {
		console.error(
			`check:dist: unknown check “${arg}”. Checks: ${Object.keys(DIST_CHECKS).join(', ')}.`,
		);
		process.exit(2);
	}
}

const started = performance.now();
let site: BuiltSite;
try {
	site = readBuiltSite(folder);
} catch (error) {
	if (!(error instanceof NoBuiltSiteError)) throw error;
	console.error(`check:dist: ${error.message}`);
	process.exit(1);
}
const readSeconds = (performance.now() - started) / 1000;
console.log(
	`Read ${site.files.size} files in ${folder}/ and parsed ${site.pages.size} pages once (${readSeconds.toFixed(1)} s).\n`,
);

const outcomes = await runDistChecks(site, names.length ? names : undefined);
for (const outcome of outcomes) {
	const mark = outcome.passed ? 'passed' : 'FAILED';
	console.log(`${outcome.name} ${mark} (${outcome.seconds.toFixed(1)} s): ${outcome.summary}`);
	for (const warning of outcome.warnings) console.warn(`  warning: ${warning}`);
	if (outcome.details)
		(outcome.passed ? console.log : console.error)(
			`\n${outcome.details.replace(/^/gm, '  ').trimEnd()}\n`,
		);
}
const failed = outcomes.filter((outcome) => !outcome.passed);
if (failed.length) {
	console.error(`\nDist check failed: ${failed.map((outcome) => outcome.name).join(', ')}.`);
	process.exit(1);
}
console.log(
	`\nDist check passed: ${outcomes.map((outcome) => outcome.name).join(', ')} (${((performance.now() - started) / 1000).toFixed(1)} s in all).`,
);
