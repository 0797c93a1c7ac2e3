// Behaviour for <app-site-search>, the search page, on Pagefind's JS API (not its default UI).
// Without JS the page says search needs JavaScript and lists the A to Z and the main sections.
//
// - Pagefind (/pagefind/pagefind.js, its WebAssembly and index chunks) is imported only when the
//   field gets focus or input, or when the address already holds a query: no other page loads it.
// - The query and ticked filters live in the address (/search/?q=lado&type=contact), so a search
//   can be shared and Back returns to the previous search (rules in src/lib/search/search-state.ts).
// - Queries run through src/lib/search/run-site-search.ts: when no page has every word, the search
//   relaxes (pages with some of the words, said so above the results) and corrects misspellings from
//   the index's own vocabulary (“Did you mean …”). A query with a danger word (content: synonyms
//   marked urgent) shows the emergency numbers above the results.
// - Results are a list of headings linking to the page, with the matching sections of the page
//   (Pagefind sub-results, from headings with ids), and a contact's numbers straight in the result.
// - A polite live region announces the number of results; filters are native checkboxes whose
//   counts say how many results ticking them would give; everything works with the keyboard alone.
// - Performance marks `app-site-search:start` / measure `app-site-search` time each search for
//   the benchmark (src/tools/bench/first-search.ts).
import { formatDate } from '../../lib/format-date.ts';
import {
	PAGEFIND_OPTIONS,
	PAGEFIND_URL,
	type PagefindApi,
	type PagefindFilterCounts,
	type PagefindResult,
	type PagefindResultData,
} from '../../lib/search/pagefind-api.ts';
import {
	SEARCH_AUDIENCES,
	SEARCH_FILTER_GROUPS,
	filterValueLabel as labelFor,
	type SearchFilterKey,
} from '../../lib/search/search-filters.ts';
import type { SearchHit } from '../../lib/search/relax-search.ts';
import { runSiteSearch, type SiteSearchOutcome } from '../../lib/search/run-site-search.ts';
import {
	PHONES_META_KEY,
	excerptParts,
	parsePhones,
	resultCountMessage,
	searchModeNotice,
	sectionMatchesQuery,
} from '../../lib/search/search-results.ts';
import { loadVocabulary } from '../../lib/search/load-vocabulary.ts';
import { isUrgentQuery } from '../../lib/search/urgent-query.ts';
import {
	countTicked,
	historyModeFor,
	noFilters,
	normaliseQuery,
	pagefindFilters,
	readSearchState,
	sameSearch,
	searchLanguage,
	searchUrl,
	type SearchState,
	type SelectedFilters,
} from '../../lib/search/search-state.ts';
import { telHref } from '../contacts/tel-href.ts';

/** Results shown at first, and added by "Show more results". */
const PAGE_SIZE = 10;
/** Pause after the last keystroke before searching: long enough not to search every letter. */
const TYPING_DELAY_MS = 300;
/** Matching sections listed under a result. */
const MAX_SECTIONS = 3;

let pagefindLoad: Promise<PagefindApi> | undefined;
/** The language searched: a translated page's (from `?lang=`), or undefined for English. */
let language: string | undefined;

/** Imports and initialises Pagefind once, with the site's search options. A failed load can be retried. */
function loadPagefind(): Promise<PagefindApi> {
	pagefindLoad ??= (async () => {
		// A variable, not a literal, so the bundler leaves the import to the browser: the file exists only after a build.
		const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindApi;
		await pagefind.options(structuredClone(PAGEFIND_OPTIONS) as unknown as Record<string, unknown>);
		// Pagefind reads the index's language from <html lang> as init() starts (synchronously;
		// its module-level init takes no language). To search a translated page's language, the
		// attribute says that language for that moment only, then is put back.
		const root = document.documentElement;
		const pageLang = root.lang;
		if (language) root.lang = language;
		const ready = pagefind.init();
		root.lang = pageLang;
		await ready;
		return pagefind;
	})();
	pagefindLoad.catch(() => {
		pagefindLoad = undefined;
	});
	return pagefindLoad;
}

