import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { findYamlHazards, isExpandingHazard, type YamlHazard } from './find-yaml-hazards.ts';

/** A content file split into its YAML data and Markdown body. */
export interface ParsedEntryFile {
	/** The parsed YAML (frontmatter for prose, the whole file for data). */
	data: unknown;
	/** The YAML text (the frontmatter for prose), to read a field's text as written. */
	yamlText: string;
	/** The YAML document, kept to find the line and text of a field. */
	document: Document;
	/** Turns an offset within the YAML into a 1-based line of the file. */
	lineOf: (offset: number) => number;
	/** Markdown body after the frontmatter ('' for data files). */
	body: string;
	/** The file line the body starts on (1 for data files). */
	bodyStartLine: number;
	/** Anchors, aliases, tags and comments, with their file line (find-yaml-hazards.ts). */
	hazards: YamlHazard[];
	/** Why the YAML was not loaded, with the file line: syntax errors, or anchors/aliases. */
	syntaxErrors: { line: number; message: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Splits and parses a content file the way Astro does: frontmatter between `---` lines
 * for Markdown, the whole file for YAML data. YAML with anchors or aliases is never loaded:
 * a few lines of them can expand to gigabytes (an "alias bomb").
 */
export function parseEntryFile(source: string, kind: 'prose' | 'data'): ParsedEntryFile {
	let yamlText = source;
	let lineOffset = 0;
	let body = '';
	if (kind === 'prose') {
		const match = FRONTMATTER.exec(source);
		if (!match) {
			return {
				data: undefined,
				yamlText: '',
				document: parseDocument(''),
				lineOf: () => 1,
				body: source,
				bodyStartLine: 1,
				hazards: [],
				syntaxErrors: [
					{
						line: 1,
						message: 'Expected frontmatter between two “---” lines at the top of the file',
					},
				],
			};
		}
		yamlText = match[1] ?? '';
		lineOffset = 1; // the opening `---`
		body = source.slice(match[0].length);
	}
	const bodyStartLine =
		kind === 'prose' ? source.slice(0, source.length - body.length).split('\n').length : 1;
	const hazards = findYamlHazards(yamlText).map((hazard) => ({
		...hazard,
		line: hazard.line + lineOffset,
	}));
	// `yaml` keeps positions, so problems can name a line. It does not expand aliases while parsing.
	const lineCounter = new LineCounter();
	const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
	const lineOf = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
	const parsed = { yamlText, document, lineOf, body, bodyStartLine, hazards };
	const expanding = hazards.filter(isExpandingHazard);
	if (expanding.length)
		return {
			...parsed,
			data: undefined,
			syntaxErrors: expanding.map(({ line, expected }) => ({ line, message: expected })),
		};
	// js-yaml is what Astro parses with: its verdict and its values are what the build will see.
	try {
		const data: unknown = jsYaml.load(yamlText);
		return { ...parsed, data, syntaxErrors: [] };
	} catch (error) {
		const yamlError = error as { mark?: { line: number }; reason?: string; message: string };
		const line = (yamlError.mark?.line ?? 0) + 1 + lineOffset;
		return {
			...parsed,
			data: undefined,
			syntaxErrors: [
				{
					line,
					message: `YAML that can be read (${yamlError.reason ?? yamlError.message.split('\n')[0]})`,
				},
			],
		};
	}
}
