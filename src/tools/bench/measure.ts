// Runs a command and measures its wall-clock time and peak memory. Peak memory comes from GNU time
// (`/usr/bin/time -v`, "Maximum resident set size": the largest process of the tree) when it is
// installed, else from sampling the process's resident memory every 100 ms (which can miss a short peak).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

/** How peak memory is measured on this machine, for the report. */
export const MEMORY_METHOD = existsSync(GNU_TIME)
	? 'GNU time’s maximum resident set size of the build process'
	: 'the build process’s resident memory, sampled every 100 ms';

/** What a measured run took. */
export interface Measured {
	seconds: number;
	peakMb: number | undefined;
	/** User plus system CPU seconds of the process tree, from GNU time; undefined without it. */
	cpuSeconds: number | undefined;
	status: number;
	/** The last part of its output, for error messages. */
	output: string;
}

/** Runs `command args` in `cwd`, measuring it; output is kept, not shown. */
export function measure(
	command: string,
	args: readonly string[],
	cwd: string,
	env: NodeJS.ProcessEnv = {},
): Promise<Measured> {
	const useTime = existsSync(GNU_TIME);
	const [file, fileArgs] = useTime ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
	const started = performance.now();
	const child = spawn(file, fileArgs, {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	let output = '';
	const keep = (chunk: Buffer) => {
		output = (output + chunk.toString('utf8')).slice(-20_000);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	let sampledKb = 0;
	const sampler = useTime
		? undefined
		: setInterval(() => {
				try {
					const rss = /VmRSS:\s+(\d+) kB/.exec(
						readFileSync(`/proc/${child.pid}/status`, 'utf8'),
					)?.[1];
					sampledKb = Math.max(sampledKb, Number(rss ?? 0));
				} catch {
					// The process has just ended.
				}
			}, 100);
	return new Promise((resolve) => {
		child.on('close', (code) => {
			if (sampler) clearInterval(sampler);
			const seconds = (performance.now() - started) / 1000;
			const timeKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
			const peakKb = useTime ? Number(timeKb ?? Number.NaN) : sampledKb;
			const user = /User time \(seconds\): ([\d.]+)/.exec(output)?.[1];
			const system = /System time \(seconds\): ([\d.]+)/.exec(output)?.[1];
			resolve({
				seconds,
				peakMb: Number.isFinite(peakKb) && peakKb > 0 ? (peakKb * 1024) / 1e6 : undefined,
				cpuSeconds: user && system ? Number(user) + Number(system) : undefined,
				status: code ?? 1,
				output,
			});
		});
	});
}
