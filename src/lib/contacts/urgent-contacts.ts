// The two contacts every urgent message on the site names: 999 and children's services' child
// protection line (the worried-about-a-child bar, search's no-results help, the report page).
import { resolveReference } from '../content/queries.ts';

/** 999 and the child protection referrals contact, with 999's number, from content/contacts. */
export async function urgentContacts() {
	const [emergency, childProtection] = await Promise.all(
		(['emergency-999', 'child-protection-referrals'] as const).map((id) =>
			resolveReference({ collection: 'contacts', id }),
		),
	);
	if (!emergency || !childProtection) throw new Error('The urgent contacts are missing.');
	return { emergency, childProtection, emergencyNumber: emergency.data.phones[0] };
}
