// Copies Decap CMS's prebuilt bundle from the npm package into public/admin/, so the admin
// loads it from our own origin (no CDN). Runs as npm's `postinstall`.
// Usage: node src/tools/copy-decap-bundle.ts
//
// The bundle is decap-cms.js plus its lazy chunks (NNN.decap-cms.js) and two .wasm files; the
// chunks load relative to the main script, so they all sit together. They are gitignored.
//
// `npm install --package-lock-only` also runs postinstall, with no node_modules and the system
// Node (20, which cannot run .ts files): package.json only calls this script when
// node_modules/decap-cms exists, and the script itself exits quietly without it. It uses only
// APIs that Node 20 has, so it stays safe if it ever runs there through a type-stripping loader.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const source = join(root, 'node_modules/decap-cms/dist');
const target = join(root, 'public/admin');
const isBundleFile = (name: string) => name.endsWith('decap-cms.js') || name.endsWith('.wasm');

if (!existsSync(source)) {
	console.log(
		'copy-decap-bundle: node_modules/decap-cms is not installed; the admin bundle was not copied.',
	);
	process.exit(0);
}

mkdirSync(target, { recursive: true });
// Remove the previous version's chunks first: their names change between Decap releases.
// Only bundle files go; anything else in public/admin/ (the config) stays.
for (const name of readdirSync(target)) {
	if (isBundleFile(name)) rmSync(join(target, name));
}
const files = readdirSync(source).filter(isBundleFile);
if (!files.includes('decap-cms.js')) {
	console.error(`copy-decap-bundle: ${source} has no decap-cms.js. Reinstall with npm ci.`);
	process.exit(1);
}
for (const name of files) copyFileSync(join(source, name), join(target, name));
console.log(`copy-decap-bundle: copied ${files.length} Decap CMS files to public/admin/.`);
