/** The fields grouping needs from a priority entry. */
interface PriorityLike {
	data: { period: string; order: number };
}

/**
 * Groups priorities by period, newest period first, each in its own order.
 * @example groupPrioritiesByPeriod(entries)[0].period // "2025-26"
 */
export function groupPrioritiesByPeriod<T extends PriorityLike>(
	priorities: T[],
): { period: string; priorities: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const priority of priorities) {
		const list = groups.get(priority.data.period) ?? [];
		list.push(priority);
		groups.set(priority.data.period, list);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => b.localeCompare(a))
		.map(([period, list]) => ({
			period,
			priorities: list.sort((a, b) => a.data.order - b.data.order),
		}));
}
