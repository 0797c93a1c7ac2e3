// Preview templates for the content editor (Decap CMS), so an entry looks as it will on the site
// while it is written. Runs after Decap's bundle (src/pages/admin/index.astro) and uses its
// globals: CMS, and h (React.createElement). The markup copies the site's components, named at
// each template; the styles are the components' own CSS files (preview-styles.ts), and the
// helpers are the site's own (dates, text blocks, opening times, labels, tel: links).
import type { BriefingsFrontmatter } from '../../schemas/briefings.ts';
import type { ContactsFrontmatter } from '../../schemas/contacts.ts';
import type { NewslettersFrontmatter } from '../../schemas/newsletters.ts';
import type { LevelsOfNeedFrontmatter } from '../../schemas/levels-of-need.ts';
import type { TranslationsFrontmatter } from '../../schemas/translations.ts';
import { describeOpeningTimes } from '../../lib/describe-opening-times.ts';
import { formatDate } from '../../lib/format-date.ts';
import { labelFor } from '../../lib/labels.ts';
import { toTextBlocks } from '../../lib/plain-text-blocks.ts';
import { telHref } from '../contacts/tel-href.ts';
import type { PreviewLabels } from './preview-labels.ts';
import { previewStyles } from './preview-styles.ts';

// ---- Decap's globals, as far as the previews use them --------------------------------------

/** A React element: made by h() and only passed back to React. */
type PreviewNode = { readonly $$typeof: symbol };
type Child = PreviewNode | string | number | null | undefined | false | Child[];
type Attributes = Record<string, unknown> | null;
/** React.createElement, which Decap puts on window as `h`. */
type CreateElement = (type: string, attributes?: Attributes, ...children: Child[]) => PreviewNode;

/** The Immutable.js values Decap keeps entries in. */
interface Immutable {
	get(key: string): unknown;
	getIn(path: string[]): unknown;
	toJS(): unknown;
}

/** What Decap passes a preview template. */
interface PreviewProps {
	entry: Immutable;
	/** The field rendered by its widget's own preview: the Markdown body. */
	widgetFor(name: string): Child;
	/** A media path as a URL the preview can load. */
	getAsset(path: string, field?: unknown): { toString(): string };
	fields?: { find(predicate: (field: Immutable) => boolean): unknown };
	/** Data of the entries chosen in relation fields during this session. */
	fieldsMetaData?: Immutable;
}

type PreviewTemplate = (props: PreviewProps) => PreviewNode;

interface DecapPreviews {
	registerPreviewTemplate(collection: string, template: PreviewTemplate): void;
	registerPreviewStyle(style: string, options?: { raw: boolean }): void;
}

const { h } = window as unknown as { h: CreateElement };
const cms = window.CMS as (NonNullable<Window['CMS']> & DecapPreviews) | undefined;

// ---- Entries as the editor holds them ------------------------------------------------------

/**
 * An entry while it is written: any field may be missing, dates are text or a Date, references
 * are the chosen entry's id and images are a media path.
 */
type Draft<T> = T extends Date
	? Date | string
	: T extends { collection: string; id: string }
		? string
		: T extends { src: string; width: number }
			? string
			: T extends readonly (infer Item)[]
				? Draft<Item>[]
				: T extends object
					? { [Key in keyof T]?: Draft<T[Key]> }
					: T;

/** An entry's data as plain objects and arrays. */
function entryData<T>(props: PreviewProps): Draft<T> {
	const data = props.entry.get('data') as Immutable | undefined;
	return (data?.toJS() ?? {}) as Draft<T>;
}

/** A list field as an array, whatever state the editor left it in. */
function list<T>(value: readonly (T | null | undefined)[] | undefined): T[] {
	return Array.isArray(value)
		? value.filter((item): item is T => item !== undefined && item !== null && item !== '')
		: [];
}

const labelsElement = document.getElementById('app-preview-labels');
const LABELS = JSON.parse(labelsElement?.textContent || '{}') as Partial<PreviewLabels>;
const label = (table: Record<string, string> | undefined, value: string | undefined) =>
	value ? (table?.[value] ?? labelFor(value)) : '';

/** As the site's formatDate, for a date the editor may hold as text; empty while unset. */
function draftDate(value: Date | string | undefined, precision: 'day' | 'month' = 'day'): string {
	if (!value) return '';
	const date = value instanceof Date ? value : new Date(value);
	return Number.isNaN(date.getTime()) ? String(value) : formatDate(date, precision);
}

/** components/ui/TextBlocks.astro: a plain multi-line field as paragraphs and bullet lists. */
function textBlocks(text: string | undefined, key: string): PreviewNode[] {
	return toTextBlocks(text ?? '').map((block, index) =>
		block.kind === 'paragraph'
			? h('p', { key: `${key}-${index}` }, block.text)
			: h(
					'ul',
					{ key: `${key}-${index}` },
					block.items.map((item, itemIndex) => h('li', { key: itemIndex }, item)),
				),
	);
}

