// The response headers (public/_headers) and the checks around them: reading the file as Netlify and
// Cloudflare Pages do, hashing inline code as browsers do, and finding inline code in built pages.
// The built site itself is checked by `npm run check:headers` and tests/e2e/csp.spec.ts.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
	checkSiteHeaders,
	isLocalSource,
} from '../../src/build-checks/headers/check-site-headers.ts';
import { allowsInline, cspHash, parseCsp } from '../../src/build-checks/headers/csp.ts';
import {
	blockedInlineCode,
	findInlineCode,
	isRunnableScriptType,
} from '../../src/build-checks/headers/find-inline-code.ts';
import {
	headersForPath,
	parseHeadersFile,
	patternMatches,
	portabilityProblems,
} from '../../src/build-checks/headers/headers-file.ts';
import { allowLocalCmsInAdminCsp } from '../../src/build-checks/headers/local-admin-csp.ts';
import { resolveRequestPath, serveWithHeaders } from '../../src/tools/serve-with-headers.ts';

const REPO = join(import.meta.dirname, '../..');
const HEADERS_FILE = readFileSync(join(REPO, 'public/_headers'), 'utf8');

describe('cspHash', () => {
	test('matches the hash browsers compute (SHA-256, base64, quoted)', () => {
		// The value Chromium prints for this script in its "Refused to execute inline script" message.
		assert.equal(
			cspHash("document.documentElement.classList.add('app-js')"),
			"'sha256-drhGBbRMhRqU/M4zxnSYyZNercZIf/ILLwoAMxbiAlM='",
		);
		assert.equal(cspHash(''), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
	});
});

describe('allowsInline', () => {
	const policy = parseCsp(
		`default-src 'self'; script-src 'self' ${cspHash('ok()')}; style-src 'self' 'unsafe-inline'; style-src-attr 'unsafe-hashes' ${cspHash('color: red')}`,
	);
	test('a script is allowed only by its hash', () => {
		assert.equal(allowsInline(policy, 'script-src-elem', 'ok()'), true);
		assert.equal(
			allowsInline(policy, 'script-src-elem', 'ok() '),
			false,
			'one extra space is another script',
		);
	});
	test("'unsafe-inline' allows any style element when no hash is listed", () => {
		assert.equal(allowsInline(policy, 'style-src-elem', 'p{}'), true);
	});
	test("attributes match a hash only with 'unsafe-hashes', in their own directive", () => {
		assert.equal(allowsInline(policy, 'style-src-attr', 'color: red'), true);
		assert.equal(allowsInline(policy, 'style-src-attr', 'color: blue'), false);
		assert.equal(
			allowsInline(parseCsp(`script-src 'self' ${cspHash('go()')}`), 'script-src-attr', 'go()'),
			false,
		);
	});
	test('falls back to default-src, and allows everything when nothing restricts', () => {
		assert.equal(allowsInline(parseCsp("default-src 'self'"), 'script-src-elem', 'x()'), false);
		assert.equal(allowsInline(parseCsp("img-src 'self'"), 'script-src-elem', 'x()'), true);
	});
});

describe('findInlineCode', () => {
	const html = [
		'<!doctype html><html><head><style>@layer a;</style><script>one()</script>',
		'<script type="module">two()</script><script src="/x.js"></script>',
		'<script type="application/json">{"data": true}</script><script type="application/ld+json">{}</script></head>',
		'<body><p style="text-align: right">1</p><button onclick="three()">b</button>',
		'<a href=" javascript:four()">a</a><noscript><style>.n{}</style></noscript>',
		'<template><script>five()</script></template></body></html>',
	].join('\n');
	const found = findInlineCode(html);

	test('lists scripts, styles, style attributes, handlers and javascript: URLs, with lines', () => {
		assert.deepEqual(
			found.map(({ directive, what, content, line }) => `${line} ${directive} ${what} ${content}`),
			[
				'1 style-src-elem <style> @layer a;',
				'1 script-src-elem <script> one()',
				'2 script-src-elem <script type="module"> two()',
				'4 style-src-attr style attribute on <p> text-align: right',
				'4 script-src-attr onclick attribute on <button> three()',
				'5 script-src-elem javascript: URL in href of <a>  javascript:four()',
				'5 style-src-elem <style> .n{}',
				'6 script-src-elem <script> five()',
			],
		);
	});

	test('skips external scripts and data blocks (JSON is never run, so CSP does not apply)', () => {
		assert.ok(!found.some((item) => item.content.includes('data')));
		assert.equal(isRunnableScriptType('application/json'), false);
		assert.equal(isRunnableScriptType('text/javascript'), true);
		assert.equal(isRunnableScriptType('importmap'), true, 'import maps are governed by script-src');
	});

	test('a hash allows exactly its script; javascript: URLs are never allowed by a hash', () => {
		const policy = parseCsp(
			`script-src 'self' ${cspHash('one()')} ${cspHash(' javascript:four()')}; style-src 'self'`,
		);
		assert.deepEqual(
			blockedInlineCode(found, policy).map((item) => item.content),
			[
				'@layer a;',
				'two()',
				'text-align: right',
				'three()',
				' javascript:four()',
				'.n{}',
				'five()',
			],
		);
	});
});

describe('parseHeadersFile and headersForPath', () => {
	const file = [
		'# comment',
		'/*',
		'  X-Test: everywhere',
		"  Content-Security-Policy: default-src 'self'",
		'/admin/*',
		'  ! Content-Security-Policy',
		"  Content-Security-Policy: default-src 'self' 'unsafe-eval'",
		'  X-Robots-Tag: noindex',
		'/forgot/*',
		"  Content-Security-Policy: script-src 'none'",
	].join('\n');
	const { rules, problems } = parseHeadersFile(file);

	test('reads rules, headers and detach lines, with no problems', () => {
		assert.deepEqual(problems, []);
		assert.deepEqual(
			rules.map((rule) => [rule.pattern, rule.detach, rule.headers.map((header) => header.name)]),
			[
				['/*', [], ['X-Test', 'Content-Security-Policy']],
				['/admin/*', ['content-security-policy'], ['Content-Security-Policy', 'X-Robots-Tag']],
				['/forgot/*', [], ['Content-Security-Policy']],
			],
		);
	});

	test('splats match any rest of the path, including none', () => {
		assert.equal(patternMatches('/admin/*', '/admin/'), true);
		assert.equal(patternMatches('/admin/*', '/admin/config.yml'), true);
		assert.equal(patternMatches('/admin/*', '/administration/'), false);
		assert.equal(patternMatches('/news/:id/', '/news/one/'), true);
		assert.equal(patternMatches('/news/:id/', '/news/one/two/'), false);
	});

	test('a detached header is replaced on Cloudflare and overridden on Netlify: the same result', () => {
		assert.equal(
			headersForPath(rules, '/admin/', 'cloudflare').get('content-security-policy'),
			"default-src 'self' 'unsafe-eval'",
		);
		assert.equal(
			headersForPath(rules, '/admin/', 'netlify').get('content-security-policy'),
			"default-src 'self' 'unsafe-eval'",
		);
		assert.equal(headersForPath(rules, '/admin/').get('x-test'), 'everywhere');
	});

	test('an override without detaching differs between the hosts, and is reported', () => {
		assert.equal(
			headersForPath(rules, '/forgot/x', 'cloudflare').get('content-security-policy'),
			"default-src 'self', script-src 'none'",
		);
		assert.deepEqual(portabilityProblems(rules, ['/', '/admin/']), []);
		assert.match(
			portabilityProblems(rules, ['/forgot/x'])[0] ?? '',
			/add “! content-security-policy”/,
		);
	});

	test('reports lines the hosts would not read', () => {
		const bad = parseHeadersFile(
			['X-Early: no path yet', '/*', 'X-Not-Indented: value', `  X-Long: ${'a'.repeat(2000)}`].join(
				'\n',
			),
		);
		assert.deepEqual(
			bad.problems.map((problem) => problem.line),
			[1, 3, 4],
		);
	});
});

describe('public/_headers', () => {
	const { rules, problems } = parseHeadersFile(HEADERS_FILE);
	const paths = [
		'/',
		'/report-a-concern/',
		'/search/',
		'/pagefind/pagefind-worker.js',
		'/_astro/a.css',
		'/admin/',
		'/admin/config.yml',
	];

	test('is well formed and means the same on Netlify and Cloudflare Pages', () => {
		assert.deepEqual(problems, []);
		assert.deepEqual(portabilityProblems(rules, paths), []);
	});

	test('allows the two inline lines in BaseLayout by hash, and nothing inline besides', () => {
		const layout = readFileSync(join(REPO, 'src/layouts/BaseLayout.astro'), 'utf8');
		const script = /<script is:inline>([^<]*)<\/script>/.exec(layout)?.[1];
		const style = /<style is:inline>([^<]*)<\/style>/.exec(layout)?.[1];
		assert.ok(
			script !== undefined && style !== undefined,
			'BaseLayout has its inline script and style',
		);
		const policy = parseCsp(headersForPath(rules, '/').get('content-security-policy') ?? '');
		assert.equal(
			allowsInline(policy, 'script-src-elem', script),
			true,
			`script-src needs ${cspHash(script)} (BaseLayout's app-js line changed?)`,
		);
		assert.equal(
			allowsInline(policy, 'style-src-elem', style),
			true,
			`style-src needs ${cspHash(style)} (BaseLayout's @layer order changed?)`,
		);
		assert.equal(allowsInline(policy, 'script-src-elem', 'alert(1)'), false);
		assert.equal(allowsInline(policy, 'style-src-elem', 'body{display:none}'), false);
		assert.equal(
			allowsInline(policy, 'style-src-attr', 'text-align: right'),
			true,
			'aligned Markdown table cells',
		);
	});

	test('every path gets the security headers; the admin its own policy and noindex', () => {
		const pages = new Map([
			['index.html', '<!doctype html><title>x</title>'],
			['admin/index.html', '<!doctype html><title>x</title>'],
			['search/index.html', '<!doctype html><title>x</title>'],
		]);
		assert.deepEqual(checkSiteHeaders(rules, pages).problems, []);
		const admin = headersForPath(rules, '/admin/');
		assert.equal(admin.get('x-robots-tag'), 'noindex');
		assert.match(
			admin.get('content-security-policy') ?? '',
			/connect-src 'self' blob: https:\/\/api\.github\.com/,
		);
		assert.equal(admin.get('cross-origin-opener-policy'), 'same-origin-allow-popups');
		assert.match(
			headersForPath(rules, '/pagefind/pagefind-worker.js').get('content-security-policy') ?? '',
			/'wasm-unsafe-eval'/,
		);
		assert.doesNotMatch(
			headersForPath(rules, '/about/').get('content-security-policy') ?? '',
			/unsafe-eval|unsafe-inline/,
		);
	});
});

describe('the admin and the local content server', () => {
	const connectSrc = (text: string) =>
		parseCsp(
			headersForPath(parseHeadersFile(text).rules, '/admin/').get('content-security-policy') ?? '',
		).get('connect-src') ?? [];

	test('the deployed admin may connect to no local address (it once allowed http://localhost:8081)', () => {
		const local = connectSrc(HEADERS_FILE).filter(isLocalSource);
		assert.deepEqual(local, []);
		for (const policy of parseHeadersFile(HEADERS_FILE).rules.flatMap((rule) =>
			rule.headers.filter((header) => header.name === 'Content-Security-Policy'),
		)) {
			assert.doesNotMatch(policy.value, /localhost|127\.0\.0\.1|\[::1\]/, `line ${policy.line}`);
		}
	});

	test('isLocalSource knows the ways to name this machine', () => {
		for (const source of [
			'http://localhost:8081',
			'localhost',
			'http://127.0.0.1:9000',
			'ws://127.0.0.5',
			'http://[::1]:8081',
			'http://localhost:*',
			'https://localhost/api',
		]) {
			assert.equal(isLocalSource(source), true, source);
		}
		for (const source of [
			"'self'",
			'blob:',
			'https://api.github.com',
			'https://localhost.example.com',
			'https://127.0.0.1.example.com',
		]) {
			assert.equal(isLocalSource(source), false, source);
		}
	});

	test('check:headers fails a policy that allows a local address', () => {
		const withLocal = parseHeadersFile(
			HEADERS_FILE.replace(
				'https://www.githubstatus.com;',
				'https://www.githubstatus.com http://localhost:8081;',
			),
		).rules;
		const problems = checkSiteHeaders(withLocal, new Map([['admin/index.html', '']])).problems;
		assert.ok(
			problems.some((problem) =>
				/admin\/index\.html: .*connect-src allows a local address \(http:\/\/localhost:8081\)/.test(
					problem,
				),
			),
			problems.join('\n'),
		);
	});

	test('the build npm start makes lets the admin connect to its content server, and changes nothing else', () => {
		const local = allowLocalCmsInAdminCsp(HEADERS_FILE, 'http://127.0.0.1:9123');
		assert.deepEqual(connectSrc(local), [...connectSrc(HEADERS_FILE), 'http://127.0.0.1:9123']);
		const changed = local
			.split('\n')
			.filter((line, index) => line !== HEADERS_FILE.split('\n')[index]);
		assert.equal(changed.length, 1, 'one line: the admin policy');
		assert.equal(
			headersForPath(parseHeadersFile(local).rules, '/').get('content-security-policy'),
			headersForPath(parseHeadersFile(HEADERS_FILE).rules, '/').get('content-security-policy'),
		);
		assert.throws(
			() => allowLocalCmsInAdminCsp('/*\n  X-Test: 1\n', 'http://127.0.0.1:1'),
			/no Content-Security-Policy for \/admin\/\*/,
		);
	});
});

describe('checkSiteHeaders', () => {
	const rules = parseHeadersFile(
		[
			'/*',
			`  Content-Security-Policy: default-src 'self'; script-src 'self' ${cspHash('ok()')} ${cspHash('gone()')}; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`,
			'  Referrer-Policy: no-referrer',
			'  X-Content-Type-Options: nosniff',
			'  Strict-Transport-Security: max-age=63072000; includeSubDomains; preload',
			'  Cross-Origin-Opener-Policy: same-origin',
			'  Permissions-Policy: camera=(), microphone=(), geolocation=()',
		].join('\n'),
	).rules;

	test('fails a page whose inline script has no hash in the policy, and names the hash to add', () => {
		const report = checkSiteHeaders(
			rules,
			new Map([
				['a/index.html', '<title>a</title>\n<script>ok()</script>\n<script>evil()</script>'],
			]),
		);
		assert.equal(report.problems.length, 1);
		assert.match(
			report.problems[0] ?? '',
			/^a\/index\.html:3: <script> is blocked .* add 'sha256-[^']+' to script-src/,
		);
		assert.ok(report.problems[0]?.includes(cspHash('evil()')));
	});

	test('warns about a listed hash that no page uses', () => {
		const report = checkSiteHeaders(rules, new Map([['index.html', '<script>ok()</script>']]));
		assert.deepEqual(report.problems, []);
		assert.equal(report.warnings.length, 1);
		assert.ok(report.warnings[0]?.startsWith(cspHash('gone()')));
	});

	test('fails the admin without noindex, and a page whose policy is too loose', () => {
		const loose = parseHeadersFile(
			HEADERS_FILE.replace(
				"script-src 'self' 'sha256-drh",
				"script-src 'self' 'unsafe-inline' 'sha256-drh",
			).replace(/ *X-Robots-Tag: noindex\n/, ''),
		).rules;
		const problems = checkSiteHeaders(
			loose,
			new Map([
				['index.html', ''],
				['admin/index.html', ''],
			]),
		).problems;
		assert.ok(
			problems.some((problem) =>
				/index\.html: the Content-Security-Policy is too loose: script-src allows 'unsafe-inline'/.test(
					problem,
				),
			),
		);
		assert.ok(
			problems.some((problem) =>
				/admin\/index\.html: the admin needs “X-Robots-Tag: noindex”/.test(problem),
			),
		);
	});
});

