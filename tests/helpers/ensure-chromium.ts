// Runs before Playwright (`npm run test:e2e`). Playwright cannot download its own browsers here,
// so the tests drive Debian's Chromium package; this makes sure it is installed.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEFAULT_PATH = '/usr/bin/chromium';
const executable = process.env.CHROMIUM_PATH ?? DEFAULT_PATH;
const INSTALL = 'apt-get update && apt-get install -y chromium';
const SUDO_INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';

if (existsSync(executable)) process.exit(0);

if (executable !== DEFAULT_PATH) {
	// apt would install to /usr/bin/chromium, which would not fix a wrong CHROMIUM_PATH.
	console.error(
		`CHROMIUM_PATH is “${executable}”, but no file is there. Fix the path or unset it.`,
	);
	process.exit(1);
}

if (process.getuid?.() !== 0) {
	console.error(`Chromium is missing (${DEFAULT_PATH}). Install it with:\n\n  ${SUDO_INSTALL}\n`);
	process.exit(1);
}

console.log(`Chromium is missing (${DEFAULT_PATH}); installing it: ${INSTALL}`);
// Output streams straight through so a slow or failing install is visible in the log.
const result = spawnSync('bash', ['-c', INSTALL], {
	stdio: 'inherit',
	env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
if (result.status !== 0 || !existsSync(DEFAULT_PATH)) {
	console.error(`Installing Chromium failed (exit ${result.status ?? result.signal}).`);
	process.exit(1);
}
