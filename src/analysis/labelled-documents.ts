/**
 * Runs the concept comparison over a labelled document (`tests/concept-labels/*.yaml`) exactly as
 * an import with no hints would, and scores it. Node-only: reads the document and labels files.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyzeQuestion, createAnalysisContext } from './compare.ts';
import type { Concept } from './concept-schema.ts';
import { evaluate, type Evaluation, type QuestionLabels } from './evaluate.ts';
import { parseDocument } from '../importer/parse-document.ts';

export interface LabelledDocumentResult {
	title: string;
	evaluation: Evaluation;
}

export async function evaluateLabelledDocument(labelsPath: string, glossary: readonly Concept[]): Promise<LabelledDocumentResult> {
	const labelsFile = parseYaml(await readFile(labelsPath, 'utf8')) as {
		document: string;
		questions: Record<string, QuestionLabels>;
	};
	const documentPath = resolve(dirname(labelsPath), labelsFile.document);
	const document = parseDocument(await readFile(documentPath, 'utf8'), documentPath);
	const known = new Set(glossary.map((concept) => concept.id));
	const labels = new Map<number, QuestionLabels>();
	for (const [number, { separators = [], shared = [] }] of Object.entries(labelsFile.questions)) {
		const unknown = [...separators, ...shared].filter((id) => !known.has(id));
		if (unknown.length > 0) throw new Error(`${labelsPath}: question ${number} labels unknown concepts: ${unknown.join(', ')}`);
		labels.set(Number(number), { separators, shared });
	}
	const context = createAnalysisContext(glossary);
	const predicted = new Map(
		document.questions.map((question) => [question.position, analyzeQuestion(question.tiers, context).greatVsMediocre.betterOnly]),
	);
	return { title: document.title, evaluation: evaluate(labels, predicted) };
}
