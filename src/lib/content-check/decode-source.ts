// A content file's bytes as text, refusing what the build would silently mangle: bytes that are
// not UTF-8 (Astro would show them as “�”) and a byte-order mark (which hides the opening `---`
// from the frontmatter parser, so the error would wrongly say the frontmatter is missing).

/** What is wrong with a file's encoding, with the line it is on. */
export interface EncodingProblem {
	line: number;
	expected: string;
	found: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BYTE_ORDER_MARK = '\uFEFF';

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
	let low = 0;
	let high = bytes.length;
	// Decoding a prefix succeeds until it includes the bad byte (a cut sequence at the end of a
	// prefix is tolerated with `stream`), so the first bad offset can be found by halving.
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle + 1), {
				stream: true,
			});
			low = middle + 1;
		} catch {
			high = middle;
		}
	}
	return low;
}

/**
 * Decodes a content file. Returns the text (without a byte-order mark, so the rest of the file
 * can still be checked) and the encoding problems found.
 * @example decodeSource(new Uint8Array([0x61, 0xff])).problems[0].line // 1
 */
export function decodeSource(bytes: Uint8Array): {
	text: string | undefined;
	problems: EncodingProblem[];
} {
	let text: string;
	try {
		text = UTF8.decode(bytes);
	} catch {
		const offset = firstInvalidByte(bytes);
		const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
		const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
		return {
			text: undefined,
			problems: [
				{
					line,
					expected: 'text saved as UTF-8 (save the file again as “UTF-8”)',
					found: `the byte 0x${hex}, which is not UTF-8`,
				},
			],
		};
	}
	if (!text.startsWith(BYTE_ORDER_MARK)) return { text, problems: [] };
	return {
		text: text.slice(BYTE_ORDER_MARK.length),
		problems: [
			{
				line: 1,
				expected:
					'a file that starts with “---” or a field (save it as “UTF-8”, not “UTF-8 with BOM”)',
				found: 'an invisible byte-order mark at the start',
			},
		],
	};
}
