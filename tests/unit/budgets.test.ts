// The weight budgets (npm run check:budgets) on small made-up sites, so each rule is pinned:
// what counts as render-blocking, which JavaScript a page needs, and when an image is too big.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import {
	BUDGETS,
	builtFileFor,
	findBudgetProblems,
	formatWeightTable,
	KIB,
	SiteWeigher,
} from '../../src/build-checks/budgets/check-budgets.ts';
import {
	checkImages,
	maxSizesWidth,
	parseSrcset,
} from '../../src/build-checks/budgets/image-budget.ts';
import {
	collectPageAssets,
	cssImports,
	staticImports,
} from '../../src/build-checks/budgets/page-assets.ts';

/** Random text whose gzip size is close to `bytes` (base64 of that many random bytes: gzip wins back only the encoding). */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64');
const gzipSize = (text: string) => gzipSync(text).length;

describe('collectPageAssets', () => {
	const assets = collectPageAssets(
		[
			'<!doctype html><html><head>',
			'<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/print.css" media="print">',
			'<link rel="modulepreload" href="/_astro/pre.js"><style>@layer x;</style><script>inline()</script>',
			'<script type="module" src="/_astro/m.js"></script><script type="application/json">{}</script>',
			'</head><body><picture><source srcset="/a.webp 400w" sizes="400px"><img src="/a.jpg" width="400" height="300" alt=""></picture>',
			'<noscript><img src="/no-js.png" alt=""></noscript><template><img src="/t.png" alt=""></template></body></html>',
		].join('\n'),
	);

	test('stylesheets, with print ones not render-blocking', () => {
		assert.deepEqual(assets.stylesheets, [
			{ href: '/_astro/a.css', media: '', renderBlocking: true },
			{ href: '/_astro/print.css', media: 'print', renderBlocking: false },
		]);
	});
	test('scripts (external and modulepreload) and inline code; JSON data blocks are not scripts', () => {
		assert.deepEqual(assets.scripts, ['/_astro/pre.js', '/_astro/m.js']);
		assert.deepEqual(assets.inlineScripts, ['inline()']);
		assert.deepEqual(assets.inlineStyles, ['@layer x;']);
	});
	test('images and picture sources, not <noscript> or <template> ones', () => {
		assert.deepEqual(
			assets.images.map((image) => `${image.tag} ${image.src ?? image.srcset}`),
			['source /a.webp 400w', 'img /a.jpg'],
		);
	});
});

describe('staticImports and cssImports', () => {
	test('reads the imports bundlers write, not dynamic import()', () => {
		const code =
			'import{a as e}from"./chunk.js";import"./side.js";export*from"./re.js";export{x as y}from\'./named.js\';const p=import("./lazy.js");e()';
		assert.deepEqual(staticImports(code), ['./chunk.js', './side.js', './re.js', './named.js']);
	});
	test('reads @import in CSS', () => {
		assert.deepEqual(
			cssImports('@import "a.css";@import url(b.css);@import url("/c.css") print;p{}'),
			['a.css', 'b.css', '/c.css'],
		);
	});
	test('builtFileFor resolves URLs against the page and ignores other sites', () => {
		assert.equal(builtFileFor('/_astro/a.css', '/about/'), '_astro/a.css');
		assert.equal(builtFileFor('b.js', '/_astro/a.js'), '_astro/b.js');
		assert.equal(builtFileFor('../x.css', '/a/b/'), 'a/x.css');
		assert.equal(builtFileFor('https://cdn.example/x.js', '/'), undefined);
	});
});

