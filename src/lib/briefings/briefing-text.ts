// The plain-text version of a briefing (/briefings/<id>.txt): for email, intranets and
// screen readers that prefer plain text. Built from the same frontmatter as the page.
import { REVIEW_TYPE_LABELS, type BriefingsFrontmatter } from '../../schemas/briefings.ts';
import { SITE } from '../../site.ts';
import { formatDate } from '../format-date.ts';
import { labelFor } from '../labels.ts';
import { toTextBlocks } from '../plain-text-blocks.ts';
import { absoluteUrl } from './absolute-url.ts';
import { BRIEFING_PARTS, type BriefingPartId } from './outline.ts';
import { underline, wrapText } from './wrap-text.ts';

/** The fields the text version uses. */
export type BriefingTextSource = Pick<
	BriefingsFrontmatter,
	| 'title'
	| 'summary'
	| 'reviewType'
	| 'learningThemes'
	| 'audiences'
	| 'published'
	| 'lastReviewed'
	| 'reviewDue'
	| 'contentNote'
	| 'toBeConfirmed'
	| 'toBeConfirmedNote'
	| 'sourceReport'
	| 'background'
	| 'whyItMatters'
	| 'keyFindings'
	| 'whatToDo'
	| 'reflectionQuestions'
	| 'furtherReading'
>;

type Link = BriefingTextSource['sourceReport'];

/** Line length of the text version: the width plain-text readers and email expect. */
export const TEXT_WIDTH = 80;

/** A multi-line field as wrapped paragraphs and indented bullets. */
function blocksToText(text: string): string[] {
	return toTextBlocks(text).map((block) =>
		block.kind === 'paragraph'
			? wrapText(block.text, { width: TEXT_WIDTH })
			: block.items
					.map((item) => wrapText(item, { width: TEXT_WIDTH, firstIndent: '  - ' }))
					.join('\n'),
	);
}

/** A "Label: value" line, wrapped with the value's later lines indented by two spaces. */
function fact(label: string, value: string): string {
	return wrapText(`${label}: ${value}`, { width: TEXT_WIDTH, indent: '  ' });
}

/** A link as a bullet: its title and note, then its full address on a line of its own. */
function linkToText(link: Link, firstIndent = '  - '): string {
	const text = wrapText(link.note ? `${link.title} (${link.note})` : link.title, {
		width: TEXT_WIDTH,
		firstIndent,
	});
	const indent = ' '.repeat(firstIndent.length);
	return link.url ? `${text}\n${indent}${absoluteUrl(link.url)}` : text;
}

/**
 * The whole briefing as plain text wrapped at 80 characters: title, facts, the seven parts,
 * further reading, the report the learning comes from ("Read the report") and the page's
 * address. Paragraphs are separated by a blank line, bullets are indented, and every link is
 * written out as a full web address.
 * @example briefingToText(entry.data, { pageUrl: 'https://www.redbridgescp.org.uk/briefings/was-not-brought/' })
 */
export function briefingToText(
	briefing: BriefingTextSource,
	{ pageUrl }: { pageUrl: string },
): string {
	// The source report often reappears in further reading (the page lists it once too).
	const sameAsSource = briefing.furtherReading.find(
		(link) => link.title === briefing.sourceReport.title,
	);
	const source: Link = {
		...briefing.sourceReport,
		url: briefing.sourceReport.url ?? sameAsSource?.url,
	};
	const reading = briefing.furtherReading.filter((link) => link !== sameAsSource);

	const parts: Record<BriefingPartId, string[]> = {
		background: blocksToText(briefing.background),
		'why-it-matters': blocksToText(briefing.whyItMatters),
		'key-findings': briefing.keyFindings.map((finding, index) =>
			[
				wrapText(`Finding ${index + 1}: ${finding.heading}`, { width: TEXT_WIDTH }),
				...blocksToText(finding.text),
			].join('\n\n'),
		),
		'what-to-do': blocksToText(briefing.whatToDo),
		'questions-for-reflection': [
			briefing.reflectionQuestions
				.map((question, index) =>
					wrapText(question, { width: TEXT_WIDTH, firstIndent: `  ${index + 1}. ` }),
				)
				.join('\n'),
		],
	};

	const sections = [
		`7-minute briefing from the ${SITE.name}`,
		underline(briefing.title, '=', TEXT_WIDTH),
		wrapText(briefing.summary, { width: TEXT_WIDTH }),
		[
			fact('Type of review', REVIEW_TYPE_LABELS[briefing.reviewType]),
			fact('Published', formatDate(briefing.published)),
			fact('Themes', briefing.learningThemes.map(labelFor).join(', ')),
			fact('For', briefing.audiences.map(labelFor).join(', ')),
		].join('\n'),
		...(briefing.contentNote ? [fact('Content note', briefing.contentNote)] : []),
		// The plain notice only: toBeConfirmedNote is written for editors, never shown to readers.
		...(briefing.toBeConfirmed
			? [
					fact(
						'To be confirmed by the RSCP',
						'Some details in this briefing are still being checked by the partnership.',
					),
				]
			: []),
		...BRIEFING_PARTS.flatMap((part) => [
			underline(`${part.number}: ${part.title}`, '-', TEXT_WIDTH),
			...parts[part.id],
		]),
		...(reading.length > 0
			? [
					underline('Further reading', '-', TEXT_WIDTH),
					reading.map((link) => linkToText(link)).join('\n'),
				]
			: []),
		underline('Read the report', '-', TEXT_WIDTH),
		linkToText(source, ''),
		underline('About this version', '-', TEXT_WIDTH),
		[
			wrapText(`The web page, with any updates: ${pageUrl}`, { width: TEXT_WIDTH, indent: '  ' }),
			fact('Last reviewed', formatDate(briefing.lastReviewed)),
			fact('Review due', formatDate(briefing.reviewDue)),
		].join('\n'),
	];
	return `${sections.join('\n\n')}\n`;
}
