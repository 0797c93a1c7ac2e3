// The words the site shows for stored values that the CMS previews need: the label tables the
// schemas define. src/pages/admin/index.astro writes them into the admin page as JSON, so the
// previews (previews.ts) read like the pages without bundling the schemas (and Zod) for the browser.
import { REVIEW_TYPE_LABELS } from '../../schemas/briefings.ts';
import { PHONE_HOURS_LABELS } from '../../schemas/contacts.ts';

export const PREVIEW_LABELS = {
	phoneHours: PHONE_HOURS_LABELS,
	reviewTypes: REVIEW_TYPE_LABELS,
};

export type PreviewLabels = typeof PREVIEW_LABELS;
