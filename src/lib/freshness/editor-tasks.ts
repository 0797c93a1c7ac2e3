// The editors' status page (/admin/status/) and `npm run report:stale` show the same list of
// jobs for the business unit, from the same function (findStaleContent); this only groups it
// the way one person works through it, and gives each row the address that opens it in the CMS.
import {
	STATUS_LABELS,
	countStaleItems,
	type StaleContentResult,
	type StaleItem,
} from './find-stale-content.ts';

/** One group of jobs on the status page. */
export interface EditorTaskGroup {
	/** Fragment id of the group's heading. */
	id: string;
	heading: string;
	/** One sentence on what to do with the rows. */
	hint: string;
	items: StaleItem[];
}

/**
 * The CMS address that opens an entry for editing.
 * @example cmsEntryUrl({ collection: 'pages', entryId: 'about/budget' }) // "/admin/#/collections/pages/entries/about/budget"
 */
export function cmsEntryUrl(item: Pick<StaleItem, 'collection' | 'entryId'>): string {
	return `/admin/#/collections/${item.collection}/entries/${item.entryId}`;
}

const isDated = (item: StaleItem) => item.status === 'overdue' || item.status === 'due-soon';

/** The report's rows as the status page's groups, in the order to work through them. */
export function editorTaskGroups(result: StaleContentResult): EditorTaskGroup[] {
	const { items } = result;
	return [
		{
			id: 'review-due',
			heading: 'Reviews overdue or due within 60 days',
			hint: 'Check the content is still right, then update Last reviewed and Review due.',
			items: items.filter((item) => isDated(item) && item.dateKind === 'review-due'),
		},
		{
			id: 'contacts',
			heading: 'Contacts to re-verify',
			hint: 'Not verified for 12 months, or never: check every number, email address and link with the service.',
			items: items.filter((item) => isDated(item) && item.dateKind === 'last-verified'),
		},
		{
			id: 'translations',
			heading: 'Translations older than their English page',
			hint: 'The English page changed after the translation was made: have it translated again and checked. Until then the page tells readers it may be out of date.',
			items: items.filter((item) => item.status === 'translation-outdated'),
		},
		{
			id: 'to-be-confirmed',
			heading: STATUS_LABELS['to-be-confirmed'],
			hint: 'Confirm each fact the note names with the partnership, correct the entry, then untick “To be confirmed by the RSCP”.',
			items: items.filter((item) => item.status === 'to-be-confirmed'),
		},
		{
			id: 'drafts',
			heading: 'Drafts',
			hint: 'Not on the website yet: finish each and untick Draft, or delete it.',
			items: items.filter((item) => item.status === 'draft'),
		},
	];
}

export { countStaleItems };
