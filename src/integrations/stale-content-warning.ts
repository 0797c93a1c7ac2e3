// Warns during `astro build`, without failing it, about content past its review date or
// contacts due for re-verification, and counts what is marked "to be confirmed".
// The full list, with what to do, is `npm run report:stale`.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { countStaleItems, findStaleContent } from '../lib/freshness/find-stale-content.ts';

/** Astro integration: one warning per overdue item, then a count, then the to-be-confirmed count. */
export function staleContentWarning(): AstroIntegration {
	let rootDir = process.cwd();
	return {
		name: 'rscp:stale-content-warning',
		hooks: {
			'astro:config:done': ({ config }) => {
				rootDir = fileURLToPath(config.root);
			},
			// Build only: `astro dev` and `astro check` stay quiet.
			'astro:build:start': ({ logger }) => {
				const result = findStaleContent(rootDir);
				const counts = countStaleItems(result.items);
				for (const item of result.items.filter((row) => row.status === 'overdue')) {
					const day = item.date?.toISOString().slice(0, 10);
					// A contact with no lastVerified has never been checked: say so rather than print an empty date.
					const what =
						item.dateKind === 'last-verified'
							? day
								? `last verified ${day}`
								: 'never verified'
							: `review was due ${day ?? ''}`;
					logger.warn(`Overdue: ${item.file} (“${item.title}”): ${what}`);
				}
				const overdueLine = `${counts.overdue} item(s) overdue: ${counts.overdueReviews} past their review date, ${counts.overdueVerifications} contact(s) not verified in the last 12 months. Run npm run report:stale for the list.`;
				if (counts.overdue) logger.warn(overdueLine);
				else
					logger.info(
						'No content is past its review date and every contact was verified in the last 12 months.',
					);
				if (counts.toBeConfirmed)
					logger.warn(
						`${counts.toBeConfirmed} item(s) marked “to be confirmed” by the RSCP. Run npm run report:stale for the list.`,
					);
			},
		},
	};
}
