/**
 * Scores "Check my answer" against practice answers labelled by hand (tests/quiz-labels/): for
 * every (answer, idea) pair, whether the checker credits the idea as the label does. Partly
 * covered counts as not credited on both sides. Node-only: reads the labels and their documents.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createAnalysisContext, statedConcepts } from '../analysis/compare.ts';
import type { Concept } from '../analysis/concept-schema.ts';
import { broaderConcepts } from '../analysis/glossary.ts';
import { parseDocument } from '../importer/parse-document.ts';
import { checkAnswer, type AnswerCheck, type CheckInput } from './check-answer.ts';

export interface LabelledAnswer {
	/** Key into the labels file's `documents`. */
	document: string;
	/** The question's number in that document. */
	position: number;
	/** `heldout` answers are never used to tune the checker. */
	split: 'tune' | 'heldout';
	text: string;
	/** Ideas an interviewer credits; each also covers the broader ideas it refines. */
	covered: string[];
	/** Ideas named only broadly or vaguely: not credited. */
	partial?: string[];
}

export interface SplitScore {
	answers: number;
	pairs: number;
	/** Share of (answer, idea) pairs where checker and label agree on credited or not. */
	agreement: number;
	/** Share of the ideas labelled covered that the checker credits. */
	coveredCredited: number;
	/** Share of the ideas labelled not covered that the checker credits anyway. */
	missedCredited: number;
	/** Disagreements, for reading: answer index, idea, what the label says. */
	disagreements: { answer: number; conceptId: string; labelled: boolean }[];
}

export interface PracticeQuestion {
	question: string;
	greatText: string;
	greatConcepts: string[];
}

export function scoreChecks(
	answers: readonly LabelledAnswer[],
	checks: readonly AnswerCheck[],
	refines: ReadonlyMap<string, string | undefined>,
): SplitScore {
	let agree = 0;
	let pairs = 0;
	let labelledCovered = 0;
	let coveredCredited = 0;
	let labelledMissed = 0;
	let missedCredited = 0;
	const disagreements: SplitScore['disagreements'] = [];
	answers.forEach((answer, index) => {
		const covered = new Set(answer.covered.flatMap((id) => [id, ...broaderConcepts(id, refines)]));
		for (const idea of checks[index]!.ideas) {
			const labelled = covered.has(idea.conceptId);
			const credited = idea.verdict === 'covered';
			pairs += 1;
			if (labelled === credited) agree += 1;
			else disagreements.push({ answer: index, conceptId: idea.conceptId, labelled });
			if (labelled) {
				labelledCovered += 1;
				if (credited) coveredCredited += 1;
			} else {
				labelledMissed += 1;
				if (credited) missedCredited += 1;
			}
		}
	});
	return {
		answers: answers.length,
		pairs,
		agreement: agree / pairs,
		coveredCredited: coveredCredited / labelledCovered,
		missedCredited: missedCredited / labelledMissed,
		disagreements,
	};
}

/** Reads a labels file and checks every answer in it, as the quiz would; `inputs` are the checks' inputs. */
export async function checkLabelledAnswers(labelsPath: string, glossary: readonly Concept[]) {
	const file = parseYaml(await readFile(labelsPath, 'utf8')) as { documents: Record<string, string>; answers: LabelledAnswer[] };
	const context = createAnalysisContext(glossary);
	const concepts = new Map(glossary.map((concept) => [concept.id, concept]));
	const questions = new Map<string, PracticeQuestion>();
	for (const [key, relative] of Object.entries(file.documents)) {
		const path = resolve(dirname(labelsPath), relative);
		for (const question of parseDocument(await readFile(path, 'utf8'), path).questions) {
			questions.set(`${key}:${question.position}`, {
				question: question.question,
				greatText: question.tiers.great,
				greatConcepts: statedConcepts(question.tiers.great, context).map((concept) => concept.conceptId),
			});
		}
	}
	const inputs = file.answers.map((answer, index): CheckInput => {
		const question = questions.get(`${answer.document}:${answer.position}`);
		if (!question) throw new Error(`${labelsPath}: answer ${index + 1}: no question ${answer.position} in document "${answer.document}"`);
		for (const id of [...answer.covered, ...(answer.partial ?? [])]) {
			if (!question.greatConcepts.includes(id)) throw new Error(`${labelsPath}: answer ${index + 1}: "${id}" is not an idea of that great answer`);
		}
		return { readerText: answer.text, ...question, context, describe: (id) => concepts.get(id) };
	});
	return { answers: file.answers, inputs, checks: inputs.map(checkAnswer), refines: context.refines };
}