// ---- The site's components -----------------------------------------------------------------

/** components/ui/Lead.astro */
function lead(text: string | undefined, summary = false, className = ''): PreviewNode {
	return h(
		'p',
		{
			className: ['app-lead', summary ? 'app-lead--summary' : '', className]
				.filter(Boolean)
				.join(' '),
		},
		text,
	);
}

/** components/ui/ToBeConfirmed.astro */
function toBeConfirmed(note: string | undefined, variant: 'inline' | 'block'): PreviewNode {
	if (variant === 'inline') {
		return h(
			'p',
			{ className: 'app-to-be-confirmed app-to-be-confirmed--inline' },
			h('strong', { className: 'app-to-be-confirmed__label' }, 'To be confirmed by the RSCP'),
			note ? h('span', { className: 'app-to-be-confirmed__note' }, note) : null,
		);
	}
	return h(
		'div',
		{ className: 'app-to-be-confirmed' },
		h('p', { className: 'app-to-be-confirmed__label' }, 'To be confirmed by the RSCP'),
		h(
			'p',
			{ className: 'app-to-be-confirmed__note' },
			note || 'Some details on this page are still being checked by the partnership.',
		),
	);
}

/** components/ui/ReviewDates.astro */
function reviewDates(data: {
	lastReviewed?: Date | string;
	reviewDue?: Date | string;
}): PreviewNode {
	return h(
		'dl',
		{ className: 'app-review-dates' },
		h(
			'div',
			{ className: 'app-review-dates__item' },
			h('dt', null, 'Last reviewed'),
			h('dd', null, draftDate(data.lastReviewed)),
		),
		h(
			'div',
			{ className: 'app-review-dates__item' },
			h('dt', null, 'Review due'),
			h('dd', null, draftDate(data.reviewDue)),
		),
	);
}

/** components/ui/SummaryList.astro (inline layout) with its rows. */
function summaryList(rows: [label: string, value: Child][], small = false): PreviewNode {
	return h(
		'dl',
		{
			className: `app-summary-list app-summary-list--inline${small ? ' app-summary-list--small' : ''}`,
		},
		rows.map(([key, value]) =>
			h(
				'div',
				{ className: 'app-summary-list__row', key },
				h('dt', { className: 'app-summary-list__key' }, key),
				h('dd', { className: 'app-summary-list__value' }, value),
			),
		),
	);
}

/** components/ui/Callout.astro with a run-in label. */
function callout(
	variant: 'info' | 'warning' | 'notice' | 'neutral',
	labelText: string,
	text: string,
): PreviewNode {
	return h(
		'div',
		{ className: `app-callout app-callout--${variant}`, role: 'note' },
		h('strong', { className: 'app-callout__label' }, `${labelText}: `),
		text,
	);
}

/** The Markdown body, rendered by Decap, in the site's prose style (components/ui/EntryBody.astro). */
function body(props: PreviewProps): PreviewNode {
	return h('div', { className: 'app-prose' }, props.widgetFor('body'));
}

/** The frame of layouts/PageLayout.astro: H1, lead, "to be confirmed" notice, content, review dates. */
function page(
	options: {
		title: string | undefined;
		lead?: string;
		data: { toBeConfirmed?: boolean; toBeConfirmedNote?: string };
		review?: { lastReviewed?: Date | string; reviewDue?: Date | string };
	},
	...children: Child[]
): PreviewNode {
	return h(
		'div',
		{ className: 'app-width-container' },
		h(
			'main',
			{ className: 'app-main' },
			h('h1', null, options.title || 'Untitled'),
			options.lead ? lead(options.lead) : null,
			options.data.toBeConfirmed ? toBeConfirmed(options.data.toBeConfirmedNote, 'block') : null,
			...children,
			options.review ? reviewDates(options.review) : null,
		),
	);
}

type DraftContact = Draft<ContactsFrontmatter>;

