// The addresses of a briefing's team tools, in one place for the links and the tests.
import { entryUrl } from '../urls.ts';

/**
 * The presenter notes of a briefing.
 * @example briefingPresenterUrl('was-not-brought') // "/briefings/was-not-brought/presenter/"
 */
export function briefingPresenterUrl(id: string): string {
	return `${entryUrl('briefings', id)}presenter/`;
}

/**
 * The printable record sheet of a briefing.
 * @example briefingRecordSheetUrl('was-not-brought') // "/briefings/was-not-brought/record-sheet/"
 */
export function briefingRecordSheetUrl(id: string): string {
	return `${entryUrl('briefings', id)}record-sheet/`;
}

/**
 * The plain-text version of a briefing: a file, so no trailing slash.
 * @example briefingTextUrl('was-not-brought') // "/briefings/was-not-brought.txt"
 */
export function briefingTextUrl(id: string): string {
	return `${entryUrl('briefings', id).replace(/\/$/, '')}.txt`;
}
