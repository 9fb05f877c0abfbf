/**
 * `npm run eval:concepts`: scores the concept comparison against every labelled document in
 * tests/concept-labels/, printing recall of great-only items (glossary concepts and terms), false
 * separators, listed items over labelled ones, and precision. A held-out document (`heldOut: true`)
 * prints its totals only: reading its per-question misses would be tuning on it.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadGlossary } from '../glossary-files.ts';
import type { Evaluation } from '../evaluate.ts';
import { evaluateLabelledDocument } from '../labelled-documents.ts';

const LABELS_FOLDER = 'tests/concept-labels';

function printFigures(evaluation: Evaluation): void {
	console.log(`  recall of great-only items: ${evaluation.recall.toFixed(3)} (glossary concepts only: ${evaluation.conceptRecall.toFixed(3)})`);
	console.log(`  false separators: ${evaluation.falseSeparators}`);
	console.log(`  listed / labelled: ${evaluation.listedOverLabelled.toFixed(2)}`);
	console.log(`  precision (labelled separators among listed items): ${(evaluation.precision * 100).toFixed(1)}%`);
}

const glossary = await loadGlossary('content/concepts');
for (const file of (await readdir(LABELS_FOLDER)).filter((name) => name.endsWith('.yaml')).sort()) {
	const { title, heldOut, evaluation, withSiteHints } = await evaluateLabelledDocument(join(LABELS_FOLDER, file), glossary);
	console.log(`\n${title} (${file}), as imported with no hints${heldOut ? '; held out: totals only' : ''}`);
	for (const score of heldOut ? [] : evaluation.questions) {
		const notes = [
			score.missed.length > 0 && `missed: ${score.missed.join(', ')}`,
			score.falseSeparators.length > 0 && `FALSE: ${score.falseSeparators.join(', ')}`,
			score.unlabelled.length > 0 && `unlabelled: ${score.unlabelled.join(', ')}`,
		].filter(Boolean);
		console.log(
			`  Q${String(score.number).padEnd(3)} found ${score.found.length}/${score.found.length + score.missed.length}, listed ${score.listed}  ${notes.join('; ')}`,
		);
	}
	printFigures(evaluation);
	if (withSiteHints) {
		console.log(`  as the site shows it, with the question files' hints:`);
		printFigures(withSiteHints);
	}
}
