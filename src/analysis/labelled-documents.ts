/**
 * Runs the concept comparison over a labelled document (`tests/concept-labels/*.yaml`) exactly as
 * an import with no hints would, and scores it. Node-only: reads the document and labels files.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyzeQuestion, createAnalysisContext, type ConceptHints } from './compare.ts';
import type { Concept } from './concept-schema.ts';
import { evaluate, type Evaluation, type QuestionLabels } from './evaluate.ts';
import { parseDocument } from '../importer/parse-document.ts';
import { rankedGreatOnlyTerms, withinBudget } from './terms.ts';
import { readQuestionFolder } from '../questions/question-folder.ts';

export interface LabelledDocumentResult {
	title: string;
	/** A held-out document: only its totals may be printed, so that no rule is tuned on its questions. */
	heldOut: boolean;
	/** As a fresh import scores: no per-question hints. */
	evaluation: Evaluation;
	/** As the site scores, with the hints of the committed question files, when the labels name them. */
	withSiteHints?: Evaluation | undefined;
}

/** The hints of the question files in `folder` that came from `documentTitle`, by position. */
async function siteHints(folder: string, documentTitle: string): Promise<Map<number, ConceptHints>> {
	const hints = new Map<number, ConceptHints>();
	for (const { file } of await readQuestionFolder(folder)) {
		const { frontmatter } = file;
		const source = frontmatter.source as { document?: string; position?: number } | undefined;
		if (source?.document === documentTitle && source.position !== undefined && frontmatter.concepts) {
			hints.set(source.position, frontmatter.concepts as ConceptHints);
		}
	}
	return hints;
}

export async function evaluateLabelledDocument(labelsPath: string, glossary: readonly Concept[]): Promise<LabelledDocumentResult> {
	const labelsFile = parseYaml(await readFile(labelsPath, 'utf8')) as {
		/** The document, relative to the labels file. */
		document: string;
		/** Optional: the folder of question files the site builds this document from. */
		questionFiles?: string;
		/** Held out: report totals only. */
		heldOut?: boolean;
		questions: Record<string, Partial<QuestionLabels>>;
	};
	const documentPath = resolve(dirname(labelsPath), labelsFile.document);
	const document = parseDocument(await readFile(documentPath, 'utf8'), documentPath);
	const known = new Set(glossary.map((concept) => concept.id));
	const labels = new Map<number, QuestionLabels>();
	for (const [number, { separators = [], shared = [], terms = [] }] of Object.entries(labelsFile.questions)) {
		const unknown = [...separators, ...shared].filter((id) => !known.has(id));
		if (unknown.length > 0) throw new Error(`${labelsPath}: question ${number} labels unknown concepts: ${unknown.join(', ')}`);
		labels.set(Number(number), { separators, shared, terms });
	}
	const context = createAnalysisContext(glossary);
	const conceptLabels = new Map(glossary.map((concept) => [concept.id, concept.label]));
	const termsQuestions = document.questions.map((question) => ({ title: question.question, great: question.tiers.great, mediocre: question.tiers.mediocre }));
	// Ranked once; each scoring below fits them to the budget its own concept separators leave.
	const rankedTerms = rankedGreatOnlyTerms(termsQuestions, context.matcher);
	const score = (hints: ReadonlyMap<number, ConceptHints>) => {
		const analyses = document.questions.map((question) => analyzeQuestion(question.tiers, context, hints.get(question.position), question.question));
		const concepts = analyses.map((analysis) => analysis.greatVsMediocre.betterOnly);
		return evaluate(
			labels,
			new Map(
				document.questions.map((question, index) => [
					question.position,
					{
						concepts: concepts[index]!,
						mentions: new Map(
							analyses[index]!.tiers.great.map((concept) => [concept.conceptId, concept.occurrences.map((occurrence) => question.tiers.great.slice(occurrence.start, occurrence.end))]),
						),
						terms: withinBudget(rankedTerms[index]!, { ...termsQuestions[index]!, conceptSeparators: concepts[index]!.length }).map((term) => term.text),
					},
				]),
			),
			context.refines,
			conceptLabels,
		);
	};
	return {
		title: document.title,
		heldOut: labelsFile.heldOut === true,
		evaluation: score(new Map()),
		withSiteHints: labelsFile.questionFiles
			? score(await siteHints(resolve(dirname(labelsPath), labelsFile.questionFiles), document.title))
			: undefined,
	};
}
