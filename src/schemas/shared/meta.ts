/**
 * Types the extra metadata our schemas carry for the CMS generator.
 * Every field already has `.meta({ title, description })`: the title becomes the
 * CMS label and the description the editor's hint. `cms` holds the few hints zod
 * cannot express (e.g. a multi-line text box instead of a one-line input).
 */
declare module 'zod/v4/core' {
	interface GlobalMeta {
		/** Decap-only hints: which widget to use where the zod type alone is ambiguous. */
		cms?: {
			widget?: 'text' | 'markdown' | 'hidden' | 'image';
			/** Which field of the referenced collection to show in a relation widget. */
			displayField?: string;
			/** Set by the CMS generator's reference(): the collection a relation points at. */
			relation?: string;
			/** A pattern the editor checks as you type: [regular expression, message for people]. */
			pattern?: [string, string];
		};
	}
}

export {};