type PagefindFilters = Record<string, { any: string[] }>;

/** The pages any of `terms` finds with `filters`: a relaxed search's pages come from several terms. */
async function pagesWith(
	pagefind: PagefindApi,
	terms: readonly string[],
	filters: PagefindFilters,
): Promise<Set<string>> {
	const pages = new Set<string>();
	for (const term of terms) {
		for (const result of (await pagefind.search(term, { filters })).results) pages.add(result.id);
	}
	return pages;
}

/**
 * How many of a search's results have each value of the filter group `key`. For one Pagefind term
 * these are Pagefind's own counts; for a relaxed search (several terms) each value's pages are
 * found with a search per term (the chunks are loaded already, so this costs no download).
 */
async function countByValue(
	pagefind: PagefindApi,
	outcome: SiteSearchOutcome,
	filters: PagefindFilters,
	key: SearchFilterKey,
	everyValue: PagefindFilterCounts,
): Promise<Record<string, number>> {
	const [term] = outcome.terms;
	if (term !== undefined && outcome.terms.length === 1 && outcome.hits.length > 0)
		return (await pagefind.search(term, { filters })).filters[key] ?? {};
	const hits = new Set(outcome.hits.map((hit) => hit.id));
	const counts: Record<string, number> = {};
	for (const value of Object.keys(everyValue[key] ?? {})) {
		const pages = await pagesWith(pagefind, outcome.terms, { ...filters, [key]: { any: [value] } });
		counts[value] = [...pages].filter((page) => hits.has(page)).length;
	}
	return counts;
}

/** An element with a class and optional text. */
function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Excerpt text with its highlights, built from text nodes (result text is never parsed as HTML). */
function excerptNodes(excerpt: string): Node[] {
	return excerptParts(excerpt).map((part) =>
		part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text),
	);
}

/**
 * The search types and their labels, in order, from the registry: SiteSearch.astro writes them
 * into `data-type-labels`, so this script needs no copy of the registry (or of zod).
 */
let typeLabels: Readonly<Record<string, string>> = {};

/** The label for a filter value (see search-filters.ts). */
const filterValueLabel = (key: string, value: string) => labelFor(key, value, typeLabels);

/** The order a group's values are listed in: the vocabulary's order, years newest first. */
function sortValues(key: SearchFilterKey, values: string[]): string[] {
	const order: readonly string[] =
		key === 'type' ? Object.keys(typeLabels) : key === 'audience' ? SEARCH_AUDIENCES : [];
	if (key === 'year') return [...values].sort((a, b) => b.localeCompare(a));
	const position = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
	return [...values].sort((a, b) => position(a) - position(b) || a.localeCompare(b));
}

