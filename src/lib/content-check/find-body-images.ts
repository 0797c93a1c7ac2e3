// Images in a Markdown body must exist next to the entry: otherwise Astro's build fails naming only
// the image, not the entry that uses it. The body is parsed with Sätteri, Astro's own Markdown
// parser, so images in code blocks are not counted and reference-style images are.
import { markdownToMdast } from 'satteri';

interface MdastNode {
	type: string;
	url?: string;
	identifier?: string;
	position?: { start: { line: number } };
	children?: MdastNode[];
}

/** One image a body shows, with its 1-based line within the body. */
export interface BodyImage {
	line: number;
	url: string;
}

/**
 * The local images a body shows (`![alt](images/x.jpg)` or `![alt][ref]`), leaving out web
 * addresses and site paths, which are not files next to the entry.
 */
export function findBodyImages(body: string): BodyImage[] {
	const root = markdownToMdast(body, { features: { frontmatter: false } }) as unknown as MdastNode;
	const definitions = new Map<string, string>();
	const images: { line: number; url?: string; identifier?: string }[] = [];
	const visit = (node: MdastNode) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'definition' && node.identifier && node.url !== undefined)
			definitions.set(node.identifier.toLowerCase(), node.url);
		if (node.type === 'image') images.push({ line, url: node.url });
		if (node.type === 'imageReference')
			images.push({ line, identifier: node.identifier?.toLowerCase() });
		for (const child of node.children ?? []) visit(child);
	};
	visit(root);
	return images
		.map(({ line, url, identifier }) => ({
			line,
			url: url ?? definitions.get(identifier ?? '') ?? '',
		}))
		.filter(({ url }) => url !== '' && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(url));
}