describe('SiteWeigher and findBudgetProblems', () => {
	const files = new Map<string, string>([
		['_astro/base.css', incompressible(3000)],
		['_astro/print.css', incompressible(2000)],
		[
			'_astro/entry.js',
			`import{x}from"./shared.js";import"./side.js";const l=()=>import("./lazy.js");${incompressible(1000)}`,
		],
		['_astro/shared.js', incompressible(2000)],
		['_astro/side.js', incompressible(500)],
		['_astro/lazy.js', incompressible(40_000)],
		['_astro/heavy.js', incompressible(12_000)],
	]);
	const read = (file: string) => (files.has(file) ? Buffer.from(files.get(file) ?? '') : undefined);
	const head =
		'<link rel="stylesheet" href="/_astro/base.css"><link rel="stylesheet" href="/_astro/print.css" media="print">';
	const page = (body: string, extraHead = '') =>
		`<!doctype html><html><head>${head}${extraHead}</head><body>${body}</body></html>`;

	test('weighs HTML, blocking CSS, all CSS, and JavaScript with its static imports only', () => {
		const html = page(
			'<p>Hi</p>',
			'<script type="module" src="/_astro/entry.js"></script><script>inline()</script>',
		);
		const weight = new SiteWeigher(read).weighPage('index.html', html);
		const expectedJs =
			gzipSize('inline()') +
			['_astro/entry.js', '_astro/shared.js', '_astro/side.js'].reduce(
				(sum, file) => sum + gzipSize(files.get(file) ?? ''),
				0,
			);
		assert.equal(weight.path, '/');
		assert.equal(weight.html, gzipSize(html));
		assert.equal(weight.blockingCss, gzipSize(files.get('_astro/base.css') ?? ''));
		assert.equal(weight.css, weight.blockingCss + gzipSize(files.get('_astro/print.css') ?? ''));
		assert.equal(
			weight.javaScript,
			expectedJs,
			'entry + shared + side + inline; lazy.js is dynamic',
		);
		assert.equal(weight.firstRoundTrip, weight.html + weight.blockingCss);
		assert.equal(
			weight.total,
			weight.html + weight.css + weight.javaScript - gzipSize('inline()'),
			'inline script counted once, inside the HTML',
		);
	});

	test('passes pages within budget; fails each budget that is broken, with the numbers', () => {
		const weigher = new SiteWeigher(read);
		const okHome = weigher.weighPage('index.html', page('<p>Home</p>'));
		const okReport = weigher.weighPage('report-a-concern/index.html', page('<p>Report</p>'));
		assert.deepEqual(findBudgetProblems([okHome, okReport]), []);

		const heavyHome = weigher.weighPage('index.html', page(`<p>${incompressible(12 * KIB)}</p>`));
		const heavyJs = weigher.weighPage(
			'about/index.html',
			page('', '<script type="module" src="/_astro/heavy.js"></script>'),
		);
		const heavyTotal = weigher.weighPage(
			'big/index.html',
			page(`<p>${incompressible(48 * KIB)}</p>`),
		);
		const searchJs = weigher.weighPage(
			'search/index.html',
			page('', '<script type="module" src="/_astro/heavy.js"></script>'),
		);
		const problems = findBudgetProblems([heavyHome, okReport, heavyJs, heavyTotal, searchJs]).map(
			({ file, message }) => `${file}: ${message}`,
		);
		assert.equal(problems.length, 3, problems.join('\n'));
		assert.match(
			problems[0] ?? '',
			/^index\.html: HTML \+ render-blocking CSS is 1\d\.\d KiB .*the budget is 14\.0 KiB$/,
		);
		assert.match(
			problems[1] ?? '',
			/^about\/index\.html: loads 11\.\d KiB of JavaScript; the budget is 10\.0 KiB$/,
		);
		assert.match(problems[2] ?? '', /^big\/index\.html: weighs 5\d\.\d KiB without images/);
	});

	test('a page that references a missing file, or a file on another site, cannot be weighed', () => {
		const weight = new SiteWeigher(read).weighPage(
			'index.html',
			page(
				'',
				'<script src="/_astro/missing.js"></script><script src="https://cdn.example/x.js"></script>',
			),
		);
		assert.deepEqual([...weight.unmeasured].sort(), [
			'_astro/missing.js',
			'https://cdn.example/x.js',
		]);
		assert.equal(
			findBudgetProblems([weight]).filter((problem) => /cannot be weighed/.test(problem.message))
				.length,
			2,
		);
	});

	test('the table lists the heaviest pages and always the first-round-trip pages', () => {
		const weigher = new SiteWeigher(read);
		const weights = [
			weigher.weighPage('index.html', page('')),
			weigher.weighPage('big/index.html', page(incompressible(5000))),
			weigher.weighPage('mid/index.html', page(incompressible(2000))),
		];
		const rows = formatWeightTable(weights, 1).split('\n').slice(2);
		assert.deepEqual(
			rows.map((row) => row.split('|')[1]?.trim()),
			['/big/', '/'],
		);
	});

	test('budgets are the issue’s: 14 KiB first round trip, 10 KiB JavaScript, under 50 KiB in all', () => {
		assert.deepEqual(
			[BUDGETS.firstRoundTrip.bytes, BUDGETS.javaScript.bytes, BUDGETS.totalWithoutImages.bytes],
			[14 * 1024, 10 * 1024, 50 * 1024],
		);
		assert.deepEqual(BUDGETS.firstRoundTrip.paths, ['/', '/report-a-concern/']);
	});
});

