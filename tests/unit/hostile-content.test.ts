// Hostile content, from an editor's mistake or a stolen CMS login, must never become script on a page.
// tests/fixtures/hostile/content/ holds the corpus; tests/fixtures/README.md says what each file tries.
// 1. Link fields refuse script, data and other-site addresses (the zod schemas).
// 2. Markdown bodies refuse raw scripts, frames, event handlers and script links (the content check,
//    which runs before every build), with file and line.
// 3. Frontmatter strings full of HTML are valid, and are shown as text: the real newsletter page,
//    list page and feed, rendered by Astro's compiler and runtime with the hostile newsletter added
//    to the real content (helpers/render-astro/, no build), prove Astro escapes them, and a scan of
//    src/ proves no template renders content with set:html.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { findUnsafeHtml } from '../../src/lib/content-check/find-unsafe-html.ts';
import { parseEntryFile } from '../../src/lib/content-check/parse-entry-file.ts';
import { validateContent } from '../../src/lib/content-check/validate-content.ts';
import { SafeUrlSchema } from '../../src/schemas/shared/fields.ts';
import { content, renderPage, SITE } from '../helpers/render-astro/render.ts';

const REPO_ROOT = join(import.meta.dirname, '../..');

const FIXTURES = join(import.meta.dirname, '../fixtures');
const HOSTILE = join(FIXTURES, 'hostile');
const HOSTILE_NEWSLETTER = 'content/newsletters/hostile-frontmatter.md';

describe('link fields refuse hostile addresses', () => {
	for (const url of [
		'javascript:alert(1)',
		' JaVaScRiPt:alert(1)', // case and a leading space (the schema trims, then must still refuse)
		'java\tscript:alert(1)', // browsers drop the tab, so this is javascript:
		'javascript&colon;alert(1)', // an HTML entity that an unescaped attribute would decode
		'vbscript:msgbox(1)',
		'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
		'DATA:image/svg+xml,<svg onload=alert(1)>',
		'//evil.example/', // another site, written as if it were a path
		'/\\evil.example/', // browsers read /\ as //
		'\\\\evil.example\\', // a Windows-style network path
		'https://example.org/ onmouseover=alert(1)', // breaking out of an unquoted attribute
		'file:///etc/passwd',
	]) {
		test(`refuses ${JSON.stringify(url)}`, () =>
			assert.equal(SafeUrlSchema.safeParse(url).success, false));
	}

	test('the fixtures with hostile link fields fail at exactly those fields', () => {
		const problems = checkHostileCorpus().filter((problem) => problem.field !== 'body');
		assert.deepEqual(problems.map(({ file, field }) => `${file} ${field}`).sort(), [
			'content/events/javascript-booking-link.md bookingUrl',
			'content/glossary/data-url-link.yaml link',
		]);
	});
});

