import { z } from 'astro/zod';
import { DateSchema, SafeUrlSchema, editorialShape, longText } from './shared/fields.ts';
import { PeriodSchema } from './priorities.ts';

export const REPORT_TYPES = [
	'annual-scrutiny-report',
	'annual-report',
	'inspection',
	'governance',
] as const;
export const REPORT_STATUSES = ['current', 'superseded', 'historical'] as const;

/**
 * A published report, summarised with its key findings. The body holds the fuller summary.
 * @example content/reports/annual-scrutiny-report-2024-25.md
 */
export const ReportsSchema = () =>
	z.strictObject({
		title: z.string().trim().min(3).meta({ title: 'Title', description: 'The report’s title.' }),
		reportType: z
			.enum(REPORT_TYPES)
			.meta({ title: 'Type', description: 'What kind of report it is.' }),
		publisher: z.string().trim().min(2).meta({
			title: 'Published by',
			description: 'e.g. “Redbridge Safeguarding Children Partnership” or “Ofsted”.',
		}),
		published: DateSchema.meta({
			title: 'Publication date',
			description: 'When the report was published (first of the month if only the month is known).',
		}),
		period: PeriodSchema.optional().meta({
			title: 'Period covered',
			description: 'The business year it covers, e.g. 2024-25.',
		}),
		summary: longText({
			title: 'Summary',
			description: 'Two sentences on what the report is and says.',
			min: 20,
			max: 400,
		}),
		keyFindings: z
			.array(z.string().trim().min(10))
			.min(1)
			.meta({ title: 'Key findings', description: 'The main findings, one per item.' }),
		status: z.enum(REPORT_STATUSES).meta({
			title: 'Status',
			description: '“historical” for reports kept as a record; “superseded” when replaced.',
		}),
		statusNote: z
			.string()
			.trim()
			.optional()
			.meta({
				title: 'Status note',
				description: 'Why it is superseded or historical, shown at the top of the page.',
				cms: { widget: 'text' },
			}),
		documentUrl: SafeUrlSchema.optional().meta({
			title: 'Full report',
			description: 'Link to the full document, when the RSCP has published it online.',
		}),
		...editorialShape,
	});

export type ReportsFrontmatter = z.infer<ReturnType<typeof ReportsSchema>>;