describe('the image budget', () => {
	test('maxSizesWidth takes each length at the widest viewport it can apply to', () => {
		assert.equal(maxSizesWidth('100vw'), 1920);
		assert.equal(
			maxSizesWidth('(min-width: 64em) 44rem, 100vw'),
			1024,
			'100vw applies only below 64em = 1024px',
		);
		assert.equal(maxSizesWidth('(max-width: 40em) 100vw, 600px'), 640);
		assert.equal(maxSizesWidth('(min-width: 800px) 800px, 50vw'), 800);
		assert.equal(maxSizesWidth('calc(100vw - 2rem)'), undefined);
	});

	test('parseSrcset reads width and density descriptors', () => {
		assert.deepEqual(parseSrcset('/a-360.webp 360w, /a-720.webp 720w'), [
			{ url: '/a-360.webp', width: 360 },
			{ url: '/a-720.webp', width: 720 },
		]);
		assert.deepEqual(parseSrcset('/a.png, /a@2x.png 2x'), [
			{ url: '/a.png', density: 1 },
			{ url: '/a@2x.png', density: 2 },
		]);
	});

	const image = (
		attributes: Partial<Record<'src' | 'srcset' | 'sizes' | 'width' | 'height', string>>,
	) => ({
		tag: 'img' as const,
		src: attributes.src,
		srcset: attributes.srcset,
		sizes: attributes.sizes,
		width: attributes.width,
		height: attributes.height,
		line: 7,
	});
	const widths = new Map([
		['/small.jpg', 800],
		['/huge.jpg', 4000],
		['/w-720.webp', 720],
		['/w-1080.webp', 1080],
		['/w-3000.webp', 3000],
	]);
	const reasons = (images: ReturnType<typeof image>[]) =>
		checkImages(images, (url) => widths.get(url)).map((problem) => problem.reason);

	test('passes images within twice their widest display', () => {
		assert.deepEqual(
			reasons([
				image({ src: '/small.jpg', width: '400', height: '300' }),
				image({
					src: '/w-720.webp',
					srcset: '/w-720.webp 720w, /w-1080.webp 1080w',
					sizes: '(min-width: 64em) 44rem, 100vw',
					width: '720',
					height: '480',
				}),
				image({ src: '/logo.svg', width: '100', height: '40' }),
			]),
			[],
		);
	});

	test('fails images without dimensions, too large for their display, or with unreadable sizes', () => {
		assert.deepEqual(reasons([image({ src: '/small.jpg' })]), [
			'needs width and height attributes (in CSS pixels), so its space is kept while it loads',
		]);
		assert.deepEqual(reasons([image({ src: '/huge.jpg', width: '600', height: '400' })]), [
			'is 4000px wide but shown at most 600 CSS px wide; serve at most 1200px (2×)',
		]);
		assert.match(
			reasons([
				image({
					srcset: '/w-720.webp 720w, /w-3000.webp 3000w',
					sizes: '(min-width: 40em) 600px, 100vw',
					width: '600',
					height: '400',
				}),
			])[0] ?? '',
			/is 3000px wide but shown at most 640 CSS px/,
		);
		assert.match(
			reasons([image({ srcset: '/w-720.webp 720w', width: '600', height: '400' })])[0] ?? '',
			/no sizes attribute/,
		);
		assert.match(
			reasons([
				image({
					srcset: '/w-720.webp 720w',
					sizes: 'calc(100vw - 2rem)',
					width: '600',
					height: '400',
				}),
			])[0] ?? '',
			/cannot read/,
		);
	});
});
