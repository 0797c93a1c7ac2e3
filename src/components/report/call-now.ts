// Behaviour for <app-call-now>: marks the child protection number to call right now.
// Without JS both numbers are shown equally, with their hours; this only adds emphasis.
import {
	callNowStatus,
	pickLineNow,
	restsOnUnconfirmedTimes,
	type LineHours,
} from '../../lib/call-now.ts';

class CallNow extends HTMLElement {
	connectedCallback(): void {
		const items = [...this.querySelectorAll<HTMLElement>('[data-phone-hours]')];
		const lines: LineHours[] = items.map((item) => ({
			hours: item.dataset.phoneHours ?? '',
			openingTimes: item.dataset.openingTimes ? JSON.parse(item.dataset.openingTimes) : undefined,
		}));
		const index = pickLineNow(lines, new Date());
		const chosen = items[index];
		const status = this.querySelector<HTMLElement>('[data-call-now-status]');
		if (!chosen || !status) return;
		chosen.setAttribute('data-call-now', '');
		const label =
			chosen.querySelector('[data-phone-label]')?.textContent?.replace(/:\s*$/, '') ??
			'this number';
		status.textContent = callNowStatus(label, restsOnUnconfirmedTimes(lines));
		status.hidden = false;
	}
}

if (!customElements.get('app-call-now')) customElements.define('app-call-now', CallNow);
