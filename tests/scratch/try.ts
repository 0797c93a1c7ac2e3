import { register } from 'node:module';
import { readFileSync } from 'node:fs';
register('./hooks.ts', import.meta.url);
(globalThis as any).__astroEnv = { DEV: false, PROD: true, SITE: 'https://www.redbridgescp.org.uk', BASE_URL: '/' };
const t0 = performance.now();
const { experimental_AstroContainer } = await import('astro/container');
const content: any = await import('astro:content' as string);
const container = await experimental_AstroContainer.create();
const hostile = content.parseEntry('newsletters', 'hostile-frontmatter', readFileSync('tests/fixtures/hostile/content/newsletters/hostile-frontmatter.md', 'utf8'));
content.addEntry(hostile);
const P = (await import('../../src/pages/newsletters/[id].astro')).default;
try {
const html = await container.renderToString(P, { props: { newsletter: hostile }, params: { id: hostile.id }, partial: false });
console.log(html.length, html.match(/<h1[^>]*>.*?<\/h1>/s)?.[0], html.match(/<meta name="description"[^>]*>/)?.[0]);
console.log(html.includes('<script>alert'), html.includes('onerror'), html.match(/onmouseover/g));
const L = (await import('../../src/pages/newsletters/index.astro')).default;
const list = await container.renderToString(L, { partial: false });
console.log('list', list.length, list.includes('Edition &lt;script&gt;'));
const rss = await import('../../src/pages/newsletters/rss.xml.ts');
const res = await rss.GET({ site: new URL('https://www.redbridgescp.org.uk') } as any);
const xml = await res.text();
console.log('rss', xml.length, xml.includes('<script>'), xml.match(/<title>Edition.*?<\/title>/)?.[0]);
} catch (e) { console.error('ERR', e); }
console.log('ms', performance.now() - t0);
