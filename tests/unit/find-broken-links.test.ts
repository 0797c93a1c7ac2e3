// The link checker runs on the built site in CI. tests/fixtures/dist-links is a tiny "dist" whose
// broken links are marked BROKEN in its HTML; the checker must find exactly those (no false alarms).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, test } from 'node:test';
import {
	collectPageFacts,
	findBrokenLinks,
	resolveLink,
	srcsetUrls,
} from '../../src/build-checks/links/find-broken-links.ts';

const REPO = join(import.meta.dirname, '../..');
const DIST = join(REPO, 'tests/fixtures/dist-links');

function loadSite(folder: string) {
	const files = new Set(
		readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((dirent) => dirent.isFile())
			.map((dirent) => relative(folder, join(dirent.parentPath, dirent.name)).split(sep).join('/')),
	);
	const pages = new Map(
		[...files]
			.filter((file) => file.endsWith('.html'))
			.map((file) => [file, readFileSync(join(folder, file), 'utf8')] as const),
	);
	return { files, pages };
}

describe('findBrokenLinks on the fixture site', () => {
	const { files, pages } = loadSite(DIST);

	test('finds exactly the links marked BROKEN', () => {
		const broken = findBrokenLinks(pages, files).map(({ page, link }) => `${page} → ${link}`);
		assert.deepEqual(broken.sort(), [
			'about/index.html → ../nope.css',
			'about/index.html → team/',
			'index.html → #nowhere',
			'index.html → /about', // trailing slash missing
			'index.html → /about/#nope',
			'index.html → /admin/decap-cms.js',
			'index.html → /img/logo-2x.svg', // second srcset candidate
			'index.html → /in-template/',
			'index.html → /missing/',
			'index.html → /no-js-only/',
		]);
	});

	test('accepts a directory URL without its slash when trailing slashes are not enforced', () => {
		const broken = findBrokenLinks(pages, files, 'ignore').map(({ link }) => link);
		assert.ok(!broken.includes('/about'));
	});

	test('says why each link is broken', () => {
		const reasons = new Map(
			findBrokenLinks(pages, files).map(({ link, reason }) => [link, reason]),
		);
		assert.match(
			reasons.get('/about/#nope') ?? '',
			/No element with id “nope” on “about\/index\.html”/,
		);
		assert.match(reasons.get('/about') ?? '', /trailing slash/);
		assert.match(reasons.get('/missing/') ?? '', /No file “missing\/index\.html”/);
	});

	test('a missing /pagefind/ file is reported with a hint, not ignored', () => {
		const withoutPagefind = new Set([...files].filter((file) => !file.startsWith('pagefind/')));
		const broken = findBrokenLinks(pages, withoutPagefind).find(
			({ link }) => link === '/pagefind/pagefind-ui.js',
		);
		assert.match(broken?.reason ?? '', /npm run build/);
	});
});

describe('link helpers', () => {
	test('resolveLink resolves relative links from the page’s folder and decodes them', () => {
		assert.deepEqual(resolveLink('../styles.css', 'about/index.html'), {
			path: 'styles.css',
			fragment: '',
		});
		assert.deepEqual(resolveLink('./#team', 'about/index.html'), {
			path: 'about/',
			fragment: 'team',
		});
		assert.deepEqual(resolveLink('/files/a%20b.pdf?x=1#p%C3%A9', 'index.html'), {
			path: 'files/a b.pdf',
			fragment: 'pé',
		});
	});

	test('resolveLink leaves other sites and schemes alone', () => {
		for (const link of [
			'https://example.org/',
			'HTTP://example.org',
			'mailto:a@b.c',
			'tel:999',
			'//cdn.example.org/a.js',
			'\\\\evil.example/a',
		]) {
			assert.equal(resolveLink(link, 'index.html'), undefined, link);
		}
	});

	test('srcsetUrls reads every candidate', () => {
		assert.deepEqual(srcsetUrls('/a.png 1x, /b.png 2x'), ['/a.png', '/b.png']);
		assert.deepEqual(srcsetUrls('/a.png 400w,/b.png 800w'), ['/a.png', '/b.png']);
	});

	test('collectPageFacts finds ids and <a name>, but not name on form fields', () => {
		const facts = collectPageFacts('<h2 id="x">X</h2><a name="y"></a><input name="z">');
		assert.deepEqual([...facts.anchors].sort(), ['x', 'y']);
	});
});

test('check:dist links exits 1 and prints each broken link under its page', () => {
	const result = spawnSync(
		process.execPath,
		['src/tools/check-dist.ts', 'links', '--dist', 'tests/fixtures/dist-links'],
		{ cwd: REPO, encoding: 'utf8' },
	);
	assert.equal(result.status, 1, result.stderr);
	assert.match(
		result.stderr,
		/tests\/fixtures\/dist-links\/about\/index\.html\n {6}\.\.\/nope\.css\n/,
	);
	assert.match(result.stdout, /links FAILED .*: 10 broken link\(s\) on 2 of 2 page\(s\)/);
	assert.match(result.stderr, /Dist check failed: links\./);
});

test('check:dist exits 1 when the build folder is missing, and never builds it', () => {
	const result = spawnSync(
		process.execPath,
		['src/tools/check-dist.ts', '--dist', 'tests/fixtures/no-such-dist'],
		{ cwd: REPO, encoding: 'utf8' },
	);
	assert.equal(result.status, 1);
	assert.match(result.stderr, /npm run build/);
});
