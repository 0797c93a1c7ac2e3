import { transform } from '@astrojs/compiler-rs';
import { readFileSync } from 'node:fs';
const file = process.argv[2]!;
const r = await transform(readFileSync(file, 'utf8'), { filename: file, internalURL: 'astro/compiler-runtime', resolvePath: async (s: string) => s } as any);
console.log(r.code.slice(0, 3000));
