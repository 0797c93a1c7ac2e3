// `npm test`: every stage of the test suite, then a table of how long each took. One build, shared
// by every stage after it; nothing before the build needs one, and nothing after it builds again.
// Stages run in two lanes side by side, because each of them keeps only one of the machine's two
// cores busy: the code lane (lint, unit tests) and the site lane (content, types, build, the
// checks of dist/). `astro check` is in the site lane because it writes .astro/ as the build
// does. A lane stops at its first failure; the other lane finishes, so one run reports both.
// The browser tests use both cores, so they run last, alone, and only if both lanes passed.
// Usage: npm test                      → every stage
//        npm test -- unit dist-tests   → only the stages named (in the order below)
//        npm test -- --from build      → the build and every stage after it
import { freePort } from '../lib/ports/free-port.ts';
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

/** One stage: a name for the table, the npm script it runs, and the lane it runs in. */
interface Stage {
	name: string;
	script: string;
	what: string;
	lane: 'code' | 'site' | 'browser';
}

export const STAGES: readonly Stage[] = [
	{
		name: 'content',
		script: 'check:content',
		what: 'every content file against its schema',
		lane: 'site',
	},
	{
		name: 'types',
		script: 'check:types',
		what: 'astro check: TypeScript and .astro files',
		lane: 'site',
	},
	{
		name: 'lint',
		script: 'lint',
		what: 'ESLint, Stylelint and Prettier over src/ and tests/',
		lane: 'code',
	},
	{ name: 'unit', script: 'test:unit', what: 'tests/unit: no build, no dist/', lane: 'code' },
	{
		name: 'build',
		script: 'build:site',
		what: 'astro build and the Pagefind index, once',
		lane: 'site',
	},
	{
		name: 'dist-checks',
		script: 'check:dist',
		what: 'html-validate, links, budgets, headers, page facts: one reading of dist/',
		lane: 'site',
	},
	{
		name: 'dist-tests',
		script: 'test:dist',
		what: 'tests/dist: calendars, feeds, contact details, case reviews, drafting language',
		lane: 'site',
	},
	{
		name: 'e2e',
		script: 'test:e2e',
		what: 'Playwright: one visit per page (axe, CSP, requests), journeys, no-JS',
		lane: 'browser',
	},
];

/**
 * Runs one npm script; resolves with its exit code. With `live`, its output goes straight to this
 * terminal; otherwise it is kept and printed in one block when the script ends, so that two lanes'
 * output never interleaves.
 */
function runScript(script: string, live: boolean): Promise<{ code: number; output: string }> {
	return new Promise((resolveExit) => {
		const child = spawn('npm', ['run', '--silent', script], {
			stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
		});
		const chunks: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
		const output = () => Buffer.concat(chunks).toString('utf8');
		child.on('close', (code, signal) =>
			resolveExit({ code: code ?? (signal ? 1 : 0), output: output() }),
		);
		child.on('error', (error) => resolveExit({ code: 1, output: `${output()}${error.message}\n` }));
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
const rows = new Map<Stage, { ms: number; result: string }>();
const started = performance.now();
console.log(
	`npm test: ${stages.map((stage) => stage.name).join(', ')} (load average at start: ${load()})`,
);

/** Runs a lane's stages in order, stopping at its first failure; true if every stage passed. */
async function runLane(laneStages: readonly Stage[], live: boolean): Promise<boolean> {
	for (const stage of laneStages) {
		const header = `==== ${stage.name}: npm run ${stage.script} (${stage.what}) ====`;
		console.log(live ? `\n${header}\n` : `[${stage.name} started]`);
		const stageStarted = performance.now();
		const { code, output } = await runScript(stage.script, live);
		const ms = performance.now() - stageStarted;
		if (!live) console.log(`\n${header} ${seconds(ms)}\n\n${output.trimEnd()}\n`);
		rows.set(stage, { ms, result: code === 0 ? 'passed' : `FAILED (exit ${code})` });
		if (code !== 0) return false;
	}
	return true;
}

const inLane = (lane: Stage['lane']) => stages.filter((stage) => stage.lane === lane);
const lanes = [inLane('code'), inLane('site')].filter((lane) => lane.length > 0);
// One lane alone streams its output as it comes; two lanes print each stage's output when it ends.
const lanesPassed = (
	await Promise.all(lanes.map((lane) => runLane(lane, lanes.length === 1)))
).every(Boolean);
if (lanesPassed) await runLane(inLane('browser'), true);
const failedStages = stages.filter((stage) => rows.get(stage)?.result.startsWith('FAILED'));
const total = performance.now() - started;
const width = Math.max(...stages.map((stage) => stage.name.length), 'total'.length);
console.log(`\n| ${'stage'.padEnd(width)} | npm run          |     time | result |`);
console.log(`| ${'-'.repeat(width)} | ---------------- | -------: | ------ |`);
for (const stage of stages) {
	const row = rows.get(stage);
	console.log(
		`| ${stage.name.padEnd(width)} | ${stage.script.padEnd(16)} | ${(row ? seconds(row.ms) : '').padStart(8)} | ${row?.result ?? 'not run'} |`,
	);
}
console.log(
	`| ${'total'.padEnd(width)} |                  | ${seconds(total).padStart(8)} | ${failedStages.length ? 'FAILED' : 'passed'} |`,
);
console.log(
	`\nStage times overlap: the code lane (lint, unit) runs beside the site lane (content to dist-tests); the total is the wall-clock time. Load average at the end (1, 5, 15 min): ${load()}; times vary with other work on the machine.`,
);
if (failedStages.length) {
	const names = failedStages.map((stage) => `“${stage.name}” (npm run ${stage.script})`).join(', ');
	console.error(`\nnpm test failed at ${names}; the stages after a failure did not run.`);
	process.exit(1);
}