/** components/contacts/ContactCard.astro */
function contactCard(contact: DraftContact, headingLevel: 2 | 3 | 4, key?: string): PreviewNode {
	const phones = list(contact.phones);
	const emails = list(contact.emails);
	const heading = `h${headingLevel}`;
	return h(
		'div',
		{ className: 'app-contact-card', key },
		h(heading, { className: 'app-contact-card__title' }, contact.title || 'Untitled service'),
		contact.purpose ? h('p', { className: 'app-contact-card__purpose' }, contact.purpose) : null,
		phones.length > 0
			? h(
					'ul',
					{ className: 'app-contact-card__list' },
					phones.map((phone, index) => {
						const times = phone.openingTimes;
						const days = list(times?.days);
						return h(
							'li',
							{ className: 'app-contact-card__item', key: index },
							h('span', { className: 'app-contact-card__label' }, `${phone.label ?? ''}: `),
							// components/contacts/PhoneLink.astro
							h(
								'a',
								{ className: 'app-phone-link', href: telHref(phone.number ?? '') },
								(phone.number ?? '').replace(/ /g, '\u00a0'),
							),
							h(
								'span',
								{ className: 'app-contact-card__hours' },
								` (${phone.hours ? label(LABELS.phoneHours, phone.hours) : 'When to call is not set'}`,
								days.length > 0 && times?.opens && times.closes
									? `: ${describeOpeningTimes({ days, opens: times.opens, closes: times.closes })}`
									: '',
								phone.hoursNote ? `. ${phone.hoursNote}` : '',
								')',
							),
						);
					}),
				)
			: null,
		emails.length > 0
			? h(
					'ul',
					{ className: 'app-contact-card__list' },
					emails.map((email, index) =>
						h(
							'li',
							{ className: 'app-contact-card__item', key: index },
							h('span', { className: 'app-contact-card__label' }, `${email.label ?? ''}: `),
							// components/contacts/EmailLink.astro
							h(
								'a',
								{ className: 'app-email-link', href: `mailto:${email.address ?? ''}` },
								email.address ?? '',
							),
						),
					),
				)
			: null,
		contact.website?.url
			? h(
					'p',
					{ className: 'app-contact-card__website' },
					h('a', { href: contact.website.url }, contact.website.label || contact.website.url),
				)
			: null,
		h(
			'p',
			{ className: 'app-contact-card__verified' },
			`Details last verified ${draftDate(contact.lastVerified, 'month')}`,
		),
		contact.toBeConfirmed ? toBeConfirmed(contact.toBeConfirmedNote, 'inline') : null,
	);
}

/**
 * Contacts chosen in a relation field. Decap passes the chosen entries' data as field metadata
 * once they are picked in this session; before that only the contact's id is known, and the
 * page will show its details from the contacts list.
 */
function relatedContacts(
	props: PreviewProps,
	fieldName: string,
	ids: string[],
	headingLevel: 3 | 4,
): PreviewNode[] {
	return ids.map((id) => {
		const metadata = props.fieldsMetaData?.getIn([fieldName, 'contacts', id]) as
			Immutable | DraftContact | undefined;
		if (metadata)
			return contactCard(
				(metadata && 'toJS' in metadata ? metadata.toJS() : metadata) as DraftContact,
				headingLevel,
				id,
			);
		return h(
			'div',
			{ className: 'app-contact-card', key: id },
			h(`h${headingLevel}`, { className: 'app-contact-card__title' }, id),
			h(
				'p',
				{ className: 'app-contact-card__verified' },
				'Numbers and emails are shown on the page from this contact in Contacts.',
			),
		);
	});
}

// ---- One template per collection page ------------------------------------------------------

/** src/pages/newsletters/[id].astro */
const NewsletterPreview: PreviewTemplate = (props) => {
	const data = entryData<NewslettersFrontmatter>(props);
	const coverField = props.fields?.find((field) => field.get('name') === 'cover');
	const cover = data.cover ? props.getAsset(data.cover, coverField) : undefined;
	const priorities = list(data.relatedPriorities);
	const contacts = list(data.relatedContacts);
	return page(
		{ title: data.title, data },
		h(
			'p',
			{ className: 'app-u-secondary-text' },
			'Published ',
			h('time', null, draftDate(data.published)),
		),
		// components/newsletters/NewsletterCover.astro
		cover
			? h('img', {
					className: 'app-newsletter__cover',
					src: String(cover),
					alt: data.coverAlt ?? '',
				})
			: null,
		body(props),
		priorities.length > 0
			? h(
					'section',
					null,
					h('h2', null, 'Priorities in this edition'),
					h(
						'ul',
						null,
						priorities.map((id) => h('li', { key: id }, id)),
					),
				)
			: null,
		contacts.length > 0
			? h(
					'section',
					null,
					h('h2', null, 'Contacts in this edition'),
					...relatedContacts(props, 'relatedContacts', contacts, 3),
				)
			: null,
	);
};

