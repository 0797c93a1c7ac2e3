// The E2E and accessibility tests visit whatever this helper reads from the sitemap: if it
// misread the file they would silently test nothing, so its parsing is pinned here.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chunk } from '../helpers/chunk.ts';
import { pathsFromSitemap, readSitemapPaths } from '../helpers/sitemap-urls.ts';

const sitemap = (...locs: string[]) =>
	`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs
		.map((loc) => `<url><loc>${loc}</loc></url>`)
		.join('')}</urlset>`;

test('pathsFromSitemap keeps path and query, drops the origin and decodes entities', () => {
	const xml = sitemap(
		'https://www.redbridgescp.org.uk/',
		'https://www.redbridgescp.org.uk/about/governance/',
		'https://www.redbridgescp.org.uk/search/?a=1&amp;b=2',
	);
	assert.deepEqual(pathsFromSitemap(xml), ['/', '/about/governance/', '/search/?a=1&b=2']);
});

test('readSitemapPaths reads every sitemap part in number order', () => {
	const dist = mkdtempSync(join(tmpdir(), 'sitemap-'));
	try {
		writeFileSync(join(dist, 'sitemap-index.xml'), '<sitemapindex></sitemapindex>');
		writeFileSync(join(dist, 'sitemap-10.xml'), sitemap('https://x.example/ten/'));
		writeFileSync(join(dist, 'sitemap-0.xml'), sitemap('https://x.example/'));
		writeFileSync(join(dist, 'sitemap-2.xml'), sitemap('https://x.example/two/'));
		assert.deepEqual(readSitemapPaths(dist), ['/', '/two/', '/ten/']);
	} finally {
		rmSync(dist, { recursive: true });
	}
});

test('readSitemapPaths says to build first when there is no sitemap', () => {
	assert.throws(() => readSitemapPaths(join(tmpdir(), 'no-such-dist')), /npm run build/);
});

test('chunk splits into runs of at most the given size', () => {
	assert.deepEqual(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
	assert.deepEqual(chunk([], 3), []);
});