/** A result's date as the site writes dates; metadata holds `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
function displayDate(value: string | undefined): string | undefined {
	if (!value || !/^\d{4}(-\d{2}){0,2}$/.test(value)) return undefined;
	const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
	return formatDate(new Date(value), precision);
}

interface FilterCheckbox {
	item: HTMLLIElement;
	input: HTMLInputElement;
	count: HTMLSpanElement;
}

class SiteSearch extends HTMLElement {
	private form!: HTMLFormElement;
	private input!: HTMLInputElement;
	private status!: HTMLElement;
	private error!: HTMLElement;
	private filters!: HTMLDetailsElement;
	private filterGroups!: HTMLElement;
	private ticked!: HTMLElement;
	private clear!: HTMLButtonElement;
	private results!: HTMLOListElement;
	private more!: HTMLButtonElement;
	private noResults!: HTMLElement;
	private urgent!: HTMLElement;
	private notice!: HTMLElement;
	private noticeText!: HTMLElement;
	private suggestion!: HTMLElement;
	private suggestionLink!: HTMLAnchorElement;
	/** Words that suggest a child is in danger (content/synonyms/, marked urgent): see urgent-query.ts. */
	private urgentTerms: string[] = [];

	/** The search on screen; the address holds the same. */
	private state: SearchState = { query: '', filters: noFilters() };
	/** Increases with every search: a slower, older search must not overwrite a newer one. */
	private token = 0;
	private timer: number | undefined;
	private found: PagefindResult[] = [];
	private shown = 0;
	private readonly checkboxes = new Map<string, FilterCheckbox>();
	private readonly groups = new Map<
		SearchFilterKey,
		{ fieldset: HTMLFieldSetElement; list: HTMLUListElement }
	>();
	private readonly baseTitle = document.title;

	connectedCallback(): void {
		typeLabels = JSON.parse(this.dataset.typeLabels ?? '{}') as Record<string, string>;
		const languages = JSON.parse(this.dataset.languages ?? '{}') as Record<string, string>;
		language = searchLanguage(window.location.search, languages);
		this.urgentTerms = JSON.parse(this.dataset.urgentTerms ?? '[]') as string[];
		const find = <T extends Element>(hook: string) => this.querySelector<T>(`[${hook}]`);
		const parts = {
			form: find<HTMLFormElement>('data-search-form'),
			input: find<HTMLInputElement>('data-search-input'),
			status: find<HTMLElement>('data-search-status'),
			error: find<HTMLElement>('data-search-error'),
			filters: find<HTMLDetailsElement>('data-search-filters'),
			filterGroups: find<HTMLElement>('data-search-filter-groups'),
			ticked: find<HTMLElement>('data-search-ticked'),
			clear: find<HTMLButtonElement>('data-search-clear'),
			results: find<HTMLOListElement>('data-search-results'),
			more: find<HTMLButtonElement>('data-search-more'),
			noResults: find<HTMLElement>('data-search-no-results'),
			urgent: find<HTMLElement>('data-search-urgent'),
			notice: find<HTMLElement>('data-search-notice'),
			noticeText: find<HTMLElement>('data-search-notice-text'),
			suggestion: find<HTMLElement>('data-search-suggestion'),
			suggestionLink: find<HTMLAnchorElement>('data-search-suggestion-link'),
		};
		if (Object.values(parts).some((part) => part === null)) return;
		Object.assign(this, parts);
		if (language) {
			// Results in the language read and run in its direction; the form keeps searching it.
			parts.results?.setAttribute('lang', language);
			parts.results?.setAttribute('dir', languages[language] ?? 'ltr');
			const field = this.querySelector<HTMLInputElement>('[data-search-language]');
			if (field) Object.assign(field, { value: language, disabled: false });
		}

		this.input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), {
			once: true,
		});
		this.input.addEventListener('input', () => this.onInput());
		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.onSubmit();
		});
		this.filterGroups.addEventListener('change', () => this.onFiltersChanged(this.tickedFilters()));
		this.clear.addEventListener('click', () => {
			this.onFiltersChanged(noFilters());
			this.input.focus();
		});
		this.more.addEventListener('click', () => void this.showMore());
		window.addEventListener('popstate', () => this.applyAddress());
		this.applyAddress();
	}

	/** Shows the search the address holds: on load, and when Back or Forward changes it. */
	private applyAddress(): void {
		const state = readSearchState(window.location.search);
		this.input.value = state.query;
		this.state = state;
		for (const [id, checkbox] of this.checkboxes)
			checkbox.input.checked = this.isTicked(state.filters, id);
		if (state.query) void this.search(state, 'none');
		else this.clearResults();
	}

	private onInput(): void {
		window.clearTimeout(this.timer);
		const query = normaliseQuery(this.input.value);
		if (!query) {
			this.token += 1;
			this.clearResults();
			return;
		}
		// Start fetching the index chunks for these letters while the reader is still typing.
		void loadPagefind()
			.then((pagefind) => pagefind.preload(query, { filters: pagefindFilters(this.state.filters) }))
			.catch(() => undefined);
		this.timer = window.setTimeout(() => {
			const inAddress = readSearchState(window.location.search).query;
			void this.search({ query, filters: this.state.filters }, historyModeFor(inAddress, query));
		}, TYPING_DELAY_MS);
	}

	private onSubmit(): void {
		window.clearTimeout(this.timer);
		const query = normaliseQuery(this.input.value);
		if (!query) {
			this.announce('Enter a word or phrase to search for.');
			this.input.focus();
			return;
		}
		const next = { query, filters: this.state.filters };
		void this.search(
			next,
			sameSearch(next, readSearchState(window.location.search)) ? 'none' : 'push',
		);
	}

	private onFiltersChanged(filters: SelectedFilters): void {
		const next = { query: normaliseQuery(this.input.value), filters };
		if (!next.query) {
			this.state = next;
			return;
		}
		void this.search(next, 'push');
	}

	/** Runs a search and shows it; `history` says how the address records it. */
	private async search(state: SearchState, history: 'push' | 'replace' | 'none'): Promise<void> {
		const token = ++this.token;
		performance.mark('app-site-search:start');
		this.results.setAttribute('aria-busy', 'true');
		// A search that suggests danger shows the numbers at once, before Pagefind has even loaded.
		const urgent = isUrgentQuery(state.query, this.urgentTerms);
		this.urgent.hidden = !urgent;
		let pagefind: PagefindApi;
		try {
			pagefind = await loadPagefind();
		} catch {
			if (token === this.token) this.showError();
			return;
		}
		const byId = new Map<string, PagefindResult>();
		const run = (filters: SelectedFilters, omit?: SearchFilterKey) =>
			runSiteSearch(state.query, {
				language: document.documentElement.lang || 'unknown',
				loadVocabulary: (keys) => loadVocabulary(document.documentElement.lang, keys, fetch),
				search: async (term) => {
					const response = await pagefind.search(term, { filters: pagefindFilters(filters, omit) });
					for (const result of response.results) byId.set(result.id, result);
					return response.results.map(({ id, score }): SearchHit => ({ id, score }));
				},
			});
		const outcome = await run(state.filters);
		const everyValue = await pagefind.filters();
		// A value's count is what ticking it would give: the other groups' ticks apply, its own group's do not.
		const counts: PagefindFilterCounts = {};
		for (const { key } of SEARCH_FILTER_GROUPS) {
			const base = state.filters[key].length === 0 ? outcome : await run(state.filters, key);
			counts[key] = await countByValue(
				pagefind,
				base,
				pagefindFilters(state.filters, key),
				key,
				everyValue,
			);
		}
		// Current material first, earlier (archive) material after it, each in the search's order.
		const earlier = await pagesWith(pagefind, outcome.terms, {
			...pagefindFilters(state.filters),
			era: { any: ['earlier'] },
		});
		if (token !== this.token) return;

		this.state = { query: state.query, filters: structuredClone(state.filters) };
		if (history === 'push') window.history.pushState(null, '', searchUrl(this.state, language));
		if (history === 'replace')
			window.history.replaceState(null, '', searchUrl(this.state, language));
		document.title = `Search results for “${state.query}” | ${this.baseTitle.replace(/^.*\|\s*/, '')}`;
		this.error.hidden = true;
		// Filters ticked in a shared link or restored by Back are shown open; otherwise the reader decides.
		this.renderFilters(everyValue, counts, history === 'none');

		const found = outcome.hits.flatMap((hit) => byId.get(hit.id) ?? []);
		this.found = [
			...found.filter((result) => !earlier.has(result.id)),
			...found.filter((result) => earlier.has(result.id)),
		];
		this.shown = 0;
		this.results.replaceChildren();
		this.renderNotice(outcome);
		await this.showMore(false);
		if (token !== this.token) return;
		this.noResults.hidden = this.found.length > 0;
		// With no results, the no-results message gives the same numbers.
		this.urgent.hidden = !urgent || this.found.length === 0;
		this.results.removeAttribute('aria-busy');
		const labels = SEARCH_FILTER_GROUPS.flatMap(({ key }) =>
			this.state.filters[key].map((value) => filterValueLabel(key, value)),
		);
		const notice = searchModeNotice(outcome.mode, state.query, outcome.suggestion);
		const count = resultCountMessage(this.found.length, state.query, labels);
		this.announce(notice ? `${count}. ${notice}` : count);
		performance.measure('app-site-search', 'app-site-search:start');
	}

	/** “Did you mean …” and what kind of results these are, above the results. */
	private renderNotice(outcome: SiteSearchOutcome): void {
		const text = searchModeNotice(outcome.mode, this.state.query, outcome.suggestion);
		this.noticeText.textContent = text ?? '';
		this.noticeText.hidden = !text;
		this.suggestion.hidden = !outcome.suggestion;
		if (outcome.suggestion) {
			this.suggestionLink.textContent = outcome.suggestion;
			this.suggestionLink.href = searchUrl({
				query: outcome.suggestion,
				filters: this.state.filters,
			});
		}
		this.notice.hidden = this.noticeText.hidden && this.suggestion.hidden;
	}

	/** Adds the next page of results; from the button, focus moves to the first new one. */
	private async showMore(moveFocus = true): Promise<void> {
		const token = this.token;
		const next = this.found.slice(this.shown, this.shown + PAGE_SIZE);
		const data = await Promise.all(next.map((result) => result.data()));
		if (token !== this.token) return;
		const items = data.map((result) => this.renderResult(result));
		this.results.append(...items);
		this.shown += next.length;
		const remaining = this.found.length - this.shown;
		this.more.hidden = remaining <= 0;
		this.more.textContent = `Show more results (${remaining} more)`;
		if (moveFocus) items[0]?.querySelector('a')?.focus();
	}

	private renderResult(result: PagefindResultData): HTMLLIElement {
		const item = element('li', 'app-site-search__result');
		const heading = element('h2', 'app-site-search__result-title');
		const link = element('a', undefined, result.meta.title ?? result.url);
		link.href = result.url;
		heading.append(link);
		item.append(heading);

		const type = result.filters.type?.[0];
		// History labelled as history: earlier material says so beside its type and date.
		const earlier = result.filters.era?.includes('earlier') ? 'Earlier material' : undefined;
		const facts = [
			type ? filterValueLabel('type', type) : undefined,
			displayDate(result.meta.date),
			earlier,
		].filter(Boolean);
		if (facts.length > 0)
			item.append(element('p', 'app-site-search__result-meta', facts.join(' · ')));

		const excerpt = element('p', 'app-site-search__excerpt');
		excerpt.append(...excerptNodes(result.excerpt));
		item.append(excerpt);

		// A contact's numbers, so the reader can call without opening the page.
		const phones = parsePhones(result.meta[PHONES_META_KEY]);
		if (phones.length > 0) {
			const list = element('ul', 'app-site-search__phones');
			for (const phone of phones) {
				const line = element('li', undefined, `${phone.label}: `);
				const call = element('a', 'app-site-search__phone', phone.number.replace(/ /g, '\u00a0'));
				call.href = telHref(phone.number);
				line.append(call, element('span', 'app-site-search__hours', ` (${phone.hours})`));
				list.append(line);
			}
			item.append(list);
		}

		// Sections of the page that match, each linking to its heading.
		const sections = result.sub_results
			.filter(
				(section) =>
					section.anchor &&
					section.url !== result.url &&
					sectionMatchesQuery(section.excerpt, this.state.query),
			)
			.slice(0, MAX_SECTIONS);
		if (sections.length > 0) {
			item.append(element('p', 'app-site-search__sections-title', 'Matching sections:'));
			const list = element('ul', 'app-site-search__sections-list');
			for (const section of sections) {
				const line = element('li');
				const sectionLink = element('a', undefined, section.title);
				sectionLink.href = section.url;
				const sectionExcerpt = element('span', 'app-site-search__section-excerpt');
				sectionExcerpt.append(...excerptNodes(section.excerpt));
				line.append(sectionLink, sectionExcerpt);
				list.append(line);
			}
			item.append(list);
		}
		return item;
	}

	/** Creates the checkboxes the index has values for, once, then updates their ticks and counts in place, so focus is never lost. */
	private renderFilters(
		everyValue: PagefindFilterCounts,
		counts: PagefindFilterCounts,
		openIfTicked: boolean,
	): void {
		let visibleGroups = 0;
		for (const { key, legend } of SEARCH_FILTER_GROUPS) {
			const values = sortValues(key, Object.keys(everyValue[key] ?? {}));
			if (values.length === 0) continue;
			let group = this.groups.get(key);
			if (!group) {
				const fieldset = element('fieldset', 'app-site-search__filter-group');
				fieldset.append(element('legend', 'app-site-search__filter-legend', legend));
				const list = element('ul', 'app-site-search__checkboxes');
				fieldset.append(list);
				this.filterGroups.append(fieldset);
				group = { fieldset, list };
				this.groups.set(key, group);
			}
			let visible = 0;
			for (const value of values) {
				const id = `search-filter-${key}-${value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
				const checkbox = this.checkboxes.get(id) ?? this.createCheckbox(group.list, id, key, value);
				const count = counts[key]?.[value] ?? 0;
				checkbox.input.checked = this.state.filters[key].includes(value);
				checkbox.count.textContent = ` (${count})`;
				// Values that would give nothing are left out, unless ticked or in use right now.
				checkbox.item.hidden =
					count === 0 && !checkbox.input.checked && document.activeElement !== checkbox.input;
				if (!checkbox.item.hidden) visible += 1;
			}
			group.fieldset.hidden = visible === 0;
			if (visible > 0) visibleGroups += 1;
		}
		const ticked = countTicked(this.state.filters);
		this.ticked.textContent = ticked > 0 ? ` (${ticked} selected)` : '';
		this.clear.hidden = ticked === 0;
		if (ticked > 0 && openIfTicked) this.filters.open = true;
		// Nothing to filter (no results and nothing ticked): no empty "Filter results" box.
		this.filters.hidden = visibleGroups === 0;
	}

	private createCheckbox(
		list: HTMLUListElement,
		id: string,
		key: SearchFilterKey,
		value: string,
	): FilterCheckbox {
		const item = element('li', 'app-site-search__checkbox');
		const input = element('input', 'app-site-search__checkbox-input');
		input.type = 'checkbox';
		input.id = id;
		input.name = key;
		input.value = value;
		const label = element('label', 'app-site-search__checkbox-label', filterValueLabel(key, value));
		label.htmlFor = id;
		const count = element('span', 'app-site-search__count');
		label.append(count);
		item.append(input, label);
		list.append(item);
		const checkbox = { item, input, count };
		this.checkboxes.set(id, checkbox);
		return checkbox;
	}

	private isTicked(filters: SelectedFilters, id: string): boolean {
		const input = this.checkboxes.get(id)?.input;
		return Boolean(input && filters[input.name as SearchFilterKey]?.includes(input.value));
	}

	private tickedFilters(): SelectedFilters {
		const filters = noFilters();
		for (const { input } of this.checkboxes.values()) {
			if (input.checked) filters[input.name as SearchFilterKey].push(input.value);
		}
		return filters;
	}

	private clearResults(): void {
		this.found = [];
		this.shown = 0;
		this.results.replaceChildren();
		this.results.removeAttribute('aria-busy');
		this.more.hidden = true;
		this.noResults.hidden = true;
		this.urgent.hidden = true;
		this.notice.hidden = true;
		this.filters.hidden = true;
		this.status.textContent = '';
		document.title = this.baseTitle;
	}

	private showError(): void {
		this.clearResults();
		this.error.hidden = false;
		this.announce('Search is not working at the moment.');
	}

	/** Sets the live region; the same words twice are still read out (a no-break space differs). */
	private announce(message: string): void {
		this.status.textContent = this.status.textContent === message ? `${message}\u00a0` : message;
	}
}

if (!customElements.get('app-site-search')) customElements.define('app-site-search', SiteSearch);
