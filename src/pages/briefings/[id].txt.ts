// The plain-text version of each briefing, at /briefings/<id>.txt: built from the same
// frontmatter as the page, wrapped at 80 characters, with the source and the page's address.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { absoluteUrl } from '../../lib/briefings/absolute-url.ts';
import { briefingToText } from '../../lib/briefings/briefing-text.ts';
import { getPublished } from '../../lib/content/queries.ts';
import { entryUrl } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
	const briefings = await getPublished('briefings');
	return briefings.map((briefing) => ({ params: { id: briefing.id }, props: { briefing } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ briefing: CollectionEntry<'briefings'> }> = ({ props }) => {
	const text = briefingToText(props.briefing.data, {
		pageUrl: absoluteUrl(entryUrl('briefings', props.briefing.id)),
	});
	// A byte order mark makes browsers read the file as UTF-8 (curly quotes, ’) even when a
	// server sends .txt files without a charset, as `astro preview` does.
	return new Response(`\uFEFF${text}`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
