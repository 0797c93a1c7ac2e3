// The registry (src/schemas/collections.ts) is the one home of every collection's facts; the rest
// is derived from it. Adding a collection touches the registry, its schema, its pages and its
// fixtures: this fails, naming the place, when any of those is missing or does not follow it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { MAIN_SECTIONS } from '../../src/lib/main-sections.ts';
import { SEARCH_TYPE_LABELS } from '../../src/lib/search/search-types.ts';
import {
	COLLECTIONS,
	COLLECTION_NAMES,
	type CollectionName,
} from '../../src/schemas/collections.ts';

const REPO = join(import.meta.dirname, '../..');
const files = (folder: string) =>
	existsSync(folder)
		? readdirSync(folder, { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
		: [];
const site = (name: CollectionName) =>
	(
		COLLECTIONS[name] as {
			site?: {
				url: string;
				searchType: string;
				searchLabel: string;
				navigation?: { label: string };
			};
		}
	).site;

describe('every collection in the registry', () => {
	const config = parse(readFileSync(join(REPO, 'cms/config.yml'), 'utf8')) as {
		collections: { name: string; folder: string }[];
	};
	for (const name of COLLECTION_NAMES) {
		test(`${name}: content folder, fixtures, CMS, and its pages where it has any`, () => {
			assert.equal(COLLECTIONS[name].folder, `content/${name}`);
			assert.ok(existsSync(join(REPO, 'content', name)), `content/${name}/ exists`);
			assert.ok(
				files(join(REPO, 'tests/fixtures/valid/content', name)).length > 0,
				`a valid fixture in tests/fixtures/valid/content/${name}/`,
			);
			assert.ok(
				files(join(REPO, 'tests/fixtures/invalid/content', name)).length > 0,
				`an invalid fixture in tests/fixtures/invalid/content/${name}/`,
			);
			assert.deepEqual(
				config.collections.find((collection) => collection.name === name)?.folder,
				`content/${name}`,
				'in cms/config.yml (npm run cms:build)',
			);

			const pages = site(name);
			if (!pages) return;
			assert.equal(
				SEARCH_TYPE_LABELS[pages.searchType as keyof typeof SEARCH_TYPE_LABELS],
				pages.searchLabel,
				'a search type',
			);
			if (pages.navigation)
				assert.ok(
					MAIN_SECTIONS.some((section) => section.href === pages.url),
					'in the main navigation',
				);
			// Its entry page renders through EntryLayout with its own name, in the folder its address names.
			const routeFolder = join(REPO, 'src/pages', pages.url);
			const routes = files(routeFolder).map((dirent) =>
				readFileSync(join(dirent.parentPath, dirent.name), 'utf8'),
			);
			assert.ok(
				routes.some(
					(source) =>
						source.includes(`<EntryLayout`) && new RegExp(`collection="${name}"`).test(source),
				),
				`an entry page in src/pages${pages.url} using <EntryLayout collection="${name}">`,
			);
		});
	}
});
