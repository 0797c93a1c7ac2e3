import type { CollectionDefinition } from '../../schemas/collections.ts';
import { cmsSchemaContext } from '../cms/cms-schema-context.ts';
import { knownKeysAt } from './schema-walk.ts';

/** A collection's top-level fields in schema order: the order the CMS lists and saves them in. */
export function fieldOrderOf(definition: Pick<CollectionDefinition, 'schema'>): string[] {
	return knownKeysAt(definition.schema(cmsSchemaContext), []);
}
