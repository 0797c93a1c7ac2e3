// The seven parts of a 7-minute briefing, shared by the briefing page's contents list,
// the presenter notes and the plain-text version, so all three name and order them alike.
import type { BriefingsFrontmatter } from '../../schemas/briefings.ts';
import { toTextBlocks } from '../plain-text-blocks.ts';

/** The fields that make up the seven parts. */
export type BriefingOutlineSource = Pick<
	BriefingsFrontmatter,
	'background' | 'whyItMatters' | 'keyFindings' | 'whatToDo' | 'reflectionQuestions'
>;

/**
 * The seven parts in order, with the heading id each has on the briefing page
 * (`/briefings/<id>/#what-to-do`). Key findings take parts 3 to 5, as in the schema.
 */
export const BRIEFING_PARTS = [
	{ id: 'background', number: 'Part 1', title: 'Background' },
	{ id: 'why-it-matters', number: 'Part 2', title: 'Why it matters' },
	{ id: 'key-findings', number: 'Parts 3 to 5', title: 'Key findings' },
	{ id: 'what-to-do', number: 'Part 6', title: 'What to do' },
	{ id: 'questions-for-reflection', number: 'Part 7', title: 'Questions for reflection' },
] as const;

/** The heading id of one part on the briefing page. */
export type BriefingPartId = (typeof BRIEFING_PARTS)[number]['id'];

/** One talking point: a sentence to say, under an optional heading (a key finding's). */
export interface OutlinePoint {
	heading?: string;
	text: string;
}

/** One part of the presenter's outline. */
export interface OutlinePart {
	id: BriefingPartId;
	number: string;
	title: string;
	points: OutlinePoint[];
	/** Questions to put to the team; only the last part has them. */
	prompts: string[];
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|No|vs|approx)\.$/i;

/**
 * The first sentence of a passage: up to the first `.`, `!` or `?` (and any closing quote
 * or bracket) that is followed by a space and a capital letter, digit or opening quote.
 * Full stops in abbreviations such as "e.g." do not count. Returns the whole passage when
 * it has one sentence.
 * @example firstSentence('Ask the child. Then record it.') // "Ask the child."
 * @example firstSentence('Use tools, e.g. the checklist. Then act.') // "Use tools, e.g. the checklist."
 */
export function firstSentence(text: string): string {
	const passage = text.trim().replace(/\s+/g, ' ');
	for (const match of passage.matchAll(/[.!?]["”’)]?(?= ["“‘(]?[A-Z0-9])/g)) {
		const sentence = passage.slice(0, match.index + match[0].length);
		if (!ABBREVIATION.test(sentence)) return sentence;
	}
	return passage;
}

/** The talking points of a multi-line text field: the first sentence of each paragraph and bullet. */
function pointsFrom(text: string): OutlinePoint[] {
	return toTextBlocks(text)
		.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items))
		.map((passage) => ({ text: firstSentence(passage) }));
}

/**
 * A timer-free outline for whoever presents the briefing: each part's talking points
 * (the lead sentence of each paragraph, bullet and finding) and, for the last part, the
 * reflection questions as prompts for the team's discussion. The full text stays on the
 * briefing page; the outline is what the presenter glances at.
 */
export function buildOutline(briefing: BriefingOutlineSource): OutlinePart[] {
	const points: Record<BriefingPartId, OutlinePoint[]> = {
		background: pointsFrom(briefing.background),
		'why-it-matters': pointsFrom(briefing.whyItMatters),
		'key-findings': briefing.keyFindings.map((finding) => ({
			heading: finding.heading,
			text: firstSentence(finding.text),
		})),
		'what-to-do': pointsFrom(briefing.whatToDo),
		'questions-for-reflection': [],
	};
	return BRIEFING_PARTS.map((part) => ({
		...part,
		points: points[part.id],
		prompts: part.id === 'questions-for-reflection' ? [...briefing.reflectionQuestions] : [],
	}));
}

/** One entry of the "On this page" list. */
export interface ContentsItem {
	id: string;
	title: string;
}

/**
 * The "On this page" list of a briefing page: the seven parts, further reading, then the
 * optional related links and the team tools, in page order. Ids match the page's headings
 * (the link checker fails the build's checks when one does not).
 */
export function briefingContents({ hasRelated }: { hasRelated: boolean }): ContentsItem[] {
	return [
		...BRIEFING_PARTS.map(({ id, title }) => ({ id, title })),
		{ id: 'further-reading', title: 'Further reading' },
		...(hasRelated ? [{ id: 'related', title: 'Related training and priorities' }] : []),
		{ id: 'use-in-your-team', title: 'Use this briefing in your team' },
	];
}
