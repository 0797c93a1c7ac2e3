// The one reader of the built site and the checks that share it (src/build-checks/), on small
// made-up sites in a temporary folder: no build, no dist/. The real dist/ is checked by
// `npm run check:dist` after the build.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runDistChecks } from '../../src/build-checks/check-built-site.ts';
import {
	NoBuiltSiteError,
	parseBuiltHtml,
	readBuiltSite,
} from '../../src/build-checks/dist/read-built-site.ts';
import { findPageFactProblems } from '../../src/build-checks/html/page-facts.ts';
import { builtSite, requireBuilt } from '../helpers/built-site.ts';

const folders: string[] = [];
after(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Writes a made-up built site and returns its folder. */
function site(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'rscp-dist-checks-'));
	folders.push(root);
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), text);
	}
	return root;
}

/** A complete, valid page with the given <main> content. */
const page = (main: string, { lang = ' lang="en-GB"', title = 'A page' } = {}) =>
	`<!DOCTYPE html>\n<html${lang}>\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n${main}\n</body>\n</html>\n`;

/** The fact problems of one page, as messages. */
const facts = (html: string, path = '/about/') =>
	findPageFactProblems({ file: 'about/index.html', path, document: parseBuiltHtml(html) }).map(
		(problem) => problem.message,
	);

describe('page facts read from the HTML', () => {
	test('a page with a lang, one <h1> and one <main> has none', () => {
		assert.deepEqual(facts(page('<main><h1>About</h1></main>')), []);
	});

	test('lang must be there and be a language tag', () => {
		assert.deepEqual(facts(page('<main><h1>About</h1></main>', { lang: '' })), [
			'<html> has no lang attribute',
		]);
		assert.deepEqual(facts(page('<main><h1>About</h1></main>', { lang: ' lang="English"' })), [
			'<html lang="English"> is not a language tag such as en-GB',
		]);
	});

	test('exactly one level-1 heading, counted as the accessibility tree counts them', () => {
		assert.match(facts(page('<main><p>No heading</p></main>'))[0] ?? '', /has 0 level-1 headings/);
		assert.match(
			facts(page('<main><h1>One</h1><h1>Two</h1></main>'))[0] ?? '',
			/has 2 level-1 headings/,
		);
		assert.match(
			facts(page('<main><h1>One</h1><div role="heading" aria-level="1">Two</div></main>'))[0] ?? '',
			/has 2 level-1 headings/,
		);
		assert.match(
			facts(page('<main><h1>One</h1><h2 aria-level="1">Two</h2></main>'))[0] ?? '',
			/has 2 level-1 headings/,
		);
		// Not headings a reader meets: hidden, in a template, or with the heading role taken away.
		assert.deepEqual(
			facts(
				page(
					'<main><h1>One</h1><h1 hidden>Two</h1><template><h1>Three</h1></template><h1 role="presentation">Four</h1></main>',
				),
			),
			[],
		);
	});

	test('exactly one main landmark', () => {
		assert.match(facts(page('<h1>About</h1>'))[0] ?? '', /has 0 main landmarks/);
		assert.match(
			facts(page('<main><h1>About</h1></main><div role="main"></div>'))[0] ?? '',
			/has 2 main landmarks/,
		);
	});

	test('the CMS admin shell is not a public page', () => {
		assert.deepEqual(
			facts('<!doctype html><html><body><div id="nc-root"></div></body></html>', '/admin/'),
			[],
		);
	});
});

describe('the built-site reader', () => {
	test('lists every file, reads and parses every page once, and reads other files on demand', () => {
		const root = site({
			'index.html': page('<main><h1>Home</h1></main>'),
			'about/index.html': page('<main><h1>About</h1></main>'),
			'_astro/a.css': 'body{}',
		});
		const built = readBuiltSite(root);
		assert.deepEqual([...built.files], ['_astro/a.css', 'about/index.html', 'index.html']);
		assert.deepEqual([...built.pages.keys()], ['about/index.html', 'index.html']);
		assert.equal(built.pages.get('about/index.html')?.path, '/about/');
		assert.equal(built.pages.get('index.html')?.document.nodeName, '#document');
		assert.equal(built.read('_astro/a.css')?.toString(), 'body{}');
		assert.equal(built.read('_astro/a.css'), built.read('_astro/a.css'), 'read once, then kept');
		assert.equal(built.read('../outside.txt'), undefined, 'only files of the build');
	});

	test('is refused to unit tests (npm run test:unit): only tests/dist/ reads the build', () => {
		const event = process.env.npm_lifecycle_event;
		process.env.npm_lifecycle_event = 'test:unit';
		try {
			assert.throws(() => builtSite(), /move this test to tests\/dist\//);
			assert.throws(() => requireBuilt('index.html'), /move this test to tests\/dist\//);
		} finally {
			if (event === undefined) delete process.env.npm_lifecycle_event;
			else process.env.npm_lifecycle_event = event;
		}
	});

	test('refuses a folder with no built site, and says to build', () => {
		assert.throws(
			() => readBuiltSite(site({ 'notes.txt': 'no site here' })),
			(error: unknown) => error instanceof NoBuiltSiteError && /npm run build/.test(error.message),
		);
	});
});

describe('npm run check:dist: every check over one reading', () => {
	const headers =
		"/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n  Strict-Transport-Security: max-age=63072000; includeSubDomains\n  Cross-Origin-Opener-Policy: same-origin\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n";
	const config = JSON.stringify({ root: true, extends: ['html-validate:recommended'] });

	test('a sound site passes every check', async () => {
		const root = site({
			'.htmlvalidate.json': config,
			_headers: headers,
			'index.html': page('<main><h1>Home</h1><p><a href="/about/">About</a></p></main>'),
			'about/index.html': page('<main><h1 id="top-heading">About</h1></main>', { title: 'About' }),
		});
		const outcomes = await runDistChecks(readBuiltSite(root), [
			'html',
			'links',
			'headers',
			'facts',
		]);
		assert.deepEqual(
			outcomes.map(
				({ name, passed, details }) => `${name} ${passed ? 'passed' : `FAILED\n${details}`}`,
			),
			['html passed', 'links passed', 'headers passed', 'facts passed'],
		);
	});

	test('each check reports its own problems, and one failing check does not stop the others', async () => {
		const root = site({
			'.htmlvalidate.json': config,
			_headers: headers,
			'index.html': page(
				'<main><h1>Home</h1><p><a href="/missing/">Gone</a></p><img src="/a.png"></main>',
			),
			'about/index.html': page(
				'<main><h1>About</h1><h1>Again</h1></main><script>alert(1)</script>',
				{ title: 'About' },
			),
		});
		const outcomes = new Map(
			(await runDistChecks(readBuiltSite(root), ['html', 'links', 'headers', 'facts'])).map(
				(outcome) => [outcome.name, outcome],
			),
		);
		assert.equal(outcomes.size, 4, 'every check ran');
		assert.match(outcomes.get('html')?.details ?? '', /missing required "alt" attribute/);
		assert.match(outcomes.get('links')?.details ?? '', /\/missing\//);
		assert.match(
			outcomes.get('headers')?.details ?? '',
			/about\/index\.html:\d+: <script> is blocked by the Content-Security-Policy/,
		);
		assert.match(
			outcomes.get('facts')?.details ?? '',
			/about\/index\.html: has 2 level-1 headings/,
		);
		assert.ok([...outcomes.values()].every((outcome) => !outcome.passed));
	});
});
