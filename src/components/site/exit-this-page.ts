// Behaviour for <app-exit-this-page>, modelled on GOV.UK Frontend's Exit this page:
// Shift pressed three times (either key, in any mix) within 5 seconds exits; every
// exit covers the page at once and then replaces it, so Back does not return here.
// Without JS the control is a plain link to the neutral site.

/** How long the user has between Shift presses before the count starts again. */
export const SHIFT_TIMEOUT_MS = 5000;
const PRESSES_TO_EXIT = 3;

/**
 * Counts Shift presses that are not modifiers of another key.
 * Pure, so the rule can be unit tested without a browser.
 */
export class ShiftCounter {
	count = 0;
	private lastKeyWasModified = false;

	/** Call on keydown; a key pressed while Shift is down makes that Shift a modifier. */
	keyDown(key: string, shiftKey: boolean): void {
		this.lastKeyWasModified = key !== 'Shift' && shiftKey;
		if (key !== 'Shift') this.count = 0;
	}

	/** Call on keyup; returns the new count (0 when the press did not count). */
	keyUp(key: string): number {
		if (key !== 'Shift') return this.count;
		if (this.lastKeyWasModified) {
			this.lastKeyWasModified = false;
			return this.count;
		}
		this.count += 1;
		return this.count;
	}

	reset(): void {
		this.count = 0;
		this.lastKeyWasModified = false;
	}
}

/** What the control says, in English unless the page passes its own language's words. */
const ENGLISH_MESSAGES = {
	twoMore: 'Shift, press 2 more times to exit.',
	oneMore: 'Shift, press 1 more time to exit.',
	exiting: 'Exiting this page.',
	expired: 'Exit this page expired.',
	loading: 'Loading',
};

class ExitThisPage extends HTMLElement {
	private counter = new ShiftCounter();
	private timer: number | undefined;
	/** From `data-messages` (ExitThisPage.astro, from the language's UI strings) on translated pages. */
	private messages = ENGLISH_MESSAGES;

	connectedCallback(): void {
		this.messages = {
			...ENGLISH_MESSAGES,
			...(JSON.parse(this.dataset.messages ?? '{}') as Partial<typeof ENGLISH_MESSAGES>),
		};
		const link = this.querySelector<HTMLAnchorElement>('a[data-exit-link]');
		if (!link) return;
		document.querySelectorAll<HTMLAnchorElement>('[data-exit-link]').forEach((exitLink) =>
			exitLink.addEventListener('click', (event) => {
				event.preventDefault();
				this.exit(link.href);
			}),
		);
		document.addEventListener(
			'keydown',
			(event) => this.counter.keyDown(event.key, event.shiftKey),
			true,
		);
		document.addEventListener('keyup', (event) => this.onKeyUp(event.key, link.href), true);
		// A page restored from the back/forward cache must not stay covered.
		window.addEventListener('pageshow', () =>
			document.documentElement.removeAttribute('data-exiting'),
		);
	}

	private onKeyUp(key: string, href: string): void {
		const before = this.counter.count;
		const count = this.counter.keyUp(key);
		if (count === before) return;
		window.clearTimeout(this.timer);
		if (count >= PRESSES_TO_EXIT) {
			this.announce(this.messages.exiting);
			this.exit(href);
			return;
		}
		this.announce(PRESSES_TO_EXIT - count === 1 ? this.messages.oneMore : this.messages.twoMore);
		this.timer = window.setTimeout(() => {
			this.counter.reset();
			this.announce(this.messages.expired);
		}, SHIFT_TIMEOUT_MS);
	}

	private announce(message: string): void {
		const status = this.querySelector('[data-exit-status]');
		if (status) status.textContent = message;
		const indicator = this.querySelector<HTMLElement>('[data-exit-indicator]');
		if (indicator) indicator.dataset.count = String(this.counter.count);
	}

	/** Covers the page at once, then replaces this history entry with the neutral site. */
	private exit(href: string): void {
		document.documentElement.setAttribute('data-exiting', '');
		document.title = this.messages.loading;
		window.location.replace(href);
	}
}

if (!customElements.get('app-exit-this-page'))
	customElements.define('app-exit-this-page', ExitThisPage);
