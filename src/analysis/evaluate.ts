/**
 * Measures the concept comparison against a hand-labelled set: for each question, the concepts a
 * reader says separate the great answer from the mediocre one, and those both answers state.
 */
export interface QuestionLabels {
	/** Concepts the great answer states and the mediocre one does not. */
	separators: string[];
	/** Concepts both answers state, in the same or other words. */
	shared: string[];
}

export interface QuestionScore {
	number: number;
	/** Labelled separators the site lists as great-only. */
	found: string[];
	/** Labelled separators the site misses. */
	missed: string[];
	/** Labelled as stated by both, yet listed as great-only. */
	falseSeparators: string[];
	/** Listed as great-only but not labelled either way; neither right nor wrong, shown for review. */
	unlabelled: string[];
}

export interface Evaluation {
	questions: QuestionScore[];
	/** Share of labelled separators found, 0–1. */
	recall: number;
	falseSeparators: number;
}

export function evaluate(
	labels: ReadonlyMap<number, QuestionLabels>,
	predictedGreatOnly: ReadonlyMap<number, readonly string[]>,
): Evaluation {
	const questions: QuestionScore[] = [];
	for (const [number, { separators, shared }] of [...labels].sort(([a], [b]) => a - b)) {
		const predicted = new Set(predictedGreatOnly.get(number) ?? []);
		const labelled = new Set([...separators, ...shared]);
		questions.push({
			number,
			found: separators.filter((id) => predicted.has(id)),
			missed: separators.filter((id) => !predicted.has(id)),
			falseSeparators: shared.filter((id) => predicted.has(id)),
			unlabelled: [...predicted].filter((id) => !labelled.has(id)),
		});
	}
	const total = questions.reduce((sum, score) => sum + score.found.length + score.missed.length, 0);
	const found = questions.reduce((sum, score) => sum + score.found.length, 0);
	return {
		questions,
		recall: total === 0 ? 1 : found / total,
		falseSeparators: questions.reduce((sum, score) => sum + score.falseSeparators.length, 0),
	};
}
