import { describe, expect, it } from 'vitest';

// The end of "today" is the reader's local midnight; the expectations below are written for UTC.
process.env.TZ = 'UTC';
import { dueNow, dueToday, endOfToday, nextReviewAfterToday, readSchedule } from '../../../src/study/due.ts';
import { previewDue, rate, suggestedRating } from '../../../src/study/schedule.ts';

const NOW = new Date('2026-11-28T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAfter = (due: string | Date, from: Date) => (new Date(due).getTime() - from.getTime()) / DAY;

describe('rate (FSRS through ts-fsrs, fixed clock)', () => {
	it('moves a new question to a later day for every rating, further the better the rating', () => {
		const intervals = ([1, 2, 3, 4] as const).map((grade) => daysAfter(rate(undefined, grade, NOW).due, NOW));
		expect(intervals.every((days) => days >= 1 && Number.isInteger(days))).toBe(true);
		expect([...intervals].sort((a, b) => a - b)).toEqual(intervals);
		expect(new Set(intervals).size).toBe(4);
	});

	it('matches what FSRS previews, and is the same every time', () => {
		const preview = previewDue(undefined, NOW);
		for (const grade of [1, 2, 3, 4] as const) {
			expect(rate(undefined, grade, NOW).due).toBe(preview[grade].toISOString());
			expect(rate(undefined, grade, NOW)).toEqual(rate(undefined, grade, NOW));
		}
	});

	it('grows the interval when a due question is remembered, and shrinks it after a lapse', () => {
		const first = rate(undefined, 3, NOW);
		const reviewedAt = new Date(first.due);
		const good = rate(first, 3, reviewedAt);
		const again = rate(good, 1, new Date(good.due));
		expect(daysAfter(good.due, reviewedAt)).toBeGreaterThan(daysAfter(first.due, NOW));
		expect(good.stability).toBeGreaterThan(first.stability);
		expect(again.lapses).toBe(1);
		expect(again.stability).toBeLessThan(good.stability);
		expect(again.history.map((record) => record.rating)).toEqual([3, 3, 1]);
		expect(again.reps).toBe(3);
		expect(readSchedule(JSON.parse(JSON.stringify(again)))).toEqual(again);
	});
});

describe('suggestedRating', () => {
	it('suggests from the share of concepts covered', () => {
		expect([suggestedRating(0, 12), suggestedRating(3, 12), suggestedRating(6, 12), suggestedRating(11, 12), suggestedRating(0, 0)]).toEqual([1, 2, 3, 4, 3]);
	});
});

describe('due questions', () => {
	const at = (iso: string) => ({ ...dueNow(undefined, new Date(iso)) });
	const schedules = {
		later: at('2026-12-03T08:00:00Z'),
		tonight: at('2026-11-28T22:00:00Z'),
		overdue: at('2026-11-20T08:00:00Z'),
		tomorrow: at('2026-11-29T00:00:00Z'),
	};

	it('lists what is due before the end of today, earliest first', () => {
		expect(endOfToday(NOW).toISOString()).toBe('2026-11-29T00:00:00.000Z');
		expect(dueToday(schedules, NOW)).toEqual(['overdue', 'tonight']);
		expect(nextReviewAfterToday(schedules, NOW)?.toISOString()).toBe('2026-11-29T00:00:00.000Z');
		expect(nextReviewAfterToday({}, NOW)).toBeUndefined();
	});

	it('a rated question leaves today’s list; "Needs review" brings it back', () => {
		const rated = { ...schedules, tonight: rate(schedules.tonight, 3, NOW) };
		expect(dueToday(rated, NOW)).toEqual(['overdue']);
		const marked = { ...rated, tonight: dueNow(rated.tonight, NOW) };
		expect(dueToday(marked, NOW)).toEqual(['overdue', 'tonight']);
		expect(marked.tonight.stability).toBe(rated.tonight.stability);
	});

	it('refuses malformed schedules', () => {
		expect(readSchedule({ ...schedules.later, due: 'soon' })).toBeUndefined();
		expect(readSchedule({ ...schedules.later, state: 7 })).toBeUndefined();
		expect(readSchedule({ ...schedules.later, history: [{ rating: 5, review: NOW.toISOString() }] })).toBeUndefined();
		expect(readSchedule(null)).toBeUndefined();
	});
});
