// Rewrites content files into exactly the layout Decap CMS saves them in, so that the next save
// through the CMS changes only what the editor changed (src/lib/content-check/decap-layout.ts).
// The content check refuses files in any other layout; run this after editing content by hand.
// Usage: npm run format:content [-- <root folder>]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { COLLECTIONS } from '../schemas/collections.ts';
import { toDecapLayout } from '../lib/content-check/decap-layout.ts';
import { fieldOrderOf } from '../lib/content-check/field-order.ts';

const root = resolve(process.argv[2] ?? '.');
let changed = 0;
let failed = 0;
for (const definition of Object.values(COLLECTIONS)) {
	const folder = join(root, definition.folder);
	if (!existsSync(folder)) continue;
	const fieldOrder = fieldOrderOf(definition);
	const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter(
		(dirent) =>
			dirent.isFile() &&
			definition.extensions.some((extension: string) => dirent.name.endsWith(`.${extension}`)),
	);
	for (const dirent of files) {
		const path = join(dirent.parentPath, dirent.name);
		const text = readFileSync(path, 'utf8');
		try {
			const layout = toDecapLayout(text, definition.kind, fieldOrder);
			if (layout === text) continue;
			writeFileSync(path, layout);
			changed += 1;
			console.log(`formatted ${relative(root, path)}`);
		} catch (error) {
			failed += 1;
			console.error(`could not read ${relative(root, path)}: ${(error as Error).message}`);
		}
	}
}
console.log(
	`${changed} file(s) rewritten in the CMS layout${failed ? `, ${failed} could not be read (run npm run check:content)` : ''}.`,
);
process.exit(failed ? 1 : 0);
