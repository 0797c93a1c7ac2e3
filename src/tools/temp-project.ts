// A throwaway copy of this project in a temporary folder, for builds that must not touch the
// checkout: the benchmark's synthetic sites and the content editor tests (tests/helpers/cms-editor.ts).
//
// node_modules is a real folder of per-package symlinks, not one symlink: Astro writes its cache to
// <root>/node_modules/.astro and Vite to node_modules/.vite, and a shared cache would leak between
// builds (and into the checkout). The packages themselves are read-only, so linking them is safe.
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	symlinkSync,
	unlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository this file belongs to. */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

// Caches that builds write into node_modules: each copy gets its own.
const WRITABLE_CACHES = new Set(['.astro', '.vite', '.cache']);

/** What to copy from the checkout; the defaults are what `astro build` reads. */
export interface TempProjectOptions {
	/** Prefix of the temporary folder's name. */
	prefix?: string;
	/** Top-level files and folders to copy. */
	copy?: readonly string[];
}

const DEFAULT_COPY = [
	'src',
	'content',
	'public',
	'cms',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
];

/** Links every package of the checkout's node_modules into `target`, except the build caches. */
export function linkNodeModules(target: string, source = join(REPO_ROOT, 'node_modules')): void {
	mkdirSync(target, { recursive: true });
	for (const name of readdirSync(source)) {
		if (WRITABLE_CACHES.has(name)) continue;
		symlinkSync(join(source, name), join(target, name));
	}
}

/**
 * Copies the project into a new temporary folder and returns its path. The caller removes it
 * with `removeTempProject` (the bench keeps none; a failed test may leave one in the OS temp folder).
 */
export function createTempProject({
	prefix = 'rscp-',
	copy = DEFAULT_COPY,
}: TempProjectOptions = {}): string {
	const root = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of copy) {
		const from = join(REPO_ROOT, entry);
		if (existsSync(from)) cpSync(from, join(root, entry), { recursive: true });
	}
	linkNodeModules(join(root, 'node_modules'));
	return root;
}

/** Deletes a temporary project made by `createTempProject` (never anything outside the OS temp folder). */
export function removeTempProject(root: string): void {
	if (!resolve(root).startsWith(resolve(tmpdir())))
		throw new Error(`Refusing to delete ${root}: not a temporary project.`);
	// Unlink the package links first, so removing the copy can never reach the real node_modules.
	const linked = join(root, 'node_modules');
	for (const entry of existsSync(linked) ? readdirSync(linked, { withFileTypes: true }) : []) {
		if (entry.isSymbolicLink()) unlinkSync(join(linked, entry.name));
	}
	rmSync(root, { recursive: true, force: true });
}
