/** Edits (insert, delete, replace, swap two neighbours) that turn one word into another. */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i <= a.length; i += 1) {
		for (let j = 1; j <= b.length; j += 1) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const row = rows[i] as number[];
			const previous = rows[i - 1] as number[];
			row[j] = Math.min(
				(previous[j] as number) + 1,
				(row[j - 1] as number) + 1,
				(previous[j - 1] as number) + cost,
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
			}
		}
	}
	return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known word closest to a misspelt one, if it is close enough to be a likely typo
 * (at most a third of its letters wrong).
 * @example nearestWord('darft', ['draft', 'search']) // 'draft'
 */
export function nearestWord(word: string, known: readonly string[]): string | undefined {
	let best: { word: string; distance: number } | undefined;
	for (const candidate of known) {
		const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
		if (!best || distance < best.distance) best = { word: candidate, distance };
	}
	return best && best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.word : undefined;
}