describe('Markdown bodies refuse raw scripts, frames, handlers and script links', () => {
	test('the hostile body is reported at each line, and its code samples are not', () => {
		const problems = checkHostileCorpus().filter((problem) => problem.field === 'body');
		assert.deepEqual(
			problems.map(({ file, line, found }) => `${file}:${line} ${found}`),
			[
				'content/newsletters/raw-html-body.md:11 “<script>”',
				'content/newsletters/raw-html-body.md:13 “<iframe src="https://example.org/">”',
				// Once as HTML (no HTML in content at all), once for the handler.
				`content/newsletters/raw-html-body.md:15 “<img src="/favicon.svg" alt="" onerror="alert('handler')">”`,
				`content/newsletters/raw-html-body.md:15 “<img src="/favicon.svg" alt="" onerror="alert('handler')">”`,
				`content/newsletters/raw-html-body.md:19 “javascript:alert('link')”`,
				`content/newsletters/raw-html-body.md:19 “javascript:alert('encoded')”`, // java&#115;cript: decoded
				`content/newsletters/raw-html-body.md:21 “<a href="&#106;avascript:alert('raw link')">”`,
				`content/newsletters/raw-html-body.md:21 “<a href="&#106;avascript:alert('raw link')">”`,
				'content/newsletters/raw-html-body.md:23 “data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==”',
				'content/newsletters/raw-html-body.md:25 “vbscript:msgbox("reference")”',
				'content/newsletters/raw-html-body.md:29 “<div>”',
				// Inside an HTML block the ``` is not a code fence: this script would reach the page.
				'content/newsletters/raw-html-body.md:31 “<script>”',
			],
		);
	});

	test('hostile but valid frontmatter passes the check (it is escaped on the page, below)', () => {
		assert.deepEqual(
			checkHostileCorpus().filter((problem) => problem.file === HOSTILE_NEWSLETTER),
			[],
		);
	});

	test('allows ordinary Markdown, site links, images with data: sources and quoted code', () => {
		const body = [
			'A [site link](/report-a-concern/), a [web link](https://www.gov.uk/) and <https://www.nspcc.org.uk/>.',
			'',
			'![A dot](data:image/png;base64,iVBORw0KGgo=)',
			'',
			'Type `<script>` or `javascript:` to see why they are refused.',
		].join('\n');
		assert.deepEqual(findUnsafeHtml(body), []);
	});

	test('refuses harmless-looking HTML too: content holds none, so nothing can hide in it', () => {
		const found = findUnsafeHtml(
			'<abbr title="Local Authority Designated Officer">LADO</abbr>\n\n<!-- a note -->\n',
		);
		assert.deepEqual(
			found.map(({ line, expected }) => `${line} ${expected.split(':')[0]}`),
			['1 no HTML in content', '3 no HTML comments'],
		);
	});
});

describe('no template renders content as raw HTML', () => {
	// set:html writes a string without escaping. Each use here is reviewed: the string is not content.
	const ALLOWED_SET_HTML: Record<string, string> = {
		'src/pages/admin/index.astro':
			'JSON of label tables from the schemas for the CMS previews, with < escaped; no content',
	};

	test('set:html appears only where listed, never on frontmatter or bodies', () => {
		const files = readdirSync(join(REPO_ROOT, 'src'), { recursive: true, withFileTypes: true })
			.filter((dirent) => dirent.isFile() && /\.(astro|mdx)$/.test(dirent.name))
			.map((dirent) =>
				relative(REPO_ROOT, join(dirent.parentPath, dirent.name)).split(sep).join('/'),
			);
		const uses = files.filter((file) =>
			/\bset:html\b/.test(readFileSync(join(REPO_ROOT, file), 'utf8')),
		);
		assert.deepEqual(
			uses.filter((file) => !(file in ALLOWED_SET_HTML)),
			[],
			'set:html renders a string unescaped; render content with {expressions}, or list the file here with why it is safe',
		);
	});
});

