// Runs in the admin after Decap's bundle: refuses to save a NEW page whose address already has a
// page (see src/lib/cms/new-page-address.ts). The address is checked against the site itself,
// which serves every published page; throwing from `preSave` stops the save and Decap shows the
// message in its error notice.
import { newPageAddress, pageExistsMessage } from '../../lib/cms/new-page-address.ts';

interface ImmutableEntry {
	get(key: string): unknown;
	getIn(path: string[]): unknown;
}

declare global {
	interface Window {
		CMS?: {
			registerEventListener(listener: {
				name: string;
				handler: (event: { entry: ImmutableEntry }) => Promise<unknown>;
			}): void;
		};
	}
}

window.CMS?.registerEventListener({
	name: 'preSave',
	handler: async ({ entry }) => {
		const data = entry.get('data') as ImmutableEntry;
		if (entry.get('collection') !== 'pages' || !entry.get('newRecord')) return data;
		const folder = String(entry.getIn(['meta', 'path']) ?? '');
		const address = newPageAddress(folder, String(data.get('title') ?? ''));
		const response = await fetch(address, { method: 'HEAD', cache: 'no-store' });
		if (response.ok) throw new Error(pageExistsMessage(address));
		return data;
	},
});
