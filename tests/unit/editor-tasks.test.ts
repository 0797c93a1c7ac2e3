// The editors' status page and `npm run report:stale` come from one function and agree.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { cmsEntryUrl, editorTaskGroups } from '../../src/lib/freshness/editor-tasks.ts';
import { countStaleItems, findStaleContent } from '../../src/lib/freshness/find-stale-content.ts';

const REPO = join(import.meta.dirname, '../..');
const ROOT = join(REPO, 'tests/fixtures/freshness');
const TODAY = new Date('2026-03-01T12:00:00Z');

test('the status page groups exactly the rows of the report, each once', () => {
	const result = findStaleContent(ROOT, { today: TODAY });
	const groups = editorTaskGroups(result);
	assert.deepEqual(
		groups
			.flatMap((group) => group.items)
			.sort((a, b) => a.file.localeCompare(b.file) || a.status.localeCompare(b.status)),
		[...result.items].sort(
			(a, b) => a.file.localeCompare(b.file) || a.status.localeCompare(b.status),
		),
	);
	const counts = countStaleItems(result.items);
	const size = (id: string) => groups.find((group) => group.id === id)?.items.length;
	assert.equal(
		(size('review-due') ?? 0) + (size('contacts') ?? 0),
		counts.overdue + counts.dueSoon,
	);
	assert.equal(size('to-be-confirmed'), counts.toBeConfirmed);
	assert.equal(size('drafts'), counts.drafts);
});

test('the counts the status page shows are the ones report:stale prints for the real content', () => {
	const groups = editorTaskGroups(findStaleContent(REPO));
	const report = spawnSync(process.execPath, [join(REPO, 'src/tools/report-stale.ts')], {
		cwd: REPO,
		encoding: 'utf8',
	});
	assert.equal(report.status, 0, report.stderr);
	const size = (id: string) => groups.find((group) => group.id === id)?.items.length ?? -1;
	assert.match(report.stdout, new RegExp(`- To be confirmed: ${size('to-be-confirmed')}\\b`));
	assert.match(report.stdout, new RegExp(`- Drafts: ${size('drafts')}\\b`));
	assert.match(
		report.stdout,
		new RegExp(
			`\\(${size('review-due') === -1 ? 0 : '\\d+'} reviews?, \\d+ contacts? to re-verify\\)`,
		),
	);
});

test('each row opens its entry in the CMS', () => {
	assert.equal(
		cmsEntryUrl({ collection: 'pages', entryId: 'about/budget' }),
		'/admin/#/collections/pages/entries/about/budget',
	);
	assert.equal(
		cmsEntryUrl({ collection: 'contacts', entryId: 'lado' }),
		'/admin/#/collections/contacts/entries/lado',
	);
});
