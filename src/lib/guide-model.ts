/**
 * The guide as every page sees it: its questions in number order, their concept analysis, where
 * each concept is used, and the topics with the sidebar's index of them. Pure, so that it can be
 * tested without a build; `guide-data.ts` feeds it from Astro's content collections.
 */
import { analyzeQuestion, createAnalysisContext, mentionsOf, type QuestionAnalysis } from '../analysis/compare.ts';
import type { Concept } from '../analysis/concept-schema.ts';
import { greatOnlyTerms } from '../analysis/terms.ts';
import { conceptUses, type ConceptUse } from '../analysis/usage.ts';
import type { QuestionData } from '../questions/question-schema.ts';
import { TIERS } from '../questions/tiers.ts';
import { byNumber, sidebarIndex, type SidebarIndex, type Topic } from './guide.ts';

/** A question with the file it was read from, for error messages. */
export type Question = QuestionData & { filePath?: string };

export interface GuideData {
	/** Every question, in number order. */
	questions: Question[];
	/** Concept id → concept. */
	concepts: Map<string, Concept>;
	/** Concept id → label. */
	labels: Map<string, string>;
	/** Concept id → the id of the broader concept it refines. */
	refines: Map<string, string | undefined>;
	/** Question slug → its concept analysis. */
	analyses: Map<string, QuestionAnalysis>;
	/** Concept id → the questions that state it. */
	uses: Map<string, ConceptUse[]>;
	/** Every topic with its questions, ordered by their first question. */
	topics: Topic<Question>[];
	/** What the sidebar of every page needs. */
	sidebar: SidebarIndex<Question>;
}

/** Analyses every question against the glossary; throws, naming the file, when a hint names no concept. */
export function guideData(questionEntries: readonly Question[], glossary: ReadonlyMap<string, Concept>): GuideData {
	const questions = byNumber(questionEntries);
	// In id order, not the order a loader happened to hand the concepts over: a build must be reproducible.
	const concepts = new Map([...glossary].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	const context = createAnalysisContext([...concepts.values()]);
	const analyses = new Map<string, QuestionAnalysis>();
	for (const question of questions) {
		const hinted = [
			...question.concepts.ignore.map((id) => ['ignore', id] as const),
			...TIERS.flatMap((tier) => (question.concepts.add[tier] ?? []).map((id) => [`add.${tier}`, id] as const)),
		];
		for (const [field, id] of hinted) {
			if (!concepts.has(id)) {
				throw new Error(`${question.filePath ?? question.slug}: field "concepts.${field}" names "${id}", which is not a concept in content/concepts/`);
			}
		}
		analyses.set(question.slug, analyzeQuestion(question.tiers, context, question.concepts, question.question));
	}
	// Terms are found over the whole guide at once (a term in many questions is its vocabulary), after
	// the concepts, which take their share of each question's budget first.
	const terms = greatOnlyTerms(
		questions.map((question) => {
			const analysis = analyses.get(question.slug)!;
			return {
				title: question.question,
				great: question.tiers.great,
				mediocre: question.tiers.mediocre,
				conceptSeparators: analysis.greatVsMediocre.betterOnly.length,
				mentions: { great: mentionsOf(analysis.tiers.great), mediocre: mentionsOf(analysis.tiers.mediocre) },
			};
		}),
		context.matcher,
	);
	for (const [index, question] of questions.entries()) analyses.get(question.slug)!.greatOnlyTerms = terms[index];
	const uses = conceptUses(questions.map((question) => ({ ...question, analysis: analyses.get(question.slug)! })));
	const labels = new Map([...concepts].map(([id, concept]) => [id, concept.label]));
	const refines = new Map([...concepts].map(([id, concept]) => [id, concept.refines]));
	const sidebar = sidebarIndex(questions);
	return { questions, concepts, labels, refines, analyses, uses, topics: sidebar.topics, sidebar };
}
