import { z } from 'astro/zod';
import './meta.ts';

/**
 * An optional warning shown before distressing material, e.g. the death of a child.
 * @param example What a note on this kind of entry might say.
 */
export function contentNoteField(example: string) {
	return z
		.string()
		.trim()
		.optional()
		.meta({
			title: 'Content note',
			description: `Optional. Warn readers about distressing material, e.g. “${example}”`,
			cms: { widget: 'text' },
		});
}
