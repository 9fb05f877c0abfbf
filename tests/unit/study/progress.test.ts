import { describe, expect, it } from 'vitest';
import {
	exportProgress,
	importProgress,
	loadProgress,
	parseStoredProgress,
	progressSummary,
	saveProgress,
	serializeProgress,
	STORAGE_KEY,
} from '../../../src/study/progress.ts';

const progress = { marks: { 'rate-limiting': 'confident' as const, caching: 'review' as const }, drafts: { caching: 'Use a <b>TTL</b>' } };

describe('stored progress', () => {
	it('round-trips through its versioned key', () => {
		const storage = new Map<string, string>();
		const fake = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value) };
		expect(saveProgress(fake, progress)).toBe(true);
		expect([...storage.keys()]).toEqual([STORAGE_KEY]);
		expect(loadProgress(fake)).toEqual({ progress });
	});

	it('ignores unreadable, foreign or old data with a notice', () => {
		expect(parseStoredProgress('{not json')).toMatchObject({ progress: { marks: {}, drafts: {} }, notice: expect.stringContaining('could not be read') });
		expect(parseStoredProgress('{"version":0,"marks":{},"drafts":{}}').notice).toContain('another version');
		expect(parseStoredProgress('[1,2]').notice).toBeDefined();
		expect(parseStoredProgress('{"version":1,"marks":5,"drafts":{}}').notice).toContain('could not be read');
		expect(parseStoredProgress(null)).toEqual({ progress: { marks: {}, drafts: {} } });
	});

	it('drops malformed entries and keeps the rest', () => {
		const raw = JSON.stringify({ version: 1, marks: { a: 'confident', b: 'maybe', c: 3 }, drafts: { a: 'text', b: 7, c: '' } });
		expect(parseStoredProgress(raw)).toEqual({ progress: { marks: { a: 'confident' }, drafts: { a: 'text' } } });
	});

	it('treats a storage that throws as empty, and says so', () => {
		const throwing = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		expect(loadProgress(throwing).notice).toContain('does not let');
		expect(saveProgress(throwing, progress)).toBe(false);
	});
});

describe('export and import', () => {
	it('imports what it exports', () => {
		const file = exportProgress(progress, new Date('2026-11-28T10:00:00Z'));
		expect(JSON.parse(file)).toMatchObject({ format: 'interview-study-guide/progress', version: 1, exportedAt: '2026-11-28T10:00:00.000Z' });
		expect(importProgress(file)).toEqual({ ok: true, progress });
	});

	it('refuses files that are not ours with a clear message', () => {
		expect(importProgress('hello')).toEqual({ ok: false, message: expect.stringContaining('not JSON') });
		expect(importProgress(serializeProgress(progress))).toEqual({ ok: false, message: expect.stringContaining('not a progress export') });
		expect(importProgress('{"format":"interview-study-guide/progress","version":2,"marks":{},"drafts":{}}')).toEqual({
			ok: false,
			message: expect.stringContaining('version 2'),
		});
		expect(importProgress('{"format":"interview-study-guide/progress","version":1}')).toEqual({ ok: false, message: expect.stringContaining('damaged') });
	});
});

describe('progressSummary', () => {
	it('counts marks among the listed questions', () => {
		expect(progressSummary(progress, ['rate-limiting', 'caching', 'other'])).toBe('1 of 3 confident, 1 needs review');
		expect(progressSummary({ marks: {}, drafts: {} }, ['a', 'b'])).toBe('0 of 2 confident, 0 need review');
	});
});
