// Writes cms/config.yml from the zod schemas and cms/config.base.yml.
// Usage: npm run cms:build
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderDecapConfigFromRepo } from '../lib/cms/to-decap-config.ts';

const root = resolve(import.meta.dirname, '../..');
writeFileSync(resolve(root, 'cms/config.yml'), renderDecapConfigFromRepo(root));
console.log('Wrote cms/config.yml from src/schemas.');
