/**
 * A question's review schedule as the browser stores it, and which questions are due. Pure and
 * free of the scheduler itself (`schedule.ts`), so that every page can count due questions
 * without loading FSRS.
 */

/** One rating the reader gave, kept so that the schedule's history travels with exports. */
export interface ReviewRecord {
	/** 1 Again, 2 Hard, 3 Good, 4 Easy (FSRS's grades). */
	rating: 1 | 2 | 3 | 4;
	/** When the reader rated, ISO 8601. */
	review: string;
}

/** The FSRS card state of one question, with dates as ISO 8601 strings. */
export interface Schedule {
	/** When the question is next due. */
	due: string;
	/** FSRS memory stability, in days. */
	stability: number;
	/** FSRS difficulty, 1 to 10. */
	difficulty: number;
	/** Days between the last review and `due`. */
	scheduledDays: number;
	/** The (re)learning step the card is on. */
	learningSteps: number;
	/** How many times the question was rated. */
	reps: number;
	/** How many times a known question was forgotten (rated Again). */
	lapses: number;
	/** 0 new, 1 learning, 2 review, 3 relearning. */
	state: 0 | 1 | 2 | 3;
	/** When it was last rated, if ever. */
	lastReview?: string;
	/** Every rating, oldest first. */
	history: ReviewRecord[];
}

const isIsoDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A stored or imported schedule if it is well formed; undefined otherwise. */
export function readSchedule(value: unknown): Schedule | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const card = value as Record<string, unknown>;
	const history = Array.isArray(card.history) ? card.history : undefined;
	if (
		!isIsoDate(card.due) ||
		!isCount(card.stability) ||
		!isCount(card.difficulty) ||
		!isCount(card.scheduledDays) ||
		!isCount(card.learningSteps) ||
		!isCount(card.reps) ||
		!isCount(card.lapses) ||
		![0, 1, 2, 3].includes(card.state as number) ||
		(card.lastReview !== undefined && !isIsoDate(card.lastReview)) ||
		!history ||
		!history.every(
			(record: unknown) =>
				typeof record === 'object' && record !== null && [1, 2, 3, 4].includes((record as ReviewRecord).rating) && isIsoDate((record as ReviewRecord).review),
		)
	) {
		return undefined;
	}
	const schedule: Schedule = {
		due: card.due,
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduledDays,
		learningSteps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as Schedule['state'],
		history: (history as ReviewRecord[]).map(({ rating, review }) => ({ rating, review })),
	};
	if (card.lastReview !== undefined) schedule.lastReview = card.lastReview as string;
	return schedule;
}

/** The first moment of the reader's next day: a question due before it is due today. */
export function endOfToday(now: Date): Date {
	const end = new Date(now);
	end.setHours(24, 0, 0, 0);
	return end;
}

/** Slugs of the questions due today, earliest due first (ties by slug, so the order is stable). */
export function dueToday(schedules: Readonly<Record<string, Schedule>>, now: Date): string[] {
	const limit = endOfToday(now).getTime();
	return Object.entries(schedules)
		.filter(([, schedule]) => Date.parse(schedule.due) < limit)
		.sort(([slugA, a], [slugB, b]) => Date.parse(a.due) - Date.parse(b.due) || slugA.localeCompare(slugB))
		.map(([slug]) => slug);
}

/** When the next question not due today is due; undefined when nothing is scheduled after today. */
export function nextReviewAfterToday(schedules: Readonly<Record<string, Schedule>>, now: Date): Date | undefined {
	const limit = endOfToday(now).getTime();
	const later = Object.values(schedules)
		.map((schedule) => Date.parse(schedule.due))
		.filter((due) => due >= limit);
	return later.length === 0 ? undefined : new Date(Math.min(...later));
}

/**
 * "Needs review" makes a question due now: an existing schedule keeps its memory state and only
 * moves its due date; a question never rated gets a new card, due now.
 */
export function dueNow(schedule: Schedule | undefined, now: Date): Schedule {
	if (schedule) return { ...schedule, due: now.toISOString() };
	return { due: now.toISOString(), stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, history: [] };
}
