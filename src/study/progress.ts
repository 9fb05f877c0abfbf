/**
 * What a reader's study progress is and how it is stored: marks, answer drafts and review
 * schedules per question, kept in the browser under one versioned key, exported to and imported
 * from a JSON file. Pure: storage is passed in, so that the rules are tested without a browser.
 *
 * Nothing the reader owns is dropped: version 1 is migrated; data that cannot be read, or that a
 * newer guide wrote, is copied to `KEPT_KEY` until the reader exports or discards it; a save is
 * reported only once it reads back; an import merges unless the reader chooses to replace.
 */
import { dueNow, readSchedule, type Schedule } from './due.ts';

export const STORAGE_KEY = 'interview-study-guide/progress/v2';
/** Where version 1 of the guide kept progress; read once to migrate, never written. */
export const V1_STORAGE_KEY = 'interview-study-guide/progress/v1';
/** A copy of stored data this version could not use, kept until the reader exports or discards it. */
export const KEPT_KEY = 'interview-study-guide/progress/kept';
const EXPORT_FORMAT = 'interview-study-guide/progress';
const VERSION = 2;

export type Mark = 'review' | 'confident';

export const MARK_LABELS: Record<Mark, string> = { review: 'Needs review', confident: 'Confident' };

export interface Progress {
	/** Question slug → the reader's mark. */
	marks: Record<string, Mark>;
	/** Question slug → the reader's draft answer. */
	drafts: Record<string, string>;
	/** Question slug → its spaced-repetition schedule. */
	schedules: Record<string, Schedule>;
	/** Question slug → when any of its entries last changed (ISO 8601); decides which side of a merge wins. */
	updated: Record<string, string>;
}

export interface LoadResult {
	progress: Progress;
	/** Set when saved data existed but could not be used; the page shows it and carries on. */
	notice?: string;
	/** The stored text that could not be used, to be copied to `KEPT_KEY`. */
	unusable?: string;
}

export function emptyProgress(): Progress {
	return { marks: {}, drafts: {}, schedules: {}, updated: {} };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps the well-formed entries of stored or imported progress; undefined when it is not progress at all. */
function readProgress(value: unknown): Progress | undefined {
	if (!isRecord(value) || !isRecord(value.marks) || !isRecord(value.drafts)) return undefined;
	if ((value.schedules !== undefined && !isRecord(value.schedules)) || (value.updated !== undefined && !isRecord(value.updated))) return undefined;
	const progress = emptyProgress();
	for (const [slug, mark] of Object.entries(value.marks)) {
		if (mark === 'review' || mark === 'confident') progress.marks[slug] = mark;
	}
	for (const [slug, draft] of Object.entries(value.drafts)) {
		if (typeof draft === 'string' && draft !== '') progress.drafts[slug] = draft;
	}
	for (const [slug, card] of Object.entries(value.schedules ?? {})) {
		const schedule = readSchedule(card);
		if (schedule) progress.schedules[slug] = schedule;
	}
	for (const [slug, time] of Object.entries(value.updated ?? {})) {
		if (typeof time === 'string' && !Number.isNaN(Date.parse(time)) && entryOf(progress, slug)) progress.updated[slug] = time;
	}
	return progress;
}

const UNREADABLE = 'Your saved progress could not be read.';
const KEPT = 'A copy is kept: export it or discard it under “Your progress” on the home page.';

/**
 * Reads what the store holds: `STORAGE_KEY`, or else version 1's key, migrated. Anything
 * unreadable or from a newer version is returned as `unusable` with a notice, to be kept.
 */
export function parseStoredProgress(raw: string | null, rawV1: string | null = null): LoadResult {
	if (raw === null) return rawV1 === null ? { progress: emptyProgress() } : migrateV1(rawV1);
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { progress: emptyProgress(), notice: `${UNREADABLE} ${KEPT}`, unusable: raw };
	}
	if (isRecord(parsed) && typeof parsed.version === 'number' && parsed.version > VERSION) {
		return { progress: emptyProgress(), notice: `Your saved progress is from a newer version of this guide. ${KEPT}`, unusable: raw };
	}
	const progress = isRecord(parsed) && parsed.version === VERSION ? readProgress(parsed) : undefined;
	return progress ? { progress } : { progress: emptyProgress(), notice: `${UNREADABLE} ${KEPT}`, unusable: raw };
}

