import { describe, expect, it } from 'vitest';
import {
	emptyProgress,
	exportProgress,
	importProgress,
	KEPT_KEY,
	loadProgress,
	mergeProgress,
	mergeSummary,
	parseStoredProgress,
	progressSummary,
	recordChanges,
	saveProgress,
	serializeProgress,
	STORAGE_KEY,
	V1_STORAGE_KEY,
	type Progress,
} from '../../../src/study/progress.ts';
import { rate } from '../../../src/study/schedule.ts';

const NOW = new Date('2026-11-28T10:00:00Z');
const LATER = new Date('2026-11-30T10:00:00Z');

/** A Map-backed Storage; `quota` makes writes longer than it throw as browsers do. */
function memoryStorage(initial: Record<string, string> = {}, quota = Infinity) {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => {
			if (value.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			data.set(key, value);
		},
	};
}

const progress: Progress = recordChanges(
	emptyProgress(),
	{
		marks: { 'rate-limiting': 'confident', caching: 'review' },
		drafts: { caching: 'Use a <b>TTL</b>' },
		schedules: { 'rate-limiting': rate(undefined, 3, NOW) },
		updated: {},
	},
	NOW,
);

describe('stored progress', () => {
	it('round-trips through its versioned key, schedules included', () => {
		const storage = memoryStorage();
		expect(saveProgress(storage, progress)).toEqual({ ok: true });
		expect([...storage.data.keys()]).toEqual([STORAGE_KEY]);
		expect(loadProgress(storage)).toEqual({ progress, kept: false });
	});

	it('migrates version 1 without losing a mark or a draft', () => {
		const v1 = JSON.stringify({ version: 1, marks: { a: 'confident', b: 'review', c: 'maybe' }, drafts: { a: 'my <i>draft</i>\n\nsecond paragraph', d: '' } });
		const storage = memoryStorage({ [V1_STORAGE_KEY]: v1 });
		const { progress: migrated, notice } = loadProgress(storage);
		expect(notice).toBeUndefined();
		expect(migrated).toEqual({ marks: { a: 'confident', b: 'review' }, drafts: { a: 'my <i>draft</i>\n\nsecond paragraph' }, schedules: {}, updated: {} });
		expect(saveProgress(storage, migrated)).toEqual({ ok: true });
		expect(loadProgress(storage).progress).toEqual(migrated);
		expect(storage.getItem(V1_STORAGE_KEY)).toBe(v1);
	});

	it('keeps unreadable and newer-version data in the kept key, and the next save cannot lose it', () => {
		for (const raw of ['{not json', JSON.stringify({ version: 3, marks: { a: 'confident' }, drafts: {}, future: true }), '{"version":2,"marks":5,"drafts":{}}']) {
			const storage = memoryStorage({ [STORAGE_KEY]: raw });
			const loaded = loadProgress(storage);
			expect(loaded.notice).toMatch(/could not be read|newer version/);
			expect(loaded.kept).toBe(true);
			expect(saveProgress(storage, recordChanges(loaded.progress, { ...loaded.progress, marks: { x: 'review' } }, NOW)).ok).toBe(true);
			expect(storage.getItem(KEPT_KEY)).toBe(raw);
			// A second unusable value does not replace the copy already kept.
			storage.setItem(STORAGE_KEY, '{also broken');
			loadProgress(storage);
			expect(storage.getItem(KEPT_KEY)).toBe(raw);
		}
	});

	it('drops malformed entries and keeps the rest', () => {
		const raw = JSON.stringify({ version: 2, marks: { a: 'confident', b: 'maybe', c: 3 }, drafts: { a: 'text', b: 7, c: '' }, schedules: { a: { due: 'never' } }, updated: { a: NOW.toISOString(), z: NOW.toISOString() } });
		expect(parseStoredProgress(raw)).toEqual({ progress: { marks: { a: 'confident' }, drafts: { a: 'text' }, schedules: {}, updated: { a: NOW.toISOString() } } });
	});

	it('reports a full storage, keeps what was saved before and says why', () => {
		const storage = memoryStorage({}, 2000);
		expect(saveProgress(storage, progress)).toEqual({ ok: true });
		const before = storage.getItem(STORAGE_KEY);
		const huge = recordChanges(progress, { ...progress, drafts: { caching: 'x'.repeat(6_000_000) } }, LATER);
		const result = saveProgress(storage, huge);
		expect(result).toEqual({ ok: false, reason: expect.stringMatching(/storage for this site is full \(your progress needs 5,860 KB\).*previous progress is kept/) });
		expect(storage.getItem(STORAGE_KEY)).toBe(before);
		expect(loadProgress(storage).progress).toEqual(progress);
	});

	it('reports a save that does not read back', () => {
		const forgetful = { getItem: () => null, setItem: () => undefined };
		expect(saveProgress(forgetful, progress)).toEqual({ ok: false, reason: expect.stringContaining('did not read back') });
	});

	it('treats a storage that throws as empty, and says so', () => {
		const throwing = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('SecurityError');
			},
		};
		expect(loadProgress(throwing).notice).toContain('does not let');
		expect(saveProgress(throwing, progress)).toEqual({ ok: false, reason: expect.stringContaining('did not let') });
	});
});

