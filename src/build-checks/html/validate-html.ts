// html-validate over the built pages, through its API: the pages come from the one reader of the
// built site, so no file is read twice. html-validate parses each page with its own parser (it
// checks the markup as written, which a DOM tree no longer shows) and takes its rules from
// .htmlvalidate.json, found from each page's path exactly as the `html-validate` command finds it.
import { join } from 'node:path';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate, type Result } from 'html-validate';
import type { BuiltSite } from '../dist/read-built-site.ts';

/** What html-validate found on the built pages. */
export interface HtmlValidationReport {
	/** One result per page with messages (pages with none are left out). */
	results: Result[];
	errorCount: number;
	warningCount: number;
	pageCount: number;
}

/** Validates every built page with the project's html-validate configuration. */
export async function validateBuiltPages(
	site: Pick<BuiltSite, 'root' | 'pages'>,
): Promise<HtmlValidationReport> {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const results: Result[] = [];
	let errorCount = 0;
	let warningCount = 0;
	for (const page of site.pages.values()) {
		// One at a time: the file-system config loader is asynchronous (it finds .htmlvalidate.json).
		const report = await validator.validateString(page.html, join(site.root, page.file));
		errorCount += report.errorCount;
		warningCount += report.warningCount;
		results.push(...report.results.filter((result) => result.messages.length > 0));
	}
	return { results, errorCount, warningCount, pageCount: site.pages.size };
}

/** The report as the `html-validate` command prints it (its "stylish" formatter). */
export function formatHtmlValidation(report: HtmlValidationReport): string {
	return formatterFactory('stylish')(report.results);
}
