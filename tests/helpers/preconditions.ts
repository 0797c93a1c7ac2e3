// Every conditional skip goes through here. Outside CI a test whose precondition is missing skips,
// saying why; in CI (CI=true) the same gap fails the run, because a skip there would let a broken
// setup pass as green. Skips that only choose a project (desktop or phone) are not preconditions.

/** Whether this run is CI (`CI=true`, as .ci/run and GitHub Actions set it). */
export const IN_CI = /^(1|true)$/i.test(process.env.CI ?? '');

/**
 * True when the precondition holds. When it does not: outside CI, false (the caller skips with
 * `reason`); in CI, throws, so the test fails with the reason instead of skipping.
 * Playwright: `test.skip(!precondition(ok, reason), reason)`.
 */
export function precondition(holds: boolean, reason: string): boolean {
	if (holds) return true;
	if (IN_CI)
		throw new Error(
			`${reason}. In CI a missing precondition fails instead of skipping: fix the setup.`,
		);
	return false;
}

/**
 * The `skip` option for a node:test test: false when the precondition holds, else the reason
 * (outside CI) or a thrown error (in CI, failing the file that defines the test).
 * node:test: `test(name, { skip: skipUnless(ok, reason) }, fn)`.
 */
export function skipUnless(holds: boolean, reason: string): string | false {
	return precondition(holds, reason) ? false : reason;
}