describe('recordChanges', () => {
	it('stamps the questions that changed and makes "Needs review" due now', () => {
		const next = recordChanges(progress, { ...progress, marks: { ...progress.marks, 'rate-limiting': 'review' } }, LATER);
		expect(next.updated).toEqual({ 'rate-limiting': LATER.toISOString(), caching: NOW.toISOString() });
		expect(next.schedules['rate-limiting']).toMatchObject({ due: LATER.toISOString(), reps: 1 });
		expect(progress.schedules.caching).toMatchObject({ due: NOW.toISOString(), reps: 0 });
	});
});

describe('export and import', () => {
	it('imports what it exports, schedules and their history included', () => {
		const rated = recordChanges(progress, { ...progress, schedules: { ...progress.schedules, 'rate-limiting': rate(progress.schedules['rate-limiting'], 4, LATER) } }, LATER);
		const file = exportProgress(rated, LATER);
		expect(JSON.parse(file)).toMatchObject({ format: 'interview-study-guide/progress', version: 2, exportedAt: LATER.toISOString() });
		expect(importProgress(file)).toEqual({ ok: true, progress: rated, questions: 2 });
		expect(rated.schedules['rate-limiting']!.history.map((record) => record.rating)).toEqual([3, 4]);
	});

	it('reads version 1 exports', () => {
		const file = JSON.stringify({ format: 'interview-study-guide/progress', version: 1, marks: { a: 'review' }, drafts: { b: 'text' } });
		expect(importProgress(file)).toEqual({ ok: true, progress: { marks: { a: 'review' }, drafts: { b: 'text' }, schedules: {}, updated: {} }, questions: 2 });
	});

	it('refuses files that are not ours, or hold no valid entry, with a clear message', () => {
		expect(importProgress('hello')).toEqual({ ok: false, message: expect.stringContaining('not JSON') });
		expect(importProgress(serializeProgress(progress))).toEqual({ ok: false, message: expect.stringContaining('not a progress export') });
		expect(importProgress('{"format":"interview-study-guide/progress","version":3,"marks":{},"drafts":{}}')).toEqual({
			ok: false,
			message: expect.stringContaining('version 3'),
		});
		expect(importProgress('{"format":"interview-study-guide/progress","version":2}')).toEqual({ ok: false, message: expect.stringContaining('damaged') });
		expect(importProgress('{"format":"interview-study-guide/progress","version":2,"marks":{"a":"maybe"},"drafts":{"b":7}}')).toEqual({
			ok: false,
			message: 'This progress file holds no valid mark, draft or schedule. Nothing was changed.',
		});
	});
});

describe('mergeProgress', () => {
	const at = (day: number) => new Date(Date.UTC(2026, 10, day)).toISOString();
	const ours: Progress = {
		marks: { same: 'confident', oursNewer: 'confident', theirsNewer: 'confident', onlyOurs: 'review' },
		drafts: { untimed: 'old draft' },
		schedules: {},
		updated: { same: at(1), oursNewer: at(5), theirsNewer: at(1), onlyOurs: at(1) },
	};
	const theirs: Progress = {
		marks: { same: 'confident', oursNewer: 'review', theirsNewer: 'review', added1: 'review', added2: 'confident' },
		drafts: { untimed: 'new draft', added3: 'text' },
		schedules: { theirsNewer: rate(undefined, 1, NOW) },
		updated: { same: at(1), oursNewer: at(2), theirsNewer: at(3), untimed: at(3), added1: at(2), added2: at(2) },
	};

	it('adds what is new, lets the newer entry win per question and keeps the rest', () => {
		const result = mergeProgress(ours, theirs);
		expect(mergeSummary(result)).toBe('3 added, 2 updated, 2 unchanged');
		expect(result.progress.marks).toEqual({ same: 'confident', oursNewer: 'confident', theirsNewer: 'review', onlyOurs: 'review', added1: 'review', added2: 'confident' });
		expect(result.progress.drafts).toEqual({ untimed: 'new draft', added3: 'text' });
		expect(result.progress.schedules.theirsNewer).toEqual(theirs.schedules.theirsNewer);
		expect(result.progress.updated.theirsNewer).toBe(at(3));
		expect(ours.marks.theirsNewer).toBe('confident');
	});

	it('changes nothing when merging the same progress again', () => {
		const once = mergeProgress(ours, theirs).progress;
		const twice = mergeProgress(once, theirs);
		expect(twice.progress).toEqual(once);
		expect(mergeSummary(twice)).toBe('0 added, 0 updated, 7 unchanged');
	});
});

describe('progressSummary', () => {
	it('counts marks among the listed questions', () => {
		expect(progressSummary(progress, ['rate-limiting', 'caching', 'other'])).toBe('1 of 3 confident, 1 needs review');
		expect(progressSummary(emptyProgress(), ['a', 'b'])).toBe('0 of 2 confident, 0 need review');
	});
});
