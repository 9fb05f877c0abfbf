/**
 * The guide's content with its concept analysis, computed once per build and shared by every
 * page that needs it (question pages, concept pages, the JSON API).
 */
import { getCollection } from 'astro:content';
import { analyzeQuestion, createAnalysisContext, type QuestionAnalysis } from '../analysis/compare.ts';
import type { Concept } from '../analysis/concept-schema.ts';
import { conceptUses, type ConceptUse } from '../analysis/usage.ts';
import { TIERS } from '../questions/tiers.ts';
import { byNumber } from './guide.ts';

export type Question = Awaited<ReturnType<typeof loadQuestions>>[number];

async function loadQuestions() {
	return byNumber((await getCollection('questions')).map((entry) => ({ ...entry.data, filePath: entry.filePath })));
}

export interface GuideData {
	questions: Question[];
	concepts: Map<string, Concept>;
	/** Concept id → label. */
	labels: Map<string, string>;
	/** Concept id → the id of the broader concept it refines. */
	refines: Map<string, string | undefined>;
	analyses: Map<string, QuestionAnalysis>;
	uses: Map<string, ConceptUse[]>;
}

let cached: Promise<GuideData> | undefined;

export function getGuideData(): Promise<GuideData> {
	cached ??= load();
	return cached;
}

async function load(): Promise<GuideData> {
	const [questions, conceptEntries] = await Promise.all([loadQuestions(), getCollection('concepts')]);
	const concepts = new Map(conceptEntries.map((entry) => [entry.id, entry.data]));
	const context = createAnalysisContext([...concepts.values()]);
	const analyses = new Map<string, QuestionAnalysis>();
	for (const question of questions) {
		const hinted = [
			...question.concepts.ignore.map((id) => ['ignore', id] as const),
			...TIERS.flatMap((tier) => (question.concepts.add[tier] ?? []).map((id) => [`add.${tier}`, id] as const)),
		];
		for (const [field, id] of hinted) {
			if (!concepts.has(id)) {
				throw new Error(`${question.filePath}: field "concepts.${field}" names "${id}", which is not a concept in content/concepts/`);
			}
		}
		analyses.set(question.slug, analyzeQuestion(question.tiers, context, question.concepts));
	}
	const uses = conceptUses(questions.map((question) => ({ ...question, analysis: analyses.get(question.slug)! })));
	const labels = new Map([...concepts].map(([id, concept]) => [id, concept.label]));
	const refines = new Map([...concepts].map(([id, concept]) => [id, concept.refines]));
	return { questions, concepts, labels, refines, analyses, uses };
}
