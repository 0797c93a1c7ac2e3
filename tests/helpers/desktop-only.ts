/**
 * Details for a test or group that belongs to the desktop `chromium` project only. The phone
 * project (`mobile` in playwright.config.ts) leaves out everything with this tag, so such a test is
 * not run there, rather than run and skipped. Say why beside each use: a keyboard journey (a phone
 * has no Tab or Shift key), something the screen does not change (axe, the search index, PDFs,
 * fonts, the same search again), or a sweep of desktop widths.
 * @example test('the whole search works with the keyboard alone', DESKTOP_ONLY, async ({ page }) => {…})
 */
export const DESKTOP_ONLY = { tag: '@desktop-only' };

/** What the phone project leaves out: every test or group tagged DESKTOP_ONLY. */
export const DESKTOP_ONLY_TAG = /@desktop-only/;
