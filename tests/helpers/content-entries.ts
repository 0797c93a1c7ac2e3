// Reading content/ the way a test needs it, without Astro: the published entries of a prose
// collection with their frontmatter as written (the yaml package's core schema: dates stay strings).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const CONTENT = join(import.meta.dirname, '../../content');

/** Published entries of a prose collection: id (the file name) and frontmatter. Drafts are not built. */
export function publishedEntries(
	collection: string,
): { id: string; data: Record<string, unknown> }[] {
	const folder = join(CONTENT, collection);
	return readdirSync(folder)
		.filter((name) => /\.md$/.test(name))
		.map((name) => {
			const yaml = readFileSync(join(folder, name), 'utf8').match(
				/^---\r?\n([\s\S]*?)\r?\n---/,
			)?.[1];
			if (yaml === undefined) throw new Error(`content/${collection}/${name} has no frontmatter`);
			return { id: name.replace(/\.md$/, ''), data: parse(yaml) as Record<string, unknown> };
		})
		.filter(({ data }) => data.draft !== true);
}
