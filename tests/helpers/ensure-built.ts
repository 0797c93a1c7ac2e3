// Unit tests that read built files build the site once when dist/ lacks them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Runs `npx astro build` when `marker` is missing. A lock folder stops two test files (node --test
 * runs files in parallel) from building at once; the second waits, then finds the marker.
 */
export function ensureBuilt(marker: string): void {
	if (existsSync(marker)) return;
	const lock = join(tmpdir(), `rscp-test-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);
	const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
	for (;;) {
		try {
			mkdirSync(lock);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			// A lock left by a killed run is stale after ten minutes.
			try {
				if (statSync(lock).mtimeMs < Date.now() - 10 * 60 * 1000) rmSync(lock, { recursive: true, force: true });
			} catch {}
			sleep(500);
		}
	}
	try {
		if (existsSync(marker)) return;
		const result = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		if (result.status !== 0) throw new Error(`npx astro build failed:\n${result.stdout}\n${result.stderr}`);
		if (!existsSync(marker)) throw new Error(`npx astro build did not write ${marker}.`);
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}