/** Version 1 held marks and drafts with no times: they migrate as entries older than any other. */
function migrateV1(raw: string): LoadResult {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		parsed = undefined;
	}
	const progress = isRecord(parsed) && parsed.version === 1 ? readProgress({ marks: parsed.marks, drafts: parsed.drafts }) : undefined;
	return progress ? { progress } : { progress: emptyProgress(), notice: `${UNREADABLE} ${KEPT}`, unusable: raw };
}

export function serializeProgress(progress: Progress): string {
	return JSON.stringify({ version: VERSION, ...progress });
}

/** One question's entries, or undefined when the reader has none for it. */
interface Entry {
	mark?: Mark;
	draft?: string;
	schedule?: Schedule;
}

function entryOf(progress: Progress, slug: string): Entry | undefined {
	const entry: Entry = {};
	if (progress.marks[slug]) entry.mark = progress.marks[slug];
	if (progress.drafts[slug]) entry.draft = progress.drafts[slug];
	if (progress.schedules[slug]) entry.schedule = progress.schedules[slug];
	return Object.keys(entry).length === 0 ? undefined : entry;
}

function setEntry(progress: Progress, slug: string, entry: Entry | undefined, updated: string | undefined): void {
	delete progress.marks[slug];
	delete progress.drafts[slug];
	delete progress.schedules[slug];
	delete progress.updated[slug];
	if (entry?.mark) progress.marks[slug] = entry.mark;
	if (entry?.draft) progress.drafts[slug] = entry.draft;
	if (entry?.schedule) progress.schedules[slug] = entry.schedule;
	if (entry && updated) progress.updated[slug] = updated;
}

const slugsOf = (progress: Progress) =>
	new Set([...Object.keys(progress.marks), ...Object.keys(progress.drafts), ...Object.keys(progress.schedules)]);

const sameEntry = (a: Entry | undefined, b: Entry | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * `next` with the change time of every question whose entries differ from `previous` set to `now`;
 * and "Needs review", newly given, makes the question due now.
 */
export function recordChanges(previous: Progress, next: Progress, now: Date): Progress {
	const result: Progress = structuredClone(next);
	for (const slug of new Set([...slugsOf(previous), ...slugsOf(next)])) {
		if (result.marks[slug] === 'review' && previous.marks[slug] !== 'review') {
			result.schedules[slug] = dueNow(result.schedules[slug], now);
		}
		if (!sameEntry(entryOf(previous, slug), entryOf(result, slug))) {
			if (entryOf(result, slug)) result.updated[slug] = now.toISOString();
			else delete result.updated[slug];
		}
	}
	return result;
}

export interface MergeResult {
	progress: Progress;
	/** Questions the reader had nothing for. */
	added: number;
	/** Questions where the file's entry was newer and replaced the reader's. */
	updated: number;
	/** Questions where the file's entry was the same, or older than the reader's, which is kept. */
	unchanged: number;
}

/** Merges imported progress into the reader's: per question, the entry changed more recently wins. */
export function mergeProgress(current: Progress, incoming: Progress): MergeResult {
	const progress: Progress = structuredClone(current);
	let added = 0;
	let updated = 0;
	let unchanged = 0;
	const time = (value: string | undefined) => (value === undefined ? Number.NEGATIVE_INFINITY : Date.parse(value));
	for (const slug of slugsOf(incoming)) {
		const theirs = entryOf(incoming, slug);
		const ours = entryOf(current, slug);
		if (!ours) {
			setEntry(progress, slug, theirs, incoming.updated[slug]);
			added += 1;
		} else if (!sameEntry(ours, theirs) && time(incoming.updated[slug]) > time(current.updated[slug])) {
			setEntry(progress, slug, theirs, incoming.updated[slug]);
			updated += 1;
		} else {
			unchanged += 1;
		}
	}
	return { progress, added, updated, unchanged };
}

/** "3 added, 2 updated, 0 unchanged". */
export function mergeSummary({ added, updated, unchanged }: Pick<MergeResult, 'added' | 'updated' | 'unchanged'>): string {
	return `${added} added, ${updated} updated, ${unchanged} unchanged`;
}

/** The contents of an exported progress file. */
export function exportProgress(progress: Progress, exportedAt: Date): string {
	return `${JSON.stringify({ format: EXPORT_FORMAT, version: VERSION, exportedAt: exportedAt.toISOString(), ...progress }, null, 2)}\n`;
}

export type ImportResult = { ok: true; progress: Progress; questions: number } | { ok: false; message: string };

/** Reads an exported progress file (this version's or version 1's); a file that is not one, or holds no valid entry, is refused with a message. */
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
	if (parsed.version !== VERSION && parsed.version !== 1) {
		return { ok: false, message: `This progress file has version ${String(parsed.version)}, which this guide cannot read. Nothing was changed.` };
	}
	const progress = readProgress(parsed.version === 1 ? { marks: parsed.marks, drafts: parsed.drafts } : parsed);
	if (!progress) return { ok: false, message: 'This progress file is damaged. Nothing was changed.' };
	const questions = slugsOf(progress).size;
	if (questions === 0) return { ok: false, message: 'This progress file holds no valid mark, draft or schedule. Nothing was changed.' };
	return { ok: true, progress, questions };
}

