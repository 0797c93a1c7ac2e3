// Preview templates for the content editor, so an entry looks as it will on the site while it is
// being written. Plain JS with no build step: `h` (React.createElement) and `createClass` are
// globals of the Decap bundle loaded before this file (src/pages/admin/index.astro).
// The markup and class names copy the site's pages and components, named at each template, and
// /admin/site.css is the site's own CSS (src/pages/admin/site.css.ts), so the two look the same.
// Labels for stored values come from the schemas, through the JSON block in the admin page.
/* global CMS, h, createClass */
(function registerPreviews() {
	'use strict';

	const labelsElement = document.getElementById('app-preview-labels');
	const LABELS = labelsElement ? JSON.parse(labelsElement.textContent || '{}') : {};
	const phoneHoursLabels = LABELS.phoneHours || {};
	const reviewTypeLabels = LABELS.reviewTypes || {};
	const valueLabels = LABELS.values || {};

	/** An entry's data as plain objects and arrays (Decap keeps it as Immutable.js). */
	function entryData(props) {
		const data = props.entry.get('data');
		return data && data.toJS ? data.toJS() : {};
	}

	/** A list field as an array, whatever state the editor left it in. */
	function list(value) {
		return Array.isArray(value) ? value.filter((item) => item !== undefined && item !== null && item !== '') : [];
	}

	/** As src/lib/format-date.ts: "4 July 2022" (or "July 2022"), in UK time. */
	function formatDate(value, precision) {
		if (!value) return '';
		const date = value instanceof Date ? value : new Date(value);
		if (Number.isNaN(date.getTime())) return String(value);
		const options = precision === 'month' ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
		return new Intl.DateTimeFormat('en-GB', Object.assign(options, { timeZone: 'Europe/London' })).format(date);
	}

	/** As src/lib/labels.ts labelFor, for values the schemas did not label. */
	function labelFor(value) {
		if (valueLabels[value]) return valueLabels[value];
		const sentence = String(value).split('-').join(' ');
		return sentence.charAt(0).toUpperCase() + sentence.slice(1);
	}

	/**
	 * A plain multi-line text field as paragraphs and bullet lists, as src/lib/plain-text-blocks.ts
	 * (components/ui/TextBlocks.astro): lines starting "- " or "* " are bullets, blank lines split
	 * paragraphs. Text is never treated as HTML.
	 */
	function textBlocks(text, key) {
		const blocks = [];
		let paragraph = [];
		let items;
		const flush = () => {
			if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
			paragraph = [];
		};
		for (const rawLine of String(text || '').split(/\r?\n/)) {
			const line = rawLine.trim();
			const bullet = /^[-*]\s+(.*)$/.exec(line);
			if (bullet) {
				flush();
				if (!items) {
					items = [];
					blocks.push({ kind: 'list', items });
				}
				items.push(bullet[1]);
			} else if (line === '') {
				flush();
				items = undefined;
			} else if (items && /^\s{2,}/.test(rawLine)) {
				items[items.length - 1] += ` ${line}`;
			} else {
				items = undefined;
				paragraph.push(line);
			}
		}
		flush();
		return blocks.map((block, index) =>
			block.kind === 'paragraph'
				? h('p', { key: `${key}-${index}` }, block.text)
				: h('ul', { key: `${key}-${index}` }, block.items.map((item, itemIndex) => h('li', { key: itemIndex }, item))),
		);
	}

	/** As src/lib/describe-opening-times.ts: "Monday to Friday, 9am to 5pm". */
	function describeOpeningTimes(times) {
		const order = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
		const clock = (time) => {
			const [hours = 0, minutes = 0] = String(time || '').split(':').map(Number);
			const hour12 = hours % 12 === 0 ? 12 : hours % 12;
			return `${hour12}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${hours >= 12 ? 'pm' : 'am'}`;
		};
		const indexes = list(times.days).map((day) => order.indexOf(day)).sort((a, b) => a - b);
		const consecutive = indexes.every((value, position) => position === 0 || value === indexes[position - 1] + 1);
		const names = indexes.map((index) => (order[index] || '').replace(/^./, (letter) => letter.toUpperCase()));
		const days = consecutive && names.length > 2 ? `${names[0]} to ${names[names.length - 1]}` : names.join(', ');
		return `${days}, ${clock(times.opens)} to ${clock(times.closes)}`;
	}

	/** The page frame of layouts/PageLayout.astro: H1, lead, "to be confirmed" notice, content, review dates. */
	function page(options, ...children) {
		const data = options.data;
		return h(
			'div',
			{ className: 'app-width-container' },
			h(
				'main',
				{ className: 'app-main' },
				h('h1', null, options.title || 'Untitled'),
				options.lead ? h('p', { className: 'app-lead' }, options.lead) : null,
				data.toBeConfirmed ? toBeConfirmed(data.toBeConfirmedNote, 'block') : null,
				...children,
				options.review ? reviewDates(data) : null,
			),
		);
	}

	/** components/ui/ToBeConfirmed.astro */
	function toBeConfirmed(note, variant) {
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
			h('p', { className: 'app-to-be-confirmed__note' }, note || 'Some details on this page are still being checked by the partnership.'),
		);
	}

	/** components/ui/ReviewDates.astro */
	function reviewDates(data) {
		return h(
			'dl',
			{ className: 'app-review-dates' },
			h('div', { className: 'app-review-dates__item' }, h('dt', null, 'Last reviewed'), h('dd', null, formatDate(data.lastReviewed))),
			h('div', { className: 'app-review-dates__item' }, h('dt', null, 'Review due'), h('dd', null, formatDate(data.reviewDue))),
		);
	}

	/** The Markdown body, rendered by Decap, in the site's prose style (components/ui/EntryBody.astro). */
	function body(props) {
		return h('div', { className: 'app-prose' }, props.widgetFor('body'));
	}

	/** components/contacts/ContactCard.astro */
	function contactCard(contact, headingLevel, key) {
		const phones = list(contact.phones);
		const emails = list(contact.emails);
		return h(
			'div',
			{ className: 'app-contact-card', key },
			h(`h${headingLevel}`, { className: 'app-contact-card__title' }, contact.title || 'Untitled service'),
			contact.purpose ? h('p', { className: 'app-contact-card__purpose' }, contact.purpose) : null,
			phones.length > 0
				? h(
						'ul',
						{ className: 'app-contact-card__list' },
						phones.map((phone, index) =>
							h(
								'li',
								{ className: 'app-contact-card__item', key: index },
								h('span', { className: 'app-contact-card__label' }, `${phone.label || ''}: `),
								h('a', { className: 'app-phone-link', href: `tel:${String(phone.number || '').replace(/\s+/g, '')}` }, String(phone.number || '').replace(/ /g, '\u00a0')),
								h(
									'span',
									{ className: 'app-contact-card__hours' },
									` (${phoneHoursLabels[phone.hours] || phone.hours || 'When to call is not set'}`,
									phone.openingTimes && list(phone.openingTimes.days).length > 0 ? `: ${describeOpeningTimes(phone.openingTimes)}${phone.openingTimes.confirmed ? '' : ', times not yet confirmed'}` : '',
									phone.hoursNote ? `. ${phone.hoursNote}` : '',
									')',
								),
							),
						),
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
								h('span', { className: 'app-contact-card__label' }, `${email.label || ''}: `),
								h('a', { className: 'app-email-link', href: `mailto:${email.address || ''}` }, email.address || ''),
							),
						),
					)
				: null,
			contact.website && contact.website.url
				? h('p', { className: 'app-contact-card__website' }, h('a', { href: contact.website.url }, contact.website.label || contact.website.url))
				: null,
			h(
				'p',
				{ className: 'app-contact-card__verified' },
				contact.lastVerified
					? `Details last verified ${formatDate(contact.lastVerified, 'month')}${contact.verifiedFrom ? ` (${contact.verifiedFrom})` : ''}`
					: 'The partnership has not yet checked these details with the service.',
			),
			contact.toBeConfirmed ? toBeConfirmed(contact.toBeConfirmedNote, 'inline') : null,
		);
	}

	/**
	 * Contacts chosen in a relation field. Decap passes the chosen entries' data as field metadata
	 * once they are picked in this session; before that only the contact's id is known, and the
	 * page will show its details from the contacts list.
	 */
	function relatedContacts(props, fieldName, ids, headingLevel) {
		return list(ids).map((id) => {
			const metadata = props.fieldsMetaData && props.fieldsMetaData.getIn([fieldName, 'contacts', id]);
			if (metadata) return contactCard(metadata.toJS ? metadata.toJS() : metadata, headingLevel, id);
			return h(
				'div',
				{ className: 'app-contact-card', key: id },
				h(`h${headingLevel}`, { className: 'app-contact-card__title' }, id),
				h('p', { className: 'app-contact-card__verified' }, 'Numbers and emails are shown on the page from this contact in Contacts.'),
			);
		});
	}

	/** src/pages/newsletters/[id].astro */
	const NewsletterPreview = createClass({
		render() {
			const data = entryData(this.props);
			const coverField = this.props.fields && this.props.fields.find((field) => field.get('name') === 'cover');
			const cover = data.cover ? this.props.getAsset(data.cover, coverField) : null;
			const priorities = list(data.relatedPriorities);
			const contacts = list(data.relatedContacts);
			return page(
				{ title: data.title, data },
				h('p', { className: 'app-u-secondary-text' }, 'Published ', h('time', null, formatDate(data.published))),
				cover ? h('img', { className: 'app-newsletter__cover', src: String(cover), alt: data.coverAlt || '' }) : null,
				body(this.props),
				priorities.length > 0
					? h(
							'section',
							null,
							h('h2', null, 'Priorities in this edition'),
							h('ul', null, priorities.map((id) => h('li', { key: id }, id))),
						)
					: null,
				contacts.length > 0 ? h('section', null, h('h2', null, 'Contacts in this edition'), ...relatedContacts(this.props, 'relatedContacts', contacts, 3)) : null,
			);
		},
	});

	/** src/pages/briefings/[id].astro: the seven sections in order. */
	const BriefingPreview = createClass({
		render() {
			const data = entryData(this.props);
			const findings = list(data.keyFindings);
			const source = data.sourceReport && data.sourceReport.title ? [data.sourceReport] : [];
			// The source report often reappears in further reading: each title once, as on the page.
			const reading = source.concat(list(data.furtherReading)).filter((link, index, all) => all.findIndex((other) => other.title === link.title) === index);
			return page(
				{ title: data.title, data, review: true },
				h('p', { className: 'app-briefing__summary' }, data.summary),
				h(
					'dl',
					{ className: 'app-briefing__facts' },
					h('div', null, h('dt', null, 'Type of review'), h('dd', null, reviewTypeLabels[data.reviewType] || data.reviewType || '')),
					h('div', null, h('dt', null, 'Published'), h('dd', null, formatDate(data.published))),
					h('div', null, h('dt', null, 'Themes'), h('dd', null, list(data.learningThemes).map(labelFor).join(', '))),
					h('div', null, h('dt', null, 'For'), h('dd', null, list(data.audiences).map(labelFor).join(', '))),
				),
				data.contentNote ? h('div', { className: 'app-briefing__content-note', role: 'note' }, h('strong', null, 'Content note: '), data.contentNote) : null,
				h(
					'div',
					{ className: 'app-prose app-briefing__body' },
					h('h2', null, 'Background'),
					...textBlocks(data.background, 'background'),
					h('h2', null, 'Why it matters'),
					...textBlocks(data.whyItMatters, 'why'),
					h('h2', null, 'Key findings'),
					...findings.flatMap((finding, index) => [h('h3', { key: `finding-${index}` }, finding.heading || ''), ...textBlocks(finding.text, `finding-${index}`)]),
					h('h2', null, 'What to do'),
					...textBlocks(data.whatToDo, 'what-to-do'),
					h('h2', null, 'Questions for reflection'),
					h('ol', null, list(data.reflectionQuestions).map((question, index) => h('li', { key: index }, question))),
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
				body(this.props),
			);
		},
	});

	/** src/pages/contacts/[id].astro */
	const ContactPreview = createClass({
		render() {
			const data = entryData(this.props);
			return h(
				'div',
				{ className: 'app-width-container' },
				h('main', { className: 'app-main' }, h('h1', null, data.title || 'Untitled'), h('div', { className: 'app-grid__main' }, contactCard(data, 2))),
			);
		},
	});

	/** src/pages/levels-of-need/[id].astro with components/levels/LevelDetails.astro */
	const LevelPreview = createClass({
		render() {
			const data = entryData(this.props);
			const contacts = list(data.contacts);
			return page(
				{ title: `Level ${data.level === undefined ? '?' : data.level}: ${data.name || ''}`, data, review: true },
				h(
					'div',
					{ className: 'app-level-details' },
					h('p', { className: 'app-level-details__summary' }, data.summary),
					h(
						'div',
						{ className: 'app-level-details__columns' },
						h(
							'div',
							{ className: 'app-level-details__sections app-prose' },
							h('h2', null, 'Indicators'),
							h('ul', null, list(data.indicators).map((indicator, index) => h('li', { key: index }, indicator))),
							h('h2', null, 'The response'),
							...textBlocks(data.response, 'response'),
							h('h2', null, 'Who leads'),
							h('p', null, data.whoLeads),
							h('h2', null, 'How to refer'),
							...textBlocks(data.howToRefer, 'refer'),
							h('h2', null, 'Consent'),
							...textBlocks(data.consentNote, 'consent'),
						),
						h('div', { className: 'app-level-details__more' }, body(this.props)),
						contacts.length > 0 ? h('section', { className: 'app-level-details__contacts' }, h('h2', null, 'Contacts'), ...relatedContacts(this.props, 'contacts', contacts, 3)) : null,
						h('p', { className: 'app-level-details__source app-u-secondary-text app-u-small' }, `Source: ${data.source || ''}`),
					),
				),
			);
		},
	});

	CMS.registerPreviewStyle('/admin/site.css');
	CMS.registerPreviewTemplate('newsletters', NewsletterPreview);
	CMS.registerPreviewTemplate('briefings', BriefingPreview);
	CMS.registerPreviewTemplate('contacts', ContactPreview);
	CMS.registerPreviewTemplate('thresholds', LevelPreview);
})();
