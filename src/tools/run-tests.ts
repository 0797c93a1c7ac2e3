// `npm test`: every stage of the test suite, in order, stopping at the first that fails, then a
// table of how long each took. One build, shared by every stage after it; nothing before the build
// needs one, and nothing after it builds again.
// Usage: npm test                      → every stage
//        npm test -- unit dist-tests   → only the stages named (in the order below)
//        npm test -- --from build      → the build and every stage after it
import { freePort } from '../lib/ports/free-port.ts';
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

/** One stage: a name for the table, and the npm script it runs. */
interface Stage {
	name: string;
	script: string;
	what: string;
}

export const STAGES: readonly Stage[] = [
	{ name: 'content', script: 'check:content', what: 'every content file against its schema' },
	{ name: 'types', script: 'check:types', what: 'astro check: TypeScript and .astro files' },
	{ name: 'lint', script: 'lint', what: 'ESLint, Stylelint and Prettier over src/ and tests/' },
	{ name: 'unit', script: 'test:unit', what: 'tests/unit: no build, no dist/' },
	{ name: 'build', script: 'build:site', what: 'astro build and the Pagefind index, once' },
	{
		name: 'dist-checks',
		script: 'check:dist',
		what: 'html-validate, links, budgets, headers, page facts: one reading of dist/',
	},
	{
		name: 'dist-tests',
		script: 'test:dist',
		what: 'tests/dist: calendars, feeds, contact details, case reviews, drafting language',
	},
	{
		name: 'e2e',
		script: 'test:e2e',
		what: 'Playwright: one visit per page (axe, CSP, requests), journeys, no-JS',
	},
];

/** Runs one npm script with its output on this terminal; resolves with its exit code. */
function runScript(script: string): Promise<number> {
	return new Promise((resolveExit) => {
		const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
		child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 1 : 0)));
		child.on('error', () => resolveExit(1));
	});
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () =>
	loadavg()
		.map((value) => value.toFixed(2))
		.join(', ');

/** The stages a command line asks for. */
function selectStages(args: readonly string[]): Stage[] {
	const known = (name: string) => {
		if (!STAGES.some((stage) => stage.name === name)) {
			console.error(
				`npm test: unknown stage “${name}”. Stages: ${STAGES.map((stage) => stage.name).join(', ')}.`,
			);
			process.exit(2);
		}
		return name;
	};
	if (args[0] === '--from') {
		const first = known(args[1] ?? '');
		return STAGES.slice(STAGES.findIndex((stage) => stage.name === first));
	}
	const names = new Set(args.map(known));
	return names.size ? STAGES.filter((stage) => names.has(stage.name)) : [...STAGES];
}

const stages = selectStages(process.argv.slice(2));
// Playwright's preview server needs a port; on a machine shared with other checkouts 4321 may be
// taken (and in CI a taken port fails the run), so unless PORT is set, take any free one.
process.env.PORT ??= String(await freePort());
const rows: { stage: Stage; ms: number; result: string }[] = [];
const started = performance.now();
let failed: Stage | undefined;
console.log(
	`npm test: ${stages.map((stage) => stage.name).join(' → ')} (load average at start: ${load()})`,
);
for (const stage of stages) {
	console.log(`\n==== ${stage.name}: npm run ${stage.script} (${stage.what}) ====\n`);
	const stageStarted = performance.now();
	const code = await runScript(stage.script);
	rows.push({
		stage,
		ms: performance.now() - stageStarted,
		result: code === 0 ? 'passed' : `FAILED (exit ${code})`,
	});
	if (code !== 0) {
		failed = stage;
		break;
	}
}
const total = performance.now() - started;
const skipped = stages.slice(rows.length).map((stage) => ({ stage, ms: 0, result: 'not run' }));
const width = Math.max(...stages.map((stage) => stage.name.length), 'total'.length);
console.log(`\n| ${'stage'.padEnd(width)} | npm run          |     time | result |`);
console.log(`| ${'-'.repeat(width)} | ---------------- | -------: | ------ |`);
for (const { stage, ms, result } of [...rows, ...skipped]) {
	console.log(
		`| ${stage.name.padEnd(width)} | ${stage.script.padEnd(16)} | ${(result === 'not run' ? '' : seconds(ms)).padStart(8)} | ${result} |`,
	);
}
console.log(
	`| ${'total'.padEnd(width)} |                  | ${seconds(total).padStart(8)} | ${failed ? 'FAILED' : 'passed'} |`,
);
console.log(
	`\nLoad average at the end (1, 5, 15 min): ${load()} on a machine shared with other work; times vary with it.`,
);
if (failed) {
	console.error(
		`\nnpm test failed at “${failed.name}” (npm run ${failed.script}); later stages did not run.`,
	);
	process.exit(1);
}
