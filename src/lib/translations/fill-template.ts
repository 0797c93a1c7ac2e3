/**
 * Splits a sentence of the UI strings around its `{number}` mark, so a template can put a
 * PhoneLink (the number from the contacts collection) where each language's word order wants it.
 * Without the mark, the number goes at the end.
 * @example splitAtNumber('If a child is in immediate danger, call {number}.') // ["If a child is in immediate danger, call ", "."]
 */
export function splitAtNumber(sentence: string): [before: string, after: string] {
	const index = sentence.indexOf('{number}');
	if (index === -1) return [`${sentence} `, ''];
	return [sentence.slice(0, index), sentence.slice(index + '{number}'.length)];
}