describe('hostile but valid frontmatter is shown as text on the pages', () => {
	// The real page templates, rendered as the build renders them, with the hostile newsletter added
	// to the real content; the build itself never sees the fixture, so it can never ship.
	const source = readFileSync(join(HOSTILE, HOSTILE_NEWSLETTER), 'utf8');
	const frontmatter = parseEntryFile(source, 'prose').data as Record<string, string>;
	const id = 'hostile-frontmatter';
	const field = (name: string) => {
		const value = frontmatter[name];
		assert.ok(
			typeof value === 'string' && /[<>]/.test(value),
			`${HOSTILE_NEWSLETTER} must have a ${name} with markup in it`,
		);
		return value;
	};
	let page = '';
	let list = '';
	let feed = '';

	before(async () => {
		content.addEntry(content.parseEntry('newsletters', id, source));
		page = await renderPage('pages/newsletters/[id].astro', { id }, `/newsletters/${id}/`);
		list = await renderPage('pages/newsletters/index.astro', {}, '/newsletters/');
		const { GET } = (await import('../../src/pages/newsletters/rss.xml.ts')) as {
			GET: (context: { site: URL }) => Promise<Response>;
		};
		feed = await (await GET({ site: new URL(SITE) })).text();
	});

	test('the page shows the title and summary as text, leaves out the editor note, and has no element or handler they tried to add', () => {
		const document = parse(page);
		const elements = allElements(document);
		const h1 = elements.find((element) => element.tagName === 'h1');
		assert.equal(
			h1 && textOf(h1).trim(),
			field('title'),
			'the <h1> reads exactly the title, tags and all',
		);
		// The note is for editors: the public page shows the plain notice and never the note, escaped or not.
		assert.ok(
			textOf(document).includes('To be confirmed by the RSCP'),
			'the plain to-be-confirmed notice is shown',
		);
		assert.ok(
			!textOf(document).includes(field('toBeConfirmedNote')) && !page.includes("alert('note')"),
			'the to-be-confirmed note is not on the page',
		);
		const description = elements.find(
			(element) =>
				element.tagName === 'meta' &&
				element.attrs.some((item) => item.name === 'name' && item.value === 'description'),
		);
		assert.equal(
			description?.attrs.find((item) => item.name === 'content')?.value,
			field('summary'),
			'the summary stays inside the description attribute',
		);
		assert.ok(
			elements.some((element) => element.tagName === 'main'),
			'the whole page, layout and all, was rendered',
		);

		assert.deepEqual(liveMarkup(elements), [], 'no script, handler or image from the frontmatter');
	});

	test('the newsletters list and the RSS feed escape it too', () => {
		const listDocument = parse(list);
		assert.deepEqual(
			liveMarkup(allElements(listDocument)),
			[],
			'no script, handler or image from the entry on the list page',
		);
		assert.ok(
			textOf(listDocument).includes(field('title')),
			'the entry is listed, its title as text',
		);
		assert.ok(feed.includes(`/newsletters/${id}/`), 'the entry is in the feed');
		assert.ok(!feed.includes('<script>'), 'the feed holds no raw <script>');
		assert.ok(
			feed.includes('&lt;script&gt;') || feed.includes('<![CDATA['),
			'the title is escaped (or CDATA) in the feed',
		);
	});
});

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements the hostile strings tried to create: scripts calling alert(), event handlers (none are legitimate: the CSP forbids them), <img src=x>. */
function liveMarkup(elements: readonly Element[]): string[] {
	return [
		...elements
			.filter((element) => element.tagName === 'script' && textOf(element).includes('alert('))
			.map((element) => `<script>${textOf(element)}`),
		...elements.flatMap((element) =>
			element.attrs
				.filter((item) => /^on/i.test(item.name))
				.map((item) => `<${element.tagName} ${item.name}>`),
		),
		...elements
			.filter(
				(element) =>
					element.tagName === 'img' &&
					element.attrs.some((item) => item.name === 'src' && item.value === 'x'),
			)
			.map(() => '<img src=x>'),
	];
}

function allElements(node: Node): Element[] {
	const found: Element[] = 'tagName' in node ? [node] : [];
	if ('childNodes' in node) for (const child of node.childNodes) found.push(...allElements(child));
	return found;
}

function textOf(node: Node): string {
	if (node.nodeName === '#text' && 'value' in node) return node.value;
	return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** The content check over the valid fixtures plus the hostile corpus (so references resolve), once. */
let corpusProblems: ReturnType<typeof validateContent>['problems'] | undefined;
function checkHostileCorpus() {
	if (!corpusProblems) {
		const root = mkdtempSync(join(tmpdir(), 'rscp-hostile-check-'));
		try {
			cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
			cpSync(HOSTILE, root, { recursive: true });
			corpusProblems = validateContent(root).problems.map((problem) => ({
				...problem,
				file: problem.file.split(sep).join('/'),
			}));
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	}
	return corpusProblems;
}
