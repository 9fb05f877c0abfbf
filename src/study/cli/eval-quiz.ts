/**
 * `npm run eval:quiz`: scores "Check my answer" against the labelled practice answers in
 * tests/quiz-labels/, separately for the answers used to tune it and those held out.
 */
import { loadGlossary } from '../../analysis/glossary-files.ts';
import { checkLabelledAnswers, scoreChecks } from '../quiz-evaluation.ts';

const LABELS = 'tests/quiz-labels/practice-answers.yaml';
const verbose = process.argv.includes('--verbose');

const { answers, checks, refines } = await checkLabelledAnswers(LABELS, await loadGlossary('content/concepts'));
for (const split of ['tune', 'heldout'] as const) {
	const indexes = answers.flatMap((answer, index) => (answer.split === split ? [index] : []));
	const score = scoreChecks(
		indexes.map((index) => answers[index]!),
		indexes.map((index) => checks[index]!),
		refines,
	);
	const questions = new Set(indexes.map((index) => `${answers[index]!.document}:${answers[index]!.position}`)).size;
	console.log(`\n${split}: ${score.answers} answers to ${questions} questions, ${score.pairs} (answer, idea) pairs`);
	console.log(`  agreement:         ${score.agreement.toFixed(3)}`);
	console.log(`  covered credited:  ${(100 * score.coveredCredited).toFixed(1)}%`);
	console.log(`  missed credited:   ${(100 * score.missedCredited).toFixed(1)}%`);
	if (verbose && split === 'tune') {
		for (const { answer, conceptId, labelled } of score.disagreements) {
			console.log(`    ${labelled ? 'NOT CREDITED' : 'FALSE CREDIT'} ${conceptId}: ${answers[indexes[answer]!]!.text.slice(0, 70)}…`);
		}
	}
}
