import { z } from 'astro/zod';
import type { SchemaContext } from '../../schemas/shared/context.ts';

/**
 * Stand-ins for Astro's image() and reference() that leave a mark the Decap generator
 * reads: a string that is an image, or a string that names an entry of another collection.
 */
export const cmsSchemaContext = {
	image: () => z.string().meta({ cms: { widget: 'image' } }),
	reference: (collection: string) => z.string().meta({ cms: { relation: collection } }),
} as unknown as SchemaContext;
