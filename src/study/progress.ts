/**
 * What a reader's study progress is and how it is stored: marks per question and answer drafts,
 * kept in the browser under one versioned key, exported to and imported from a JSON file. Pure:
 * storage is passed in, so that the rules are tested without a browser.
 */

import { STORAGE_KEY } from './storage-key.ts';

export { STORAGE_KEY };
const EXPORT_FORMAT = 'interview-study-guide/progress';
const VERSION = 1;

export type Mark = 'review' | 'confident';

export const MARK_LABELS: Record<Mark, string> = { review: 'Needs review', confident: 'Confident' };

export interface Progress {
	/** Question slug → the reader's mark. */
	marks: Record<string, Mark>;
	/** Question slug → the reader's draft answer. */
	drafts: Record<string, string>;
}

export interface LoadResult {
	progress: Progress;
	/** Set when saved data existed but could not be used; the page shows it and carries on. */
	notice?: string;
}

export function emptyProgress(): Progress {
	return { marks: {}, drafts: {} };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps the well-formed entries of stored or imported progress; undefined when it is not progress at all. */
function readProgress(value: unknown): Progress | undefined {
	if (!isRecord(value) || !isRecord(value.marks) || !isRecord(value.drafts)) return undefined;
	const progress = emptyProgress();
	for (const [slug, mark] of Object.entries(value.marks)) {
		if (mark === 'review' || mark === 'confident') progress.marks[slug] = mark;
	}
	for (const [slug, draft] of Object.entries(value.drafts)) {
		if (typeof draft === 'string' && draft !== '') progress.drafts[slug] = draft;
	}
	return progress;
}

/** Reads what `STORAGE_KEY` holds. Anything unreadable or from another version is ignored with a notice. */
export function parseStoredProgress(raw: string | null): LoadResult {
	if (raw === null) return { progress: emptyProgress() };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { progress: emptyProgress(), notice: 'Your saved progress could not be read, so it was ignored.' };
	}
	if (!isRecord(parsed) || parsed.version !== VERSION) {
		return { progress: emptyProgress(), notice: 'Your saved progress is from another version of this guide, so it was ignored.' };
	}
	const progress = readProgress(parsed);
	return progress ? { progress } : { progress: emptyProgress(), notice: 'Your saved progress could not be read, so it was ignored.' };
}

export function serializeProgress(progress: Progress): string {
	return JSON.stringify({ version: VERSION, ...progress });
}

/** The contents of an exported progress file. */
export function exportProgress(progress: Progress, exportedAt: Date): string {
	return `${JSON.stringify({ format: EXPORT_FORMAT, version: VERSION, exportedAt: exportedAt.toISOString(), ...progress }, null, 2)}\n`;
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; message: string };

/** Reads an exported progress file; a file that is not one is refused with a message. */
export function importProgress(text: string): ImportResult {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, message: 'This file is not a progress export from this guide (it is not JSON). Nothing was changed.' };
	}
	if (!isRecord(parsed) || parsed.format !== EXPORT_FORMAT) {
		return { ok: false, message: 'This file is not a progress export from this guide. Nothing was changed.' };
	}
	if (parsed.version !== VERSION) {
		return { ok: false, message: `This progress file has version ${String(parsed.version)}, which this guide cannot read. Nothing was changed.` };
	}
	const progress = readProgress(parsed);
	return progress ? { ok: true, progress } : { ok: false, message: 'This progress file is damaged. Nothing was changed.' };
}

/** "12 of 19 confident, 3 need review" for the questions in `slugs`. */
export function progressSummary(progress: Progress, slugs: readonly string[]): string {
	const confident = slugs.filter((slug) => progress.marks[slug] === 'confident').length;
	const review = slugs.filter((slug) => progress.marks[slug] === 'review').length;
	return `${confident} of ${slugs.length} confident, ${review} ${review === 1 ? 'needs' : 'need'} review`;
}

/** Loads progress from storage; a storage that throws (disabled, private mode) counts as empty. */
export function loadProgress(storage: Pick<Storage, 'getItem'> | undefined): LoadResult {
	try {
		return parseStoredProgress(storage?.getItem(STORAGE_KEY) ?? null);
	} catch {
		return { progress: emptyProgress(), notice: 'This browser does not let the guide keep your progress.' };
	}
}

/** Saves progress; returns false when the browser refuses (storage full or disabled). */
export function saveProgress(storage: Pick<Storage, 'setItem'> | undefined, progress: Progress): boolean {
	try {
		storage?.setItem(STORAGE_KEY, serializeProgress(progress));
		return storage !== undefined;
	} catch {
		return false;
	}
}
