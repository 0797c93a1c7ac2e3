// Visiting pages in runs keeps E2E fast: one browser page per run instead of one test per URL,
// while a failure still names the run (and the report names each page).

/** Splits a list into runs of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let start = 0; start < items.length; start += size)
		chunks.push(items.slice(start, start + size));
	return chunks;
}
