// “What's changed”: a dated log of the changes readers should know about, newest first, modelled
// on the amendments logs of the London and Tri.x procedures manuals. Two sources, both honest:
// the changes editors record on an entry (its `changes` field), and new briefings, newsletters and
// reports, which appear on their own from their publication date, but only from the day the log
// started (CHANGE_LOG_STARTS): nothing is logged that did not change on this site.
import type { CHANGE_KINDS } from '../../schemas/shared/fields.ts';

/** The first day the log covers: the day it was added to the site. Earlier material is not “new”. */
export const CHANGE_LOG_STARTS = '2026-12-03';

/** One line of the log. */
export interface ChangeLogItem {
	/** `YYYY-MM-DD`. */
	date: string;
	kind: (typeof CHANGE_KINDS)[number];
	/** The sentence readers see. */
	summary: string;
	/** The page the change is on, and its title. */
	href: string;
	pageTitle: string;
	/** A stable id for the line on /whats-changed/ (and its feed item), e.g. `2027-01-05-updated-lado`. */
	id: string;
}

/** What the log reads from one entry. */
export interface ChangeLogSource {
	href: string;
	title: string;
	/** e.g. `7-minute briefing`: names what is new in an automatic “added” line. */
	kindLabel: string;
	/** Set for collections whose new entries are logged on their own (briefings, newsletters, reports). */
	published?: Date;
	changes?: readonly { date: Date; kind: ChangeLogItem['kind']; summary: string }[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Every line of the log, newest first (then by page title, so builds do not reorder it).
 * @example changeLogItems([{ href: '/lado/', title: 'LADO', kindLabel: 'Page', changes: [{ date: new Date('2027-01-05'), kind: 'updated', summary: 'The LADO has a new number.' }] }])[0].summary // 'The LADO has a new number.'
 */
export function changeLogItems(
	sources: readonly ChangeLogSource[],
	starts = CHANGE_LOG_STARTS,
): ChangeLogItem[] {
	const items: ChangeLogItem[] = [];
	for (const source of sources) {
		const page = { href: source.href, pageTitle: source.title };
		for (const change of source.changes ?? [])
			items.push({
				date: day(change.date),
				kind: change.kind,
				summary: change.summary,
				...page,
				id: '',
			});
		const published = source.published ? day(source.published) : undefined;
		// An editor's own “added” line for the same day says it better: no second line.
		const saidAlready = (source.changes ?? []).some((change) => change.kind === 'added');
		if (published && published >= starts && !saidAlready) {
			items.push({
				date: published,
				kind: 'added',
				summary: `New ${source.kindLabel.toLowerCase()}: ${source.title}.`,
				...page,
				id: '',
			});
		}
	}
	items.sort(
		(a, b) =>
			b.date.localeCompare(a.date) ||
			a.pageTitle.localeCompare(b.pageTitle, 'en-GB') ||
			a.summary.localeCompare(b.summary),
	);
	// Two changes to one page on one day keep apart with a counter.
	const seen = new Map<string, number>();
	for (const item of items) {
		const base = `${item.date}-${item.kind}-${item.href.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'home'}`;
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		item.id = count === 1 ? base : `${base}-${count}`;
	}
	return items;
}

/** The log grouped by month, newest month first, e.g. `{ month: 'January 2027', items }`. */
export function groupByMonth(
	items: readonly ChangeLogItem[],
): { month: string; id: string; items: ChangeLogItem[] }[] {
	const groups = new Map<string, ChangeLogItem[]>();
	for (const item of items)
		groups.set(item.date.slice(0, 7), [...(groups.get(item.date.slice(0, 7)) ?? []), item]);
	const monthName = (key: string) =>
		new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
			new Date(`${key}-01T00:00:00Z`),
		);
	return [...groups.entries()].map(([key, list]) => ({
		month: monthName(key),
		id: `changes-${key}`,
		items: list,
	}));
}

/** How each kind of change reads. */
export const CHANGE_KIND_LABELS: Record<ChangeLogItem['kind'], string> = {
	added: 'Added',
	updated: 'Updated',
	withdrawn: 'Withdrawn',
};
