// YAML features that must not appear in content, found from the tokens before the YAML is loaded:
// - anchors and aliases (`&name`, `*name`): a few lines of them can expand to gigabytes (an "alias
//   bomb") and hang the build, and Decap writes the values out in full on the next save anyway;
// - tags (`!!str`, `!something`): Decap drops them when it saves;
// - comments (`# …`): Decap drops them when it saves, so a note left there would vanish.
import { CST, Lexer } from 'yaml';

/** One refused YAML feature, with its 1-based line within the YAML text. */
export interface YamlHazard {
	line: number;
	expected: string;
	found: string;
}

const CONTROL_CHARACTERS = /[\u0002\u0018\u001f]/g;

const EXPANDING_ADVICE = 'no YAML anchors (&name) or aliases (*name): write each value out in full';

const ADVICE: Partial<Record<string, string>> = {
	tag: 'no YAML tags (!…): the CMS drops them when it saves',
	comment:
		'no YAML comments (# …): the CMS deletes them when it saves; put notes for editors in “What needs confirming”',
};

const brief = (token: string) => `“${token.length > 40 ? `${token.slice(0, 37)}…` : token}”`;

/**
 * Lists anchors, aliases, tags and comments in YAML text without loading it. Each comment and
 * tag is listed; anchors and aliases once per file (an alias bomb has hundreds), at the first.
 * @example findYamlHazards('a: &x 1\nb: *x\n').map((h) => h.found) // ['“&x” and 1 more anchor or alias']
 */
export function findYamlHazards(yamlText: string): YamlHazard[] {
	const hazards: YamlHazard[] = [];
	const expanding: { line: number; token: string }[] = [];
	let line = 1;
	for (const token of new Lexer().lex(yamlText)) {
		const type = CST.tokenType(token);
		if (type === 'anchor' || type === 'alias') expanding.push({ line, token });
		else if (type === 'tag' || type === 'comment')
			hazards.push({ line, expected: ADVICE[type] ?? '', found: brief(token) });
		// The lexer's tokens are the source, plus a few control characters that mark token starts.
		line += token.replace(CONTROL_CHARACTERS, '').split('\n').length - 1;
	}
	const [first] = expanding;
	if (first) {
		const more = expanding.length - 1;
		hazards.push({
			line: first.line,
			expected: EXPANDING_ADVICE,
			found: `${brief(first.token)}${more ? ` and ${more} more anchor${more === 1 ? '' : 's'} or alias${more === 1 ? '' : 'es'}` : ''}`,
		});
	}
	return hazards.sort((a, b) => a.line - b.line);
}

/** True for the hazard that stops the YAML being loaded at all. */
export const isExpandingHazard = (hazard: YamlHazard) => hazard.expected === EXPANDING_ADVICE;
