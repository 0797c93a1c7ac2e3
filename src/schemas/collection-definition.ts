import type { z } from 'astro/zod';
import type { SchemaContext } from './shared/context.ts';

/** Who a page is for, as the content collections write it. */
export type ContentAudience = 'public' | 'professionals' | 'children-and-young-people';

/**
 * How a collection's entries appear on the site: their address, their kind in search and in the
 * A to Z, and their place in the main navigation. A collection without `site` builds no pages.
 */
export interface SiteSettings {
	/** The address the collection's pages live under, with slashes: `/briefings/`. `pages` sit at `/`. */
	url: string;
	/** The value of the search `type` filter for its pages, e.g. `level of need`. */
	searchType: string;
	/** How that type reads in search results, on its checkbox and in the A to Z, e.g. `Level of need`. */
	searchLabel: string;
	/** The heading of the collection's index page, as the A to Z lists it (none for `pages`). */
	listTitle?: string;
	/** Audiences every page of the collection serves, when its entries do not name their own. */
	audiences?: readonly ContentAudience[];
	/** A place in the header's main navigation: its link text and position (lower first). */
	navigation?: { label: string; place: number };
}

/**
 * How a collection behaves in the Decap editor: what zod cannot know. The fields
 * themselves come from the schemas; this says how entries are named, listed, sorted and
 * filtered, and how they appear when another collection links to them.
 * Every field named here must exist in the schema: the generator throws otherwise, so a
 * renamed field cannot silently drop a sort or a filter.
 * Decap docs: https://decapcms.org/docs/configuration-options/ (slug, summary,
 * sortable_fields, view_filters, view_groups), https://decapcms.org/docs/summary-strings/
 * (transformations such as `date('D MMM YYYY')`, also in slugs since 3.13),
 * https://decapcms.org/docs/collection-nested/ (nested collections).
 */
export interface CmsSettings {
	/** Shown under the collection's name in the editor. */
	description?: string;
	/**
	 * File name template for new entries (`{{slug}}` is the title made URL-safe). Write
	 * `{{fields.x}}` for a field named like a built-in tag (`year`, `month`, `day`, `slug`).
	 */
	slug?: string;
	/** How an entry reads in the collection's list. */
	summary: string;
	/** Fields the list can be sorted by; the first is the default order. */
	sort: readonly { field: string; direction: 'asc' | 'desc' }[];
	/**
	 * Fields the list can be filtered by: one filter per option of an enum, one for a
	 * boolean. “To be confirmed” and “Drafts” filters are added to every collection that has them.
	 */
	filterBy?: readonly string[];
	/** Groupings for the list: by a field's value, or by the part of it a pattern matches. */
	groupBy?: readonly { label: string; field: string; pattern?: string }[];
	/** How entries of this collection appear in other collections' relation widgets. */
	relation?: { search_fields: readonly string[]; display_fields: readonly string[] };
	/**
	 * Show the folder tree, and let editors choose the folder: for collections whose entries
	 * sit in sub-folders that give their address (pages). Such a collection cannot be the
	 * target of a relation, since its ids contain `/`.
	 */
	nested?: { depth: number };
}

/** Everything the project knows about one collection, written once in the registry. */
export interface CollectionDefinition {
	/** Label shown in the CMS. */
	label: string;
	/** Label for one entry in the CMS. */
	labelSingular: string;
	/** `prose` entries are Markdown with frontmatter and a body; `data` entries are YAML only. */
	kind: 'prose' | 'data';
	/** The zod schema, built with the host's image() and reference() helpers. */
	schema: (context: SchemaContext) => z.ZodType;
	/** Where and how its entries are pages on the site; absent for data that builds no pages. */
	site?: SiteSettings;
	/** How the editor lists, names and filters its entries. */
	cms: CmsSettings;
}

/** A registry entry with what follows from its name: its folder and file extensions. */
export type RegisteredCollection<D extends CollectionDefinition = CollectionDefinition> = D & {
	/** Folder of the entries, relative to the repository root: `content/<name>`; also the CMS folder. */
	folder: string;
	/** File extensions the loader accepts; the first is the one the CMS writes. */
	extensions: readonly string[];
};
