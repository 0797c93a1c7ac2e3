// The search quality table: what people type, and the page they must get. tests/e2e/search.spec.ts
// runs every row against the built site's Pagefind index with the search page's own options.
// - `first`: reporting, danger and named services. The first result must be one of `expect`.
// - `top3`: one of `expect` must be in the first three results.
// Add a row when someone reports a search that failed; fix it in content (content/synonyms/ or the
// page itself) or in the templates' weights, never with a rule for one query.

/** One query and the pages that answer it. */
export interface SearchQueryCase {
	query: string;
	/** Site paths that count as the right answer. */
	expect: string[];
	rank: 'first' | 'top3';
	/** Why the row is here: the kinds of wording the issue asks search to understand. */
	kind: 'urgent' | 'service' | 'plain' | 'jargon' | 'misspelling' | 'review' | 'sentence';
	/** Who would type it, for the sentence-like and misspelled rows of issue 14. */
	who?: 'parent' | 'child' | 'practitioner';
}

const REPORT = '/report-a-concern/';
const CHILD_PROTECTION = '/contacts/child-protection-referrals/';
const EMERGENCY = '/contacts/emergency-999/';
const REFERRAL = ['/professionals/', '/contacts/request-for-safeguarding-and-protection/', REPORT];
const LADO = ['/lado/', '/contacts/lado/'];
const YOUNG_PEOPLE = ['/children-and-young-people/', '/contacts/childline/'];
const PRIVATE_FOSTERING = ['/private-fostering/', '/contacts/private-fostering/'];
const ONLINE = ['/staying-safe-online/'];
const LEVELS = ['/levels-of-need/', '/training/understanding-thresholds/'];
const DISAGREEMENTS = ['/professionals/resolving-professional-disagreements/'];