describe('serveWithHeaders', () => {
	const root = mkdtempSync(join(tmpdir(), 'rscp-serve-'));
	mkdirSync(join(root, 'about'));
	writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>');
	writeFileSync(join(root, 'about/index.html'), '<!doctype html><title>About</title>');
	writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
	writeFileSync(join(root, '_headers'), '/*\n  X-Test: yes\n/about/*\n  X-About: yes\n');
	after(() => rmSync(root, { recursive: true, force: true }));

	test('maps URLs to files as the hosts do', () => {
		assert.deepEqual(resolveRequestPath(root, '/about/'), { file: join(root, 'about/index.html') });
		assert.deepEqual(resolveRequestPath(root, '/about'), { redirect: '/about/' });
		assert.equal(resolveRequestPath(root, '/_headers'), undefined, '_headers is never served');
		assert.equal(resolveRequestPath(root, '/../etc/passwd'), undefined);
		assert.equal(resolveRequestPath(root, '/%2e%2e/etc/passwd'), undefined);
	});

	test('serves pages with the headers their path matches, and the 404 page', async () => {
		const server = await serveWithHeaders(root);
		try {
			const about = await fetch(`${server.origin}/about/`);
			assert.equal(about.status, 200);
			assert.equal(about.headers.get('x-test'), 'yes');
			assert.equal(about.headers.get('x-about'), 'yes');
			assert.match(about.headers.get('content-type') ?? '', /^text\/html/);
			const missing = await fetch(`${server.origin}/nope/`);
			assert.equal(missing.status, 404);
			assert.match(await missing.text(), /Not found/);
			assert.equal(missing.headers.get('x-test'), 'yes');
		} finally {
			await server.close();
		}
	});
});
