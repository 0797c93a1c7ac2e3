// Behaviour for <app-briefing-filter> on /briefings/. Without JS the filters are links to
// static pages (see BriefingFilter.astro); this filters the list in place instead. The
// matching rules live in src/lib/briefings/filter-query.ts, where they are unit tested.
import {
	FILTER_KEYS,
	countSelected,
	emptySelection,
	matchesSelection,
	parseFilterQuery,
	toFilterQuery,
	type FilterKey,
	type FilterSelection,
} from '../../lib/briefings/filter-query.ts';

class BriefingFilter extends HTMLElement {
	/** The <search> panel of checkboxes and selects. */
	private panel: HTMLElement | null = null;
	// Back and Forward: show the selection the address now holds.
	private readonly onPopState = (): void => this.show(parseFilterQuery(location.search));

	connectedCallback(): void {
		this.panel = this.querySelector<HTMLElement>('[data-filter-form]');
		const status = this.querySelector<HTMLElement>('[data-filter-status]');
		if (!this.panel || !status) return;
		// The controls replace the links: the same filters, twice over, would only get in the way.
		this.querySelector<HTMLElement>('[data-filter-links]')?.setAttribute('hidden', '');
		this.panel.hidden = false;
		status.hidden = false;
		this.panel.addEventListener('change', () => this.choose(this.read()));
		this.querySelector('[data-filter-clear]')?.addEventListener('click', () =>
			this.choose(emptySelection()),
		);
		window.addEventListener('popstate', this.onPopState);
		// A shared link or a reload: start from the address.
		this.show(parseFilterQuery(location.search));
	}

	disconnectedCallback(): void {
		window.removeEventListener('popstate', this.onPopState);
	}

	/** A choice made with the controls: show it and add it to the history, so Back undoes it. */
	private choose(selection: FilterSelection): void {
		this.show(selection);
		const url = `${location.pathname}${toFilterQuery(this.read())}`;
		if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
	}

	/** Sets the controls to a selection, then shows only the briefings that match it. */
	private show(selection: FilterSelection): void {
		for (const control of this.controls()) {
			const values = selection[control.name as FilterKey] ?? [];
			if (control instanceof HTMLInputElement) control.checked = values.includes(control.value);
			else control.value = values[0] ?? '';
		}
		// Read back from the controls: values none of them offers (an old link) are dropped.
		const chosen = this.read();
		const markers = this.querySelectorAll<HTMLElement>('[data-briefing-card]');
		let shown = 0;
		markers.forEach((marker) => {
			const values = Object.fromEntries(
				FILTER_KEYS.map((key) => [key, (marker.dataset[key] ?? '').split(' ')]),
			);
			const matches = matchesSelection(values, chosen);
			const card = marker.closest('li');
			if (card) card.hidden = !matches;
			if (matches) shown += 1;
		});
		const status = this.querySelector<HTMLElement>('[data-filter-status]');
		const text =
			countSelected(chosen) === 0
				? `Showing all ${markers.length} briefings`
				: `Showing ${shown} of ${markers.length} briefings`;
		// Only a change is written, so the live region speaks only when the count changes.
		if (status && status.textContent !== text) status.textContent = text;
		this.querySelector<HTMLElement>('[data-filter-empty]')?.toggleAttribute('hidden', shown > 0);
	}

	/** The checkboxes and selects, each named after its filter. */
	private controls(): NodeListOf<HTMLInputElement | HTMLSelectElement> {
		return this.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
			'[data-filter-form] :is(input, select)[name]',
		);
	}

	/** The selection the controls now hold: ticked boxes and chosen options. */
	private read(): FilterSelection {
		const selection = emptySelection();
		for (const control of this.controls()) {
			const chosen = control instanceof HTMLInputElement ? control.checked : control.value !== '';
			if (chosen) selection[control.name as FilterKey]?.push(control.value);
		}
		return selection;
	}
}

if (!customElements.get('app-briefing-filter'))
	customElements.define('app-briefing-filter', BriefingFilter);
