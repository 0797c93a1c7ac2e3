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
 * @example labelFor('multi-agency-working') // "Multi-agency working"
 */
export function labelFor(value: string): string {
	const words = value.split('-').map((word) => SPECIAL_WORDS[word] ?? word);
	// "multi agency" reads as one word with its hyphen kept.
	const sentence = words.join(' ').replace(/\bmulti /g, 'multi-');
	return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
