import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlossarySchema } from '../../schemas/glossary.ts';
import { parseEntryFile } from '../content-check/parse-entry-file.ts';
import { entryIdFor } from '../content-check/validate-content.ts';
import type { GlossaryTerm } from './rehype-glossary-abbr.ts';

/**
 * Reads the published glossary from `content/glossary/*.yaml` for the Markdown pipeline,
 * which is set up in `astro.config.mjs` before content collections exist.
 * Parsed as Astro parses it (js-yaml) and through the same schema, so defaults such as
 * `isAcronym: true` apply. Drafts and invalid entries are left out: they have no
 * glossary page to link to (`npm run check:content` reports invalid ones). So is an entry whose
 * full form is still to be confirmed: its `<abbr>` would have no title to give.
 */
export function loadGlossaryTerms(folder: string | URL): GlossaryTerm[] {
	const directory = folder instanceof URL ? fileURLToPath(folder) : folder;
	if (!existsSync(directory)) return [];
	const schema = GlossarySchema();
	const terms: GlossaryTerm[] = [];
	for (const name of readdirSync(directory)
		.filter((file) => file.endsWith('.yaml'))
		.sort()) {
		const file = join(directory, name);
		const parsed = parseEntryFile(readFileSync(file, 'utf8'), 'data');
		const result = schema.safeParse(parsed.data ?? {});
		if (!result.success || result.data.draft) continue;
		const { title, expansion, isAcronym } = result.data;
		if (expansion === undefined) continue;
		// The same id Astro's glob loader gives the entry, so /glossary/<id>/ exists.
		terms.push({ id: entryIdFor(directory, file), title, expansion, isAcronym });
	}
	return terms;
}