/** "12 of 19 confident, 3 need review" for the questions in `slugs`. */
export function progressSummary(progress: Progress, slugs: readonly string[]): string {
	const confident = slugs.filter((slug) => progress.marks[slug] === 'confident').length;
	const review = slugs.filter((slug) => progress.marks[slug] === 'review').length;
	return `${confident} of ${slugs.length} confident, ${review} ${review === 1 ? 'needs' : 'need'} review`;
}

type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Loads progress from storage; a storage that throws (disabled, private mode) counts as empty.
 * Data it cannot use is copied to `KEPT_KEY` (unless a kept copy already waits there), so that
 * the next save cannot lose it.
 */
export function loadProgress(storage: ProgressStorage | undefined): LoadResult & { kept: boolean } {
	try {
		const result = parseStoredProgress(storage?.getItem(STORAGE_KEY) ?? null, storage?.getItem(V1_STORAGE_KEY) ?? null);
		if (result.unusable !== undefined && storage && storage.getItem(KEPT_KEY) === null) storage.setItem(KEPT_KEY, result.unusable);
		return { ...result, kept: storage?.getItem(KEPT_KEY) != null };
	} catch {
		return { progress: emptyProgress(), notice: 'This browser does not let the guide keep your progress.', kept: false };
	}
}

export type SaveResult = { ok: true } | { ok: false; reason: string };

/**
 * Saves progress and reads it back; only a save that reads back is reported as done. When the
 * browser refuses (storage full or disabled), what was stored before stays as it was.
 */
export function saveProgress(storage: ProgressStorage | undefined, progress: Progress): SaveResult {
	if (!storage) return { ok: false, reason: 'This browser does not let the guide keep your progress.' };
	const text = serializeProgress(progress);
	try {
		storage.setItem(STORAGE_KEY, text);
	} catch (error) {
		const full = error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message));
		const size = `${Math.ceil(text.length / 1024).toLocaleString('en')} KB`;
		return {
			ok: false,
			reason: full
				? `The browser’s storage for this site is full (your progress needs ${size}), so nothing was saved and your previous progress is kept.`
				: 'This browser did not let the guide save your progress, so nothing was saved and your previous progress is kept.',
		};
	}
	try {
		if (storage.getItem(STORAGE_KEY) === text) return { ok: true };
	} catch {
		// Falls through to the report below.
	}
	return { ok: false, reason: 'Your progress did not read back as saved; the browser may have discarded it.' };
}
