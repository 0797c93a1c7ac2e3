import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';

/** A content file split into its YAML data and Markdown body. */
export interface ParsedEntryFile {
	/** The parsed YAML (frontmatter for prose, the whole file for data). */
	data: unknown;
	/** The YAML document, kept to find the line of a field. */
	document: Document;
	/** Turns an offset within the YAML into a 1-based line of the file. */
	lineOf: (offset: number) => number;
	/** Markdown body after the frontmatter ('' for data files). */
	body: string;
	/** YAML syntax errors, with their file line. */
	syntaxErrors: { line: number; message: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Splits and parses a content file the way Astro does: frontmatter between `---` lines
 * for Markdown, the whole file for YAML data.
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
				document: parseDocument(''),
				lineOf: () => 1,
				body: source,
				syntaxErrors: [{ line: 1, message: 'Expected frontmatter between two “---” lines at the top of the file' }],
			};
		}
		yamlText = match[1] ?? '';
		lineOffset = 1; // the opening `---`
		body = source.slice(match[0].length);
	}
	// `yaml` keeps positions, so problems can name a line.
	const lineCounter = new LineCounter();
	const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
	const lineOf = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
	// js-yaml is what Astro parses with: its verdict and its values are what the build will see.
	try {
		const data: unknown = jsYaml.load(yamlText);
		return { data, document, lineOf, body, syntaxErrors: [] };
	} catch (error) {
		const yamlError = error as { mark?: { line: number }; reason?: string; message: string };
		const line = (yamlError.mark?.line ?? 0) + 1 + lineOffset;
		return { data: undefined, document, lineOf, body, syntaxErrors: [{ line, message: `YAML that can be read (${yamlError.reason ?? yamlError.message.split('\n')[0]})` }] };
	}
}
