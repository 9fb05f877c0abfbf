/**
 * Spaced repetition with FSRS (the scheduler Anki uses), through `ts-fsrs`. The guide schedules in
 * days, not minutes: short-term learning steps are off, so every rating moves a question to a
 * later day, and fuzz is off so that the same ratings always give the same dates.
 */
import { fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { Schedule } from './due.ts';

export const RATINGS = [
	{ grade: 1, label: 'Again' },
	{ grade: 2, label: 'Hard' },
	{ grade: 3, label: 'Good' },
	{ grade: 4, label: 'Easy' },
] as const;

export type RatingGrade = (typeof RATINGS)[number]['grade'];

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

function toCard(schedule: Schedule | undefined, now: Date): Card {
	if (!schedule) {
		return { due: now, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 };
	}
	const card: Card = {
		due: new Date(schedule.due),
		stability: schedule.stability,
		difficulty: schedule.difficulty,
		elapsed_days: 0,
		scheduled_days: schedule.scheduledDays,
		learning_steps: schedule.learningSteps,
		reps: schedule.reps,
		lapses: schedule.lapses,
		state: schedule.state,
	};
	if (schedule.lastReview) card.last_review = new Date(schedule.lastReview);
	return card;
}

/** The schedule after the reader rates their attempt at `now`; a question never scheduled starts as a new card. */
export function rate(schedule: Schedule | undefined, grade: RatingGrade, now: Date): Schedule {
	const { card } = scheduler.next(toCard(schedule, now), now, grade as Grade);
	return {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		lastReview: now.toISOString(),
		history: [...(schedule?.history ?? []), { rating: grade, review: now.toISOString() }],
	};
}

/** When each rating would make the question due next, for the labels of the rating buttons. */
export function previewDue(schedule: Schedule | undefined, now: Date): Record<RatingGrade, Date> {
	const preview = scheduler.repeat(toCard(schedule, now), now);
	return {
		1: preview[Rating.Again].card.due,
		2: preview[Rating.Hard].card.due,
		3: preview[Rating.Good].card.due,
		4: preview[Rating.Easy].card.due,
	};
}

/**
 * The rating "Check my answer" suggests from the share of the great answer's concepts the reader
 * covered: under a quarter Again, under half Hard, under 85% Good, else Easy. With no concepts to
 * measure, Good. The reader can always choose another.
 */
export function suggestedRating(covered: number, total: number): RatingGrade {
	if (total === 0) return 3;
	const share = covered / total;
	if (share < 0.25) return 1;
	if (share < 0.5) return 2;
	if (share < 0.85) return 3;
	return 4;
}
