import type { z } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	date: 'a date written as YYYY-MM-DD',
};

/**
 * Says what a field should hold, in words an editor understands, from a zod issue.
 * Our own messages (refinements) are kept as they are.
 * @example describeIssue({ code: 'too_small', origin: 'array', minimum: 3, ... }) // "at least 3 items"
 */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
	// Zod's own wording starts like this; any other message was written for editors in the schema.
	if (!/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message)) return issue.message;
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined)
				return `${TYPE_NAMES[issue.expected] ?? issue.expected} (this field is required)`;
			return TYPE_NAMES[issue.expected] ?? issue.expected;
		case 'too_small':
			if (issue.origin === 'string') return `text of at least ${issue.minimum} characters`;
			if (issue.origin === 'array')
				return `at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
			return `a value of at least ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'string') return `text of at most ${issue.maximum} characters`;
			if (issue.origin === 'array') return `at most ${issue.maximum} items`;
			return `a value of at most ${issue.maximum}`;
		case 'invalid_value':
			return `one of: ${issue.values.map((option) => String(option)).join(', ')}`;
		case 'unrecognized_keys':
			return `no fields other than the schema's (remove ${issue.keys.join(', ')})`;
		default:
			return issue.message;
	}
}
