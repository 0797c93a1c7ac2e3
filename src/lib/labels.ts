/** Words that need more than a capital letter when an enum value becomes a label. */
const SPECIAL_WORDS: Record<string, string> = {
	childrens: 'children’s',
	cspr: 'CSPR',
	lado: 'LADO',
};

/**
 * Turns an enum value into a label for people.
 * @example labelFor('childrens-social-care') // "Children’s social care"
 * @example labelFor('voice-of-the-child') // "Voice of the child"
 */
export function labelFor(value: string): string {
	const words = value.split('-').map((word) => SPECIAL_WORDS[word] ?? word);
	const sentence = words.join(' ');
	return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
