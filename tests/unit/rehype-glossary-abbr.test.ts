// The glossary plugin links the first use of each acronym in a content body to its glossary
// page. These tests render Markdown and MDX through the same Sätteri processor astro.config.mjs
// sets up, so they see exactly what the build writes.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { satteri } from '@astrojs/markdown-satteri';
import { loadGlossaryTerms } from '../../src/lib/glossary/load-glossary-terms.ts';
import {
	isMarkableAcronym,
	planGlossaryMarks,
	rehypeGlossaryAbbr,
	type GlossaryTerm,
	type TreeNode,
} from '../../src/lib/glossary/rehype-glossary-abbr.ts';

const TERMS: GlossaryTerm[] = [
	{ id: 'cse', title: 'CSE', expansion: 'Child Sexual Exploitation', isAcronym: true },
	{ id: 'cspr', title: 'CSPR', expansion: 'Child Safeguarding Practice Review', isAcronym: true },
	{ id: 'c-and-yp', title: 'C&YP', expansion: 'Children and Young People', isAcronym: true },
	{ id: 'dfe', title: 'DfE', expansion: 'Department for Education', isAcronym: true },
	{ id: 'pep', title: 'PEP', expansion: 'Personal Education Plan', isAcronym: true },
	{ id: 'prevent', title: 'Prevent', expansion: 'The national programme', isAcronym: false },
];

const processor = satteri({ hastPlugins: [rehypeGlossaryAbbr(TERMS)] });
const renderer = await processor.createRenderer({ syntaxHighlight: false });
const render = async (markdown: string) => (await renderer.render(markdown)).code;

/** The link the plugin writes for a term and the text it wraps. */
const link = (id: string, title: string, text: string) =>
	`<a href="/glossary/${id}/" class="app-glossary-link"><abbr title="${title}">${text}</abbr></a>`;
const CSE = link('cse', 'Child Sexual Exploitation', 'CSE');
const count = (html: string, text: string) => html.split(text).length - 1;

describe('rehypeGlossaryAbbr in Markdown', () => {
	test('marks the first use only', async () => {
		const html = await render('The CSE team met.\n\nCSE was discussed again, and CSE once more.');
		assert.equal(
			html,
			`<p>The ${CSE} team met.</p>\n<p>CSE was discussed again, and CSE once more.</p>\n`,
		);
	});

	test('marks whole words only, case-sensitively', async () => {
		const html = await render('CSEA, cse, Cse, XCSE, CSE2, CSE-IS and C&YPs come first. Then CSE.');
		assert.equal(count(html, 'app-glossary-link'), 2);
		assert.ok(html.includes(link('c-and-yp', 'Children and Young People', 'C&amp;YPs')), html);
		assert.ok(html.endsWith(`Then ${CSE}.</p>\n`), html);
	});

	test('keeps possessives and punctuation outside the link, plurals inside', async () => {
		const html = await render('The CSE’s reach; two CSPRs (2024).');
		assert.ok(html.includes(`The ${CSE}’s reach`), html);
		assert.ok(html.includes(link('cspr', 'Child Safeguarding Practice Review', 'CSPRs')), html);
	});

	test('skips headings, links, code and the author’s own abbr, and marks the next use', async () => {
		const html = await render(
			[
				'## About CSE',
				'',
				'See [the CSE guide](/cse/), `CSE`, <a href="/x/">CSE</a> and <abbr title="Child Safeguarding Practice Review">CSPR</abbr>.',
				'',
				'```',
				'CSE in a code block',
				'```',
				'',
				'Now CSE and CSPR.',
			].join('\n'),
		);
		assert.ok(html.includes('<h2 id="about-cse">About CSE</h2>'), html);
		assert.ok(html.includes('<a href="/cse/">the CSE guide</a>'), html);
		assert.ok(html.includes('<code>CSE</code>') && html.includes('<a href="/x/">CSE</a>'), html);
		assert.ok(html.includes(`Now ${CSE} and CSPR.`), html);
		assert.equal(count(html, 'app-glossary-link'), 1);
	});

	test('marks list items and table cells, not table headers', async () => {
		const html = await render('- A CSE item\n\n| CSE | DfE |\n| --- | --- |\n| CSE | DfE |');
		assert.ok(html.includes(`<li>A ${CSE} item</li>`), html);
		assert.ok(html.includes('<th>CSE</th>') && html.includes('<th>DfE</th>'), html);
		assert.ok(html.includes(`<td>${link('dfe', 'Department for Education', 'DfE')}</td>`), html);
		assert.ok(html.includes('<td>CSE</td>'), 'CSE was already marked in the list');
	});

	test('leaves out terms that are not acronyms or are everyday words', async () => {
		const html = await render('PEP meetings and the Prevent duty.');
		assert.equal(html, '<p>PEP meetings and the Prevent duty.</p>\n');
	});

	test('starts again on every document', async () => {
		assert.equal(count(await render('CSE'), 'app-glossary-link'), 1);
		assert.equal(count(await render('CSE'), 'app-glossary-link'), 1);
	});

	test('escapes the expansion in the title attribute', async () => {
		const quoted = satteri({
			hastPlugins: [
				rehypeGlossaryAbbr([
					{ id: 'bb', title: 'B&B', expansion: 'Bed & "Breakfast"', isAcronym: true },
				]),
			],
		});
		const html = (await (await quoted.createRenderer({ syntaxHighlight: false })).render('A B&B.'))
			.code;
		assert.equal(html, `<p>A ${link('bb', 'Bed &amp; &quot;Breakfast&quot;', 'B&amp;B')}.</p>\n`);
	});
});

