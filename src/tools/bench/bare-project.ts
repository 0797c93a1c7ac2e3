// The benchmark's baseline: a bare Astro project that renders the same briefings and newsletters
// with the same Markdown engine (Sätteri), one minimal page per entry (its title and its body),
// so the ratio shows what this site's layouts, components and extra pages cost.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES: Record<string, string> = {
	'package.json': `${JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2)}\n`,
	'astro.config.mjs': `import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://bench.invalid',
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: { processor: satteri() },
});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Only the title is read; the rest of the frontmatter is kept, unchecked.
const schema = z.looseObject({ title: z.string() });
export const collections = {
	briefings: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/briefings' }), schema }),
	newsletters: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/newsletters' }), schema }),
};
`,
	'src/pages/[collection]/[id].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	const entries = [...(await getCollection('briefings')), ...(await getCollection('newsletters'))];
	return entries.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---

<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<title>{entry.data.title}</title>
	</head>
	<body>
		<main>
			<h1>{entry.data.title}</h1>
			<Content />
		</main>
	</body>
</html>
`,
};

/** Writes the bare project's files into `root` (content and node_modules are added by the caller). */
export function writeBareProject(root: string): void {
	for (const [file, text] of Object.entries(FILES)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), text);
	}
}
