// Drafting language: words that talk about where the site's text came from, what the web team
// could not find, or what an editor still has to do. Public pages speak as the partnership to the
// reader; all of this belongs in an entry's `toBeConfirmedNote` (shown to editors, never to the
// public), and the page shows only the short "To be confirmed by the RSCP" notice.
// Used by tests/unit/drafting-phrases.test.ts over content/, and by tests/dist/drafting-phrases.test.ts over the built pages.

/** One phrase to look for, and why it is drafting rather than the partnership speaking. */
export interface DraftingPhrase {
	pattern: RegExp;
	why: string;
}

/**
 * The phrases, as case-insensitive regular expressions. Text is matched after whitespace is
 * collapsed and curly apostrophes are made straight, so a phrase split over lines still matches.
 * Keep them narrow: each must catch drafting without catching the partnership's own findings
 * (e.g. "referrers were not given guidance" is a finding, "not given in the documents" is not).
 */
export const DRAFTING_PHRASES: readonly DraftingPhrase[] = [
	{
		pattern:
			/\b(?:documents?|cop(?:y|ies)|versions?|papers?|material) (?:that )?we (?:hold|have|were given|received|used)\b/i,
		why: '"the documents we hold", "the copy we hold": the web team describing its own sources, not the partnership speaking',
	},
	{
		pattern: /\bsource (?:documents?|reports?|files?|material|text)\b/i,
		why: '"the source documents/report": says where the page was drafted from',
	},
	{
		pattern: /\b(?:in|from|among|amongst|according to) (?:our|the|these) sources\b/i,
		why: '"mentioned in our sources": says where the page was drafted from',
	},
	{
		pattern:
			/\bnot (?:in|among|amongst|found in|mentioned in) (?:the|our|any of the|any) (?:(?:partnership|RSCP|LSCB)'s )?(?:published )?(?:documents|sources|seeds?)\b/i,
		why: '"not in the documents": a gap in the drafting sources, for editors',
	},
	{
		pattern:
			/\b(?:given|stated|named|described|mentioned|recorded) in the (?:partnership's )?(?:documents|sources?)\b/i,
		why: '"not given in the partnership\'s documents": a gap in the drafting sources, for editors',
	},
	{
		pattern: /\bthe documents (?:do|did|does) not\b|\bthe documents (?:give|say|describe) only\b/i,
		why: '"the documents do not say": a gap in the drafting sources, for editors',
	},
	{
		pattern:
			/\b(?:plan|report|newsletter|edition|document|source|sources|minutes|seeds?) (?:does|do|did) not (?:say|give|describe|report|state|mention|record|explain|name|spell out)\b/i,
		why: '"the plan does not say…": a gap in the drafting sources, for editors',
	},
	{
		pattern:
			/\bdocuments? (?:this|the) (?:page|entry|text|briefing|section) (?:is|was) based on\b/i,
		why: '"the documents this page is based on": says where the page was drafted from',
	},
	{
		pattern:
			/\b(?:gives?|gave) the (?:month|year)(?: of [a-z ]+?)? but not the (?:exact )?(?:days?|months?|dates?)\b|\bonly the (?:month|year) is (?:shown|given)\b/i,
		why: '"the report gives the month but not the day": how the page handled a gap in its source, for editors',
	},
	{
		pattern:
			/\bwhere (?:this|its|the|our)(?: (?:text|wording|content|page|information))? (?:came|comes) from\b|\b(?:text|wording|vision and values|values) (?:on this page )?(?:is|are|was|were) (?:taken|adapted|copied) from\b/i,
		why: 'the provenance of the page\'s own text ("Where this comes from", "the text is taken from…"), for editors',
	},
	{
		pattern: /\bsources?: /i,
		why: '"Source: …" as a label: says where the page\'s facts came from (the `source` field is for editors)',
	},
	{
		pattern:
			/\b(?:the|this|that|its|our) (?:(?:LSCB|RSCP|partnership|board)'s )?(?:(?:\d{4}(?:[/-]\d{2,4})?|summer|spring|autumn|winter|annual|business|scrutiny|latest|earlier|later|same|original|july|december) )*(?:plan|newsletter|report|document|minutes)s? (?:says|said|say|reports|reported|notes|noted|mentions|mentioned|states|stated|records|recorded|gives|gave|lists|listed|sets out|set out)\b(?!:? ?["\u201c'])/i,
		why: '"the 2017/18 business plan said…", "the newsletter reported…": the page reading out the partnership\'s own documents; say it as the partnership ("In 2017/18 the LSCB planned…"). An attributed quote ("Our report says: \u201c…\u201d") and another body\'s finding ("Ofsted\'s report said…") are fine',
	},
	{
		pattern: /\bseed (?:documents?|files?|inventory|content)\b|\bthe seeds\b|\bnot in seeds\b/i,
		why: '"seeds": the web team\'s name for the partnership\'s documents',
	},
	{
		pattern: /\b(?:the|seed|content) inventory\b/i,
		why: '"the inventory": the web team\'s list of facts',
	},
	{
		pattern: /\beditors?\b/i,
		why: 'a note addressed to editors',
	},
	{
		pattern: /\bweb team\b/i,
		why: 'a note addressed to the web team',
	},
	{
		pattern: /\bto be confirmed\b/i,
		why: 'a gap written into the text: mark the entry toBeConfirmed instead, so the page shows the standard notice (its exact wording is allowed, see ALLOWED_NOTICES)',
	},
	{
		pattern: /\bTBC\b|\bTODO\b|\bFIXME\b|\bplaceholder\b|\blorem ipsum\b/i,
		why: 'a drafting marker',
	},
	{
		pattern:
			/\[text missing\]|\b(?:sentence|text|table|line) (?:is|was) (?:cut off|missing|lost)\b|\b(?:pdf|text)[- ]conversion\b/i,
		why: "an artefact of converting the partnership's documents to text",
	},
	{
		pattern: /\b(?:is|are|was|were|remains?|still) (?:still )?(?:not known|unknown)\b/i,
		why: '"its location is not known": a gap in the drafting sources, for editors',
	},
	{
		pattern: /\b(?:we|I) (?:could|can) ?not (?:find|confirm|verify|trace|locate)\b/i,
		why: '"we could not find": the web team\'s search, not the partnership speaking',
	},
	{
		pattern:
			/\bwe do not (?:hold|have) (?:a copy|the (?:document|report|plan|date|details)|details of)\b|\bwe do not know (?:whether|if|when|the date|the exact)\b/i,
		why: '"we do not have the document", "we do not know whether it ran": a gap in the drafting sources, for editors',
	},
	{
		pattern:
			/\b(?:the )?RSCP (?:must|should|needs to|will need to|has to) (?:confirm|check|supply|provide|verify|say|decide)\b/i,
		why: 'an instruction to the partnership, for editors',
	},
	{
		pattern: /\b(?:must|should|needs to|need to) be (?:checked|verified|confirmed|sourced)\b/i,
		why: 'an instruction to check a fact, for editors',
	},
	{
		pattern:
			/\b(?:check|verify|confirm) (?:this |it |them )?with the (?:RSCP|partnership|business unit)\b/i,
		why: 'an instruction to check a fact, for editors',
	},
	{
		pattern: /\b(?:is|are) an assumption\b|\bare assumptions\b/i,
		why: 'a drafting decision, for editors',
	},
];

/**
 * Public wording that contains a listed phrase on purpose. Matched exactly (case-sensitive) and
 * removed before the search, so the standard notice passes but "the date is to be confirmed" in a
 * sentence does not.
 */
export const ALLOWED_NOTICES: readonly string[] = [
	// The notice src/components/ui/ToBeConfirmed.astro shows on pages and contact cards.
	'To be confirmed by the RSCP',
	// How a phone line without known hours reads (PHONE_HOURS_LABELS in src/schemas/contacts.ts).
	'Opening hours to be confirmed',
];

/** Collapses whitespace and straightens apostrophes, so phrases match however the text was wrapped. */
function normalise(text: string): string {
	return text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
}

/**
 * Every drafting phrase in a piece of visible text, as written there (first occurrence of each
 * distinct wording, in the order found). An empty list means the text reads as the partnership's own.
 * @example findDraftingPhrases('The documents we hold do not say whether it ran.') // ["documents we hold"]
 */
export function findDraftingPhrases(visibleText: string): string[] {
	let text = normalise(visibleText);
	for (const notice of ALLOWED_NOTICES) text = text.split(notice).join(' ');
	const found: { index: number; match: string }[] = [];
	for (const { pattern } of DRAFTING_PHRASES) {
		const global = new RegExp(
			pattern.source,
			pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
		);
		for (const match of text.matchAll(global)) found.push({ index: match.index, match: match[0] });
	}
	found.sort((a, b) => a.index - b.index);
	const seen = new Set<string>();
	return found
		.map(({ match }) => match)
		.filter((match) => !seen.has(match.toLowerCase()) && Boolean(seen.add(match.toLowerCase())));
}