describe('rehypeGlossaryAbbr with the real glossary', () => {
	const glossary = loadGlossaryTerms(join(import.meta.dirname, '../../content/glossary'));

	test('uses the entry’s expansion for an acronym with other meanings', async () => {
		const bcu = glossary.find((term) => term.title === 'BCU');
		assert.ok(
			bcu,
			'content/glossary/bcu.yaml has other meanings; pick another such entry if it changes',
		);
		const real = satteri({ hastPlugins: [rehypeGlossaryAbbr(glossary)] });
		const html = (
			await (await real.createRenderer({ syntaxHighlight: false })).render('The East Area BCU.')
		).code;
		assert.ok(html.includes(link('bcu', bcu.expansion, 'BCU')), html);
		assert.ok(!html.includes('Borough Command Unit'), html);
	});

	test('loads ids from file names and applies the schema’s defaults', () => {
		assert.ok(glossary.length > 100);
		assert.deepEqual(
			glossary.find((term) => term.id === 'lado'),
			{
				id: 'lado',
				title: 'LADO',
				expansion: 'Local Authority Designated Officer',
				isAcronym: true,
			},
		);
		assert.equal(glossary.find((term) => term.id === 'ab')?.isAcronym, false);
	});
});

describe('rehypeGlossaryAbbr in MDX', () => {
	test('marks paragraphs inside a block component, not text inside an inline component', async () => {
		const mdx = await processor.createMdxRenderer?.(
			{ syntaxHighlight: false },
			{ optimize: false },
		);
		assert.ok(mdx, 'the Sätteri processor renders MDX');
		const { code } = await mdx.process(
			'<Callout>\n\nCSE in a callout.\n\n</Callout>\n\nA <Tag>CSPR</Tag> then CSPR.\n',
			'/tmp/test.mdx',
			{},
		);
		assert.equal(count(code, '"/glossary/cse/"'), 1);
		assert.equal(count(code, '"/glossary/cspr/"'), 1);
		assert.match(
			code,
			/_jsx\(Tag, \{\s*children: "CSPR"\s*\}\)/,
			'the CSPR inside <Tag> stays plain',
		);
		assert.match(
			code,
			/class: "app-glossary-link"/,
			'MDX writes the class as class, not className',
		);
	});
});

describe('planGlossaryMarks', () => {
	const text = (value: string): TreeNode => ({ type: 'text', value });
	const element = (tagName: string, ...children: TreeNode[]): TreeNode => ({
		type: 'element',
		tagName,
		properties: {},
		children,
	});
	const markable = TERMS.filter(isMarkableAcronym);

	test('marks definitions (dd) but not terms (dt)', () => {
		const dd = text('CSE is a form of abuse');
		const tree = element('root', element('dl', element('dt', text('CSE')), element('dd', dd)));
		const marks = planGlossaryMarks(tree, markable);
		assert.equal(marks.length, 1);
		assert.equal(marks[0]?.node, dd);
		assert.deepEqual(
			marks[0]?.replacement.map((node) => node.type),
			['element', 'text'],
		);
	});

	test('ignores text outside p, li, td and dd', () => {
		const tree = element(
			'root',
			element('div', text('CSE')),
			element('blockquote', element('p', text('CSE'))),
		);
		assert.equal(planGlossaryMarks(tree, markable).length, 1);
	});
});

describe('isMarkableAcronym', () => {
	test('keeps acronyms of two or more characters that are not everyday words', () => {
		assert.deepEqual(
			TERMS.filter(isMarkableAcronym).map((term) => term.title),
			['CSE', 'CSPR', 'C&YP', 'DfE'],
		);
		assert.equal(
			isMarkableAcronym({ id: 'x', title: 'X', expansion: 'Ex', isAcronym: true }),
			false,
		);
		assert.equal(
			isMarkableAcronym({ id: 'pa', title: 'PA', expansion: 'Personal Adviser', isAcronym: true }),
			false,
		);
		assert.equal(
			isMarkableAcronym({
				id: 'gp',
				title: 'GP',
				expansion: 'General Practitioner',
				isAcronym: true,
			}),
			true,
		);
	});

	test('puts the glossary terms on the plugin, so a glossary change clears Astro’s content cache', () => {
		const plugin = rehypeGlossaryAbbr(TERMS) as unknown as { glossaryTerms: GlossaryTerm[] };
		assert.match(JSON.stringify(plugin), /"glossaryTerms":\[\{"id":"cse"/);
	});
});
