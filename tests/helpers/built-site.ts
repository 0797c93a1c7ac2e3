// For tests of the built site (tests/dist/, and the E2E specs that read dist/): the one build that
// `npm test` makes before them. Nothing here builds: a missing build is a failure that says how
// to make one, never a reason to build again or to skip.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltSite, type BuiltSite } from '../../src/build-checks/dist/read-built-site.ts';

/** The build folder, next to tests/. */
export const DIST = join(import.meta.dirname, '../../dist');

/** Unit tests never read dist/: under `npm run test:unit` asking for it is a mistake in the test's tier. */
function refuseInUnitTier(): void {
	if (process.env.npm_lifecycle_event === 'test:unit') {
		throw new Error(
			'A unit test asked for dist/. Unit tests never need a build: move this test to tests/dist/ (run after the build).',
		);
	}
}

/** Throws unless every given file (relative to dist/) was built. */
export function requireBuilt(...files: string[]): void {
	refuseInUnitTier();
	const missing = files.filter((file) => !existsSync(join(DIST, file)));
	if (missing.length) {
		throw new Error(
			`dist/ has no ${missing.join(', ')}: build the site first (\`npm run build\`; \`npm test\` builds it once, before this tier).`,
		);
	}
}

let site: BuiltSite | undefined;

/** The built site, read and parsed once per test process by the same reader as `npm run check:dist`. */
export function builtSite(): BuiltSite {
	refuseInUnitTier();
	site ??= readBuiltSite(DIST);
	return site;
}
