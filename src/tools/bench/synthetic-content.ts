// Synthetic entries for the build benchmark (npm run bench): copies of the real briefings and
// newsletters, so every synthetic entry has exactly the shape, length and references of a real one,
// each with its own title and a paragraph of its own words (so search indexes are not all duplicates).
import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { toDecapLayout } from '../../lib/content-check/decap-layout.ts';
import { fieldOrderOf } from '../../lib/content-check/field-order.ts';
import { parseEntryFile } from '../../lib/content-check/parse-entry-file.ts';

/** A real entry used as a pattern. */
export interface TemplateEntry {
	/** `briefings` or `newsletters`. */
	collection: string;
	/** Its file name, e.g. `was-not-brought.md`. */
	file: string;
	/** The whole file. */
	source: string;
}

/** A synthetic entry to write into `content/<collection>/<file>`. */
export interface SyntheticEntry {
	collection: string;
	file: string;
	source: string;
}

/** A small deterministic generator, so two runs of the bench build the same sites. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		// xorshift32
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 2 ** 32;
	};
}

/** The words of the templates' bodies, for synthetic paragraphs. */
export function vocabularyOf(templates: readonly TemplateEntry[]): string[] {
	const words = new Set<string>();
	for (const template of templates) {
		for (const word of parseEntryFile(template.source, 'prose').body.match(/\b[a-z]{4,}\b/g) ?? [])
			words.add(word);
	}
	return [...words].sort();
}

/**
 * `count` entries, shared evenly between the templates' collections (briefings and newsletters),
 * each a copy of a template of its collection with the title numbered and a paragraph added.
 * @example makeSyntheticEntries(templates, 100) // 50 briefings, 50 newsletters
 */
export function makeSyntheticEntries(
	templates: readonly TemplateEntry[],
	count: number,
	seed = 7,
): SyntheticEntry[] {
	const collections = [...new Set(templates.map((template) => template.collection))].sort();
	if (collections.length === 0) throw new Error('No templates to copy.');
	const vocabulary = vocabularyOf(templates);
	const random = seededRandom(seed);
	const entries: SyntheticEntry[] = [];
	for (let index = 0; index < count; index += 1) {
		const collection = collections[index % collections.length] ?? '';
		const ofCollection = templates.filter((template) => template.collection === collection);
		const number = Math.floor(index / collections.length) + 1;
		const template = ofCollection[(number - 1) % ofCollection.length];
		if (!template) continue;
		const parsed = parseEntryFile(template.source, 'prose');
		const title = (parsed.data as { title?: string } | undefined)?.title ?? 'Entry';
		const frontmatter = template.source.slice(0, template.source.length - parsed.body.length);
		// Only the title line changes, so the entry stays valid for its schema and its references resolve.
		const numbered = frontmatter.replace(
			/^title:.*$/m,
			`title: ${JSON.stringify(`${title} (synthetic ${number})`)}`,
		);
		const words = Array.from(
			{ length: 60 },
			() => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'safeguarding',
		);
		const paragraph = `\n\n## Synthetic notes ${number}\n\n${words.join(' ')}.\n`;
		const base = template.file.replace(/\.(md|mdx)$/, '');
		const extension = template.file.endsWith('.mdx') ? 'mdx' : 'md';
		// In the CMS's layout, as every content file is (the content check refuses any other).
		const definition = COLLECTIONS[collection as CollectionName];
		const source = toDecapLayout(
			`${numbered}${parsed.body.trimEnd()}${paragraph}`,
			'prose',
			definition ? fieldOrderOf(definition) : [],
		);
		entries.push({ collection, file: `${base}-synthetic-${number}.${extension}`, source });
	}
	return entries;
}
