/** How `wrapText` lays out one paragraph. */
export interface WrapOptions {
	/** The longest a line may be, counting its indent. Plain-text readers expect about 80. */
	width?: number;
	/** Put before the first line, e.g. `'  - '` for a bullet or `'  1. '` for a numbered item. */
	firstIndent?: string;
	/** Put before every later line. Defaults to spaces as wide as `firstIndent`: a hanging indent. */
	indent?: string;
}

/**
 * Wraps one paragraph at word boundaries, greedily, so no line is longer than `width`.
 * Runs of white space become one space. A word longer than a line (usually a web address)
 * gets a line of its own and is never split, so it can still be copied whole.
 * @example wrapText('one two three', { width: 8 }) // "one two\nthree"
 * @example wrapText('a long item', { width: 8, firstIndent: '- ' }) // "- a long\n  item"
 */
export function wrapText(
	text: string,
	{ width = 80, firstIndent = '', indent }: WrapOptions = {},
): string {
	const words = text.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return '';
	const laterIndent = indent ?? ' '.repeat(firstIndent.length);
	const lines: string[] = [];
	let line = firstIndent + words[0];
	for (const word of words.slice(1)) {
		if (line.length + 1 + word.length <= width) {
			line += ` ${word}`;
		} else {
			lines.push(line);
			line = laterIndent + word;
		}
	}
	lines.push(line);
	return lines.join('\n');
}

/**
 * A heading for plain text: the title wrapped, then a line of `=` or `-` as long as its
 * longest line (the Markdown "setext" style, which reads well as plain text too).
 * @example underline('Background', '-') // "Background\n----------"
 */
export function underline(title: string, character: '=' | '-', width = 80): string {
	const wrapped = wrapText(title, { width });
	const longest = Math.max(...wrapped.split('\n').map((line) => line.length));
	return `${wrapped}\n${character.repeat(longest)}`;
}