/** src/pages/briefings/[id].astro: the summary, facts, content note and the seven parts in order. */
const BriefingPreview: PreviewTemplate = (props) => {
	const data = entryData<BriefingsFrontmatter>(props);
	const source = data.sourceReport?.title ? [data.sourceReport] : [];
	// The source report often reappears in further reading: each title once, as on the page.
	const reading = [...source, ...list(data.furtherReading)].filter(
		(link, index, all) => all.findIndex((other) => other.title === link.title) === index,
	);
	return page(
		{ title: data.title, data, review: data },
		lead(data.summary, true),
		summaryList(
			[
				['Type of review', label(LABELS.reviewTypes, data.reviewType)],
				['Published', draftDate(data.published)],
				['Themes', list(data.learningThemes).map(labelFor).join(', ')],
				['For', list(data.audiences).map(labelFor).join(', ')],
			],
			true,
		),
		data.contentNote ? callout('warning', 'Content note', data.contentNote) : null,
		// components/briefings/BriefingSections.astro
		h(
			'div',
			{ className: 'app-prose app-briefing-sections' },
			h('h2', null, 'Background'),
			...textBlocks(data.background, 'background'),
			h('h2', null, 'Why it matters'),
			...textBlocks(data.whyItMatters, 'why'),
			h('h2', null, 'Key findings'),
			...list(data.keyFindings).flatMap((finding, index) => [
				h('h3', { key: `finding-${index}` }, finding.heading ?? ''),
				...textBlocks(finding.text, `finding-${index}`),
			]),
			h('h2', null, 'What to do'),
			...textBlocks(data.whatToDo, 'what-to-do'),
			h('h2', null, 'Questions for reflection'),
			h(
				'ol',
				null,
				list(data.reflectionQuestions).map((question, index) => h('li', { key: index }, question)),
			),
			h('h2', null, 'Further reading'),
			h(
				'ul',
				null,
				reading.map((link, index) =>
					h(
						'li',
						{ key: index },
						link.url ? h('a', { href: link.url }, link.title) : link.title,
						link.note ? h('span', { className: 'app-u-secondary-text' }, ` (${link.note})`) : null,
					),
				),
			),
		),
		body(props),
	);
};

/** src/pages/contacts/[id].astro */
const ContactPreview: PreviewTemplate = (props) => {
	const data = entryData<ContactsFrontmatter>(props);
	return h(
		'div',
		{ className: 'app-width-container' },
		h(
			'main',
			{ className: 'app-main' },
			h('h1', null, data.title || 'Untitled'),
			h('div', { className: 'app-grid__main' }, contactCard(data, 2)),
		),
	);
};

/** src/pages/levels-of-need/[id].astro with components/levels-of-need/LevelDetails.astro */
const LevelPreview: PreviewTemplate = (props) => {
	const data = entryData<LevelsOfNeedFrontmatter>(props);
	const contacts = list(data.contacts);
	return page(
		{ title: `Level ${data.level ?? '?'}: ${data.name ?? ''}`, data, review: data },
		h(
			'div',
			{ className: 'app-level-details' },
			lead(data.summary, true, 'app-level-details__summary'),
			h(
				'div',
				{ className: 'app-level-details__columns' },
				h(
					'div',
					{ className: 'app-level-details__sections app-prose' },
					h('h2', null, 'Indicators'),
					h(
						'ul',
						null,
						list(data.indicators).map((indicator, index) => h('li', { key: index }, indicator)),
					),
					h('h2', null, 'The response'),
					...textBlocks(data.response, 'response'),
					h('h2', null, 'Who leads'),
					h('p', null, data.whoLeads),
					h('h2', null, 'How to refer'),
					...textBlocks(data.howToRefer, 'refer'),
					h('h2', null, 'Consent'),
					...textBlocks(data.consentNote, 'consent'),
				),
				h('div', { className: 'app-level-details__more' }, body(props)),
				contacts.length > 0
					? h(
							'section',
							{ className: 'app-level-details__contacts' },
							h('h2', null, 'Contacts'),
							...relatedContacts(props, 'contacts', contacts, 3),
						)
					: null,
			),
		),
	);
};

/**
 * layouts/TranslationLayout.astro: the page in its language and direction. `lang` is the chosen
 * language (its code names its file); `dir="auto"` takes the direction from the text itself, so
 * Urdu previews right to left as soon as the title is typed, with no list of languages to keep here.
 */
const TranslationPreview: PreviewTemplate = (props) => {
	const data = entryData<TranslationsFrontmatter>(props);
	return h(
		'div',
		{ lang: typeof data.language === 'string' ? data.language : undefined, dir: 'auto' },
		page({ title: data.title, lead: data.description, data }, body(props)),
	);
};

if (cms) {
	cms.registerPreviewStyle(previewStyles(), { raw: true });
	cms.registerPreviewTemplate('translations', TranslationPreview);
	cms.registerPreviewTemplate('newsletters', NewsletterPreview);
	cms.registerPreviewTemplate('briefings', BriefingPreview);
	cms.registerPreviewTemplate('contacts', ContactPreview);
	cms.registerPreviewTemplate('levels-of-need', LevelPreview);
}
