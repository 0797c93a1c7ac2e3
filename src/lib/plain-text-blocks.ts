/** A block of plain text: a paragraph or a bullet list. */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/**
 * Splits a multi-line text field into paragraphs and bullet lists, so editors can
 * write structure without HTML. Lines starting with "- " or "* " become list items;
 * blank lines separate paragraphs. Nothing is treated as HTML: the page escapes it.
 * @example toTextBlocks('Intro\n\n- one\n- two') // [{kind:'paragraph',text:'Intro'},{kind:'list',items:['one','two']}]
 */
export function toTextBlocks(text: string): TextBlock[] {
	const blocks: TextBlock[] = [];
	let paragraph: string[] = [];
	let list: string[] | undefined;
	const flushParagraph = () => {
		if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
		paragraph = [];
	};
	for (const rawLine of text.split(/\r?\n/)) {
		const line = rawLine.trim();
		const bullet = /^[-*]\s+(.*)$/.exec(line);
		if (bullet) {
			flushParagraph();
			if (!list) {
				list = [];
				blocks.push({ kind: 'list', items: list });
			}
			list.push(bullet[1] ?? '');
		} else if (line === '') {
			flushParagraph();
			list = undefined;
		} else if (list && /^\s{2,}/.test(rawLine)) {
			// An indented line continues the previous bullet.
			list[list.length - 1] += ` ${line}`;
		} else {
			list = undefined;
			paragraph.push(line);
		}
	}
	flushParagraph();
	return blocks;
}