export const SEARCH_QUERIES: SearchQueryCase[] = [
	// Reporting and danger: the report page, or the number to call, first.
	{ query: 'report abuse', expect: [REPORT], rank: 'first', kind: 'urgent' },
	{ query: 'report child abuse', expect: [REPORT], rank: 'first', kind: 'urgent' },
	{ query: 'report a concern', expect: [REPORT], rank: 'first', kind: 'urgent' },
	{ query: 'child in danger', expect: [REPORT, EMERGENCY], rank: 'first', kind: 'urgent' },
	{
		query: 'worried about a child',
		expect: [REPORT, CHILD_PROTECTION],
		rank: 'first',
		kind: 'urgent',
	},
	{
		query: 'who do I ring at night',
		expect: [REPORT, CHILD_PROTECTION],
		rank: 'first',
		kind: 'urgent',
	},
	{ query: 'out of hours', expect: [REPORT, CHILD_PROTECTION], rank: 'first', kind: 'urgent' },
	{
		query: 'someone is hurting a child',
		expect: [REPORT, CHILD_PROTECTION],
		rank: 'first',
		kind: 'urgent',
	},
	{
		query: 'child protection referral',
		expect: [REPORT, CHILD_PROTECTION],
		rank: 'first',
		kind: 'urgent',
	},
	{ query: 'emergency', expect: [EMERGENCY, REPORT], rank: 'first', kind: 'urgent' },
	{ query: '999', expect: [EMERGENCY, REPORT], rank: 'first', kind: 'urgent' },

	// Named services and concerns about staff: that service's page or contact first.
	{ query: 'LADO', expect: LADO, rank: 'first', kind: 'service' },
	{ query: 'allegation against a teacher', expect: LADO, rank: 'first', kind: 'service' },
	{ query: "my child's teacher hurt him", expect: LADO, rank: 'first', kind: 'service' },
	{ query: 'allegation against staff', expect: LADO, rank: 'first', kind: 'service' },
	{ query: 'Childline', expect: ['/contacts/childline/'], rank: 'first', kind: 'service' },
	{ query: 'NSPCC', expect: ['/contacts/nspcc-helpline/'], rank: 'first', kind: 'service' },
	{
		query: 'police non emergency',
		expect: ['/contacts/police-101/'],
		rank: 'first',
		kind: 'service',
	},
	{ query: '101', expect: ['/contacts/police-101/'], rank: 'first', kind: 'service' },
	{
		query: 'Family Help Front Door',
		expect: ['/contacts/family-help-front-door/', '/glossary/family-help-front-door/'],
		rank: 'first',
		kind: 'service',
	},

	// Practitioners' jargon and acronyms.
	{ query: 'MARF', expect: REFERRAL, rank: 'top3', kind: 'jargon' },
	{ query: 'referral form', expect: REFERRAL, rank: 'top3', kind: 'jargon' },
	{
		query: 'Request for Safeguarding and Protection',
		expect: REFERRAL,
		rank: 'top3',
		kind: 'jargon',
	},
	{
		query: 'CSPR',
		expect: ['/case-reviews/', '/glossary/cspr/', '/about/one-panel/'],
		rank: 'top3',
		kind: 'jargon',
	},
	{
		query: 'serious case review',
		expect: [
			'/case-reviews/',
			'/glossary/scr/',
			'/case-reviews/serious-case-review-decisions-to-2017/',
		],
		rank: 'top3',
		kind: 'jargon',
	},
	{ query: 'SCR', expect: ['/case-reviews/', '/glossary/scr/'], rank: 'top3', kind: 'jargon' },
	{
		query: 's47',
		expect: ['/levels-of-need/level-4-acute-need/', '/glossary/s47/'],
		rank: 'top3',
		kind: 'jargon',
	},
	{
		query: 'section 17',
		expect: ['/levels-of-need/level-3-complex-needs/', '/glossary/s17/'],
		rank: 'top3',
		kind: 'jargon',
	},
	{
		query: 'threshold',
		expect: ['/levels-of-need/', '/training/understanding-thresholds/'],
		rank: 'top3',
		kind: 'jargon',
	},
	{
		query: 'CAF',
		expect: [
			'/levels-of-need/level-2-early-help/',
			'/glossary/caf/',
			'/training/common-assessment-framework-workshop/',
		],
		rank: 'top3',
		kind: 'jargon',
	},
	{
		query: '7MB',
		expect: ['/briefings/', '/glossary/seven-minute-briefing/'],
		rank: 'top3',
		kind: 'jargon',
	},
	{
		query: 'MASA',
		expect: ['/about/governance/', '/glossary/masa/'],
		rank: 'top3',
		kind: 'jargon',
	},
	{
		query: 'CDOP',
		expect: ['/contacts/child-death-overview-panel/', '/glossary/cdop/'],
		rank: 'top3',
		kind: 'jargon',
	},
	{ query: 'LSCB', expect: ['/about/history/', '/glossary/lscb/'], rank: 'top3', kind: 'jargon' },
	{
		query: 'FGM',
		expect: ['/training/female-genital-mutilation/', '/glossary/fgm/'],
		rank: 'top3',
		kind: 'jargon',
	},
	{
		query: 'Local Authority Designated Officer',
		expect: [...LADO, '/glossary/lado/'],
		rank: 'top3',
		kind: 'jargon',
	},
	{
		query: 'escalation',
		expect: ['/professionals/resolving-professional-disagreements/'],
		rank: 'top3',
		kind: 'jargon',
	},
	{
		query: 'county lines',
		expect: [
			'/briefings/criminal-exploitation-it-was-hard-to-escape/',
			'/case-reviews/it-was-hard-to-escape/',
			'/glossary/county-lines/',
		],
		rank: 'top3',
		kind: 'jargon',
	},

	// Everyday words for the same things.
	{
		query: "looking after someone else's child",
		expect: ['/private-fostering/', '/contacts/private-fostering/'],
		rank: 'top3',
		kind: 'plain',
	},
	{
		query: 'private fostering',
		expect: ['/private-fostering/', '/contacts/private-fostering/'],
		rank: 'top3',
		kind: 'plain',
	},
	{ query: 'online safety', expect: ['/staying-safe-online/'], rank: 'top3', kind: 'plain' },
	{ query: 'become a foster carer', expect: ['/contacts/fostering/'], rank: 'top3', kind: 'plain' },
	{
		query: 'home schooling',
		expect: ['/briefings/elective-home-education/', '/case-reviews/elective-home-education/'],
		rank: 'top3',
		kind: 'plain',
	},
	{
		query: 'missed appointments',
		expect: ['/briefings/was-not-brought/'],
		rank: 'top3',
		kind: 'plain',
	},
	{
		query: 'annual report',
		expect: ['/reports/annual-scrutiny-report-2024-25/', '/reports/lscb-annual-report-2016-17/'],
		rank: 'top3',
		kind: 'plain',
	},
	{ query: 'book training', expect: ['/training/'], rank: 'top3', kind: 'plain' },
	{
		query: 'someone to talk to',
		expect: ['/children-and-young-people/', '/contacts/childline/'],
		rank: 'top3',
		kind: 'plain',
	},
	{ query: 'levels of need', expect: ['/levels-of-need/'], rank: 'top3', kind: 'plain' },
	{
		query: 'disagree with social care',
		expect: ['/professionals/resolving-professional-disagreements/'],
		rank: 'top3',
		kind: 'plain',
	},

	// Names of reviews.
	{
		query: 'Arthur and Star',
		expect: [
			'/briefings/arthur-and-star-national-review/',
			'/case-reviews/arthur-labinjo-hughes-and-star-hobson/',
		],
		rank: 'top3',
		kind: 'review',
	},
	{ query: 'Child Q', expect: ['/case-reviews/child-q/'], rank: 'top3', kind: 'review' },
	{
		query: 'Baby Victoria',
		expect: ['/case-reviews/baby-victoria/'],
		rank: 'top3',
		kind: 'review',
	},
	{
		query: 'Zara',
		expect: ['/case-reviews/local-child-safeguarding-practice-review-zara/'],
		rank: 'top3',
		kind: 'review',
	},
	{
		query: 'I wanted them all to notice',
		expect: [
			'/briefings/i-wanted-them-all-to-notice/',
			'/case-reviews/i-wanted-them-all-to-notice/',
		],
		rank: 'top3',
		kind: 'review',
	},
	{
		query: 'was not brought',
		expect: ['/briefings/was-not-brought/'],
		rank: 'top3',
		kind: 'review',
	},

	// Slips Pagefind copes with: case, a missing apostrophe or hyphen, other word endings, an unfinished last word.
	{ query: 'lado', expect: LADO, rank: 'first', kind: 'misspelling' },
	{
		query: 'its silent',
		expect: ['/briefings/its-silent-race-racism-and-safeguarding/', '/case-reviews/its-silent/'],
		rank: 'top3',
		kind: 'misspelling',
	},
	{
		query: 'labinjo hughes',
		expect: [
			'/case-reviews/arthur-labinjo-hughes-and-star-hobson/',
			'/briefings/arthur-and-star-national-review/',
		],
		rank: 'top3',
		kind: 'misspelling',
	},
	{
		query: 'childrens services',
		expect: [REPORT, CHILD_PROTECTION],
		rank: 'top3',
		kind: 'misspelling',
	},
	{
		query: 'private fost',
		expect: ['/private-fostering/', '/contacts/private-fostering/'],
		rank: 'top3',
		kind: 'misspelling',
	},
	{ query: 'allegations against teachers', expect: LADO, rank: 'top3', kind: 'misspelling' },
	{
		query: 'neglected children',
		expect: [
			'/briefings/neglect-and-repeat-child-protection-plans/',
			'/training/safeguarding-children-from-neglect/',
			'/case-reviews/neglect-and-repeat-plans-analysis-2016-17/',
		],
		rank: 'top3',
		kind: 'misspelling',
	},
	{
		query: 'e-safety',
		expect: ['/staying-safe-online/', '/training/esafety-training-for-professionals/'],
		rank: 'top3',
		kind: 'misspelling',
	},

	// Issue 14: sentences in people's own words, and misspellings. Pagefind needs every word on one
	// page, so these are found by the search page's relaxing and "Did you mean" steps
	// (src/lib/search/run-site-search.ts) and by the synonyms written from them.
	// The six from the issue, each of which used to find nothing.
	{ query: 'teacher hurt my son', expect: LADO, rank: 'top3', kind: 'sentence', who: 'parent' },
	{
		query: 'my neighbours kids are left alone all the time',
		expect: [REPORT, CHILD_PROTECTION],
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: 'i am scared to go home',
		expect: YOUNG_PEOPLE,
		rank: 'top3',
		kind: 'sentence',
		who: 'child',
	},
	{
		query: 'football coach touched my daughter',
		expect: [...LADO, REPORT],
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: 'looking after my nephew while his mum is abroad',
		expect: PRIVATE_FOSTERING,
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: 'how do I delete my browsing history',
		expect: ONLINE,
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	// A parent, carer or neighbour.
	{
		query: 'my ex is hurting our little girl',
		expect: [REPORT, CHILD_PROTECTION],
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: 'who do i call if a child is in danger',
		expect: [REPORT, EMERGENCY, CHILD_PROTECTION],
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: 'the child next door always looks hungry and dirty',
		expect: [REPORT, CHILD_PROTECTION],
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: 'a stranger keeps messaging my son on instagram',
		expect: ONLINE,
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: 'how can i keep my kids safe on the internet',
		expect: ONLINE,
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: "my sister's kids are staying with me for a few months",
		expect: PRIVATE_FOSTERING,
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: 'i want to foster a child',
		expect: ['/contacts/fostering/'],
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: 'the childminder hurt my baby',
		expect: LADO,
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: 'a youth worker has been sending my son messages',
		expect: LADO,
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	{
		query: 'can i report it without giving my name',
		expect: [REPORT, CHILD_PROTECTION],
		rank: 'top3',
		kind: 'sentence',
		who: 'parent',
	},
	// A child or young person.
	{ query: 'my dad hits me', expect: YOUNG_PEOPLE, rank: 'top3', kind: 'sentence', who: 'child' },
	{
		query: 'someone touched me and i didnt like it',
		expect: [...YOUNG_PEOPLE, REPORT],
		rank: 'top3',
		kind: 'sentence',
		who: 'child',
	},
	{
		query: 'i dont feel safe at home',
		expect: YOUNG_PEOPLE,
		rank: 'top3',
		kind: 'sentence',
		who: 'child',
	},
	{
		query: 'i want to run away',
		expect: YOUNG_PEOPLE,
		rank: 'top3',
		kind: 'sentence',
		who: 'child',
	},
	{
		query: 'im being bullied at school',
		expect: YOUNG_PEOPLE,
		rank: 'top3',
		kind: 'sentence',
		who: 'child',
	},
	{
		query: 'phone number for childline',
		expect: ['/contacts/childline/'],
		rank: 'top3',
		kind: 'sentence',
		who: 'child',
	},
	{
		query: 'my parents shout at me all the time',
		expect: YOUNG_PEOPLE,
		rank: 'top3',
		kind: 'sentence',
		who: 'child',
	},
	// A practitioner.
	{
		query: "how do i make a referral to children's social care",
		expect: REFERRAL,
		rank: 'top3',
		kind: 'sentence',
		who: 'practitioner',
	},
	{
		query: 'what level of need is this child',
		expect: LEVELS,
		rank: 'top3',
		kind: 'sentence',
		who: 'practitioner',
	},
	{
		query: "i disagree with the social worker's decision",
		expect: DISAGREEMENTS,
		rank: 'top3',
		kind: 'sentence',
		who: 'practitioner',
	},
	{
		query: 'allegation against a colleague',
		expect: LADO,
		rank: 'top3',
		kind: 'sentence',
		who: 'practitioner',
	},
	{
		query: 'the review about arthur labinjo-hughes',
		expect: [
			'/case-reviews/arthur-labinjo-hughes-and-star-hobson/',
			'/briefings/arthur-and-star-national-review/',
		],
		rank: 'top3',
		kind: 'sentence',
		who: 'practitioner',
	},
	{
		query: 'child q strip search review',
		expect: ['/case-reviews/child-q/'],
		rank: 'top3',
		kind: 'sentence',
		who: 'practitioner',
	},
	{
		query: 'children not brought to health appointments',
		expect: ['/briefings/was-not-brought/'],
		rank: 'top3',
		kind: 'sentence',
		who: 'practitioner',
	},
	{
		query: 'where can i book safeguarding training for my staff',
		expect: ['/training/', '/contacts/rscp-training/'],
		rank: 'top3',
		kind: 'sentence',
		who: 'practitioner',
	},
	// Misspellings: the index's own words suggest the correction ("Did you mean ...").
	{
		query: 'safegaurding training',
		expect: ['/training/', '/contacts/rscp-training/'],
		rank: 'top3',
		kind: 'misspelling',
		who: 'practitioner',
	},
	{ query: 'threshhold', expect: LEVELS, rank: 'top3', kind: 'misspelling', who: 'practitioner' },
	{
		query: 'privat fostering',
		expect: PRIVATE_FOSTERING,
		rank: 'top3',
		kind: 'misspelling',
		who: 'parent',
	},
	{ query: 'lado referal', expect: LADO, rank: 'top3', kind: 'misspelling', who: 'practitioner' },
	{
		query: 'fostring',
		expect: [...PRIVATE_FOSTERING, '/contacts/fostering/'],
		rank: 'top3',
		kind: 'misspelling',
		who: 'parent',
	},
	{
		query: 'neglekt',
		expect: [
			'/briefings/neglect-and-repeat-child-protection-plans/',
			'/training/safeguarding-children-from-neglect/',
			'/case-reviews/neglect-and-repeat-plans-analysis-2016-17/',
		],
		rank: 'top3',
		kind: 'misspelling',
		who: 'practitioner',
	},
	{
		query: 'criminal exploitaion',
		expect: [
			'/briefings/criminal-exploitation-it-was-hard-to-escape/',
			'/case-reviews/it-was-hard-to-escape/',
		],
		rank: 'top3',
		kind: 'misspelling',
		who: 'practitioner',
	},
	{
		query: 'childlin',
		expect: ['/contacts/childline/'],
		rank: 'top3',
		kind: 'misspelling',
		who: 'child',
	},
	{
		query: 'privite fostering arangement',
		expect: PRIVATE_FOSTERING,
		rank: 'top3',
		kind: 'misspelling',
		who: 'parent',
	},
	{
		query: 'proffesional disagreement',
		expect: DISAGREEMENTS,
		rank: 'top3',
		kind: 'misspelling',
		who: 'practitioner',
	},
	{
		query: 'elective home educaton',
		expect: ['/briefings/elective-home-education/', '/case-reviews/elective-home-education/'],
		rank: 'top3',
		kind: 'misspelling',
		who: 'parent',
	},
	{
		query: 'seven minute breifings',
		expect: ['/briefings/', '/glossary/seven-minute-briefing/'],
		rank: 'top3',
		kind: 'misspelling',
		who: 'practitioner',
	},
];
