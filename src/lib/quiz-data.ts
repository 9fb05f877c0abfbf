/**
 * What "Check my answer" downloads when a quiz starts, in two parts so that a quiz stays small
 * however large the glossary grows: every concept's names and hierarchy, which the in-browser
 * matcher needs to tell which concept a reader's words name (`/api/quiz/names.json`, fetched
 * once), and per question the definitions and paraphrase patterns of the ideas its great answer
 * states, which recognise an idea said in other words (`/api/quiz/ideas/<slug>.json`).
 * `/api/glossary.json` keeps the whole set for other tools.
 */
import type { QuestionAnalysis } from '../analysis/compare.ts';
import type { Concept } from '../analysis/concept-schema.ts';

/** `/api/quiz/names.json`. */
export interface QuizNames {
	schemaVersion: 1;
	concepts: { id: string; label: string; aliases: string[]; refines?: string }[];
}

/** `/api/quiz/ideas/<slug>.json`. */
export interface QuizIdeas {
	schemaVersion: 1;
	/** The concepts of the great answer, stated or implied (a stated idea's broader concepts describe what it adds). */
	ideas: { id: string; definition: string; paraphrases?: string[] }[];
}

export function quizNames(concepts: Iterable<Concept>): QuizNames {
	return {
		schemaVersion: 1,
		concepts: [...concepts].map(({ id, label, aliases, refines }) => ({ id, label, aliases: [...aliases], ...(refines && { refines }) })),
	};
}

/** The ideas a quiz on a question looks for: the concepts its great answer states or implies. */
export function greatAnswerIdeas(analysis: QuestionAnalysis): string[] {
	return analysis.tiers.great.map((stated) => stated.conceptId);
}

export function quizIdeas(analysis: QuestionAnalysis, concepts: ReadonlyMap<string, Concept>): QuizIdeas {
	return {
		schemaVersion: 1,
		ideas: greatAnswerIdeas(analysis).flatMap((id) => {
			const concept = concepts.get(id);
			if (!concept) return [];
			return [{ id, definition: concept.definition, ...(concept.paraphrases?.length && { paraphrases: [...concept.paraphrases] }) }];
		}),
	};
}
