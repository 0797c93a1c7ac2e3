// A briefing's printable team tools, each a page under the briefing (/briefings/<id>/<tool>/).
import PresenterNotes from './PresenterNotes.astro';
import RecordSheet from './RecordSheet.astro';

/** Each tool: its address under the briefing, its name, what it is for and what draws it. */
export const TOOLS = {
	presenter: {
		name: 'Presenter notes',
		description: (title: string) =>
			`Notes for running the 7-minute briefing “${title}” in a team meeting.`,
		lead: 'An outline for whoever runs this briefing in a team meeting: the seven parts in order, the point of each, and questions to open the discussion.',
		Tool: PresenterNotes,
	},
	'record-sheet': {
		name: 'Record sheet',
		description: (title: string) =>
			`A sheet to record a team's discussion of the 7-minute briefing “${title}”.`,
		lead: 'Fill this in when your team discusses the briefing. Keep it with your team’s records as your own evidence of how you used the learning.',
		Tool: RecordSheet,
	},
};
