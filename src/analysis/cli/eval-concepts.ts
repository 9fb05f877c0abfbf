/**
 * `npm run eval:concepts`: scores the concept comparison against every labelled document in
 * tests/concept-labels/, printing recall of great-only concepts and false separators.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadGlossary } from '../glossary-files.ts';
import { evaluateLabelledDocument } from '../labelled-documents.ts';

const LABELS_FOLDER = 'tests/concept-labels';

const glossary = await loadGlossary('content/concepts');
for (const file of (await readdir(LABELS_FOLDER)).filter((name) => name.endsWith('.yaml')).sort()) {
	const { title, evaluation, withSiteHints } = await evaluateLabelledDocument(join(LABELS_FOLDER, file), glossary);
	console.log(`\n${title} (${file}), as imported with no hints`);
	for (const score of evaluation.questions) {
		const notes = [
			score.missed.length > 0 && `missed: ${score.missed.join(', ')}`,
			score.falseSeparators.length > 0 && `FALSE: ${score.falseSeparators.join(', ')}`,
			score.unlabelled.length > 0 && `unlabelled: ${score.unlabelled.join(', ')}`,
		].filter(Boolean);
		console.log(`  Q${String(score.number).padEnd(3)} found ${score.found.length}/${score.found.length + score.missed.length}  ${notes.join('; ')}`);
	}
	console.log(`  recall of great-only concepts: ${evaluation.recall.toFixed(3)}`);
	console.log(`  false separators: ${evaluation.falseSeparators}`);
	if (withSiteHints) {
		console.log(`  as the site shows it, with the question files' hints:`);
		console.log(`  recall of great-only concepts: ${withSiteHints.recall.toFixed(3)}`);
		console.log(`  false separators: ${withSiteHints.falseSeparators}`);
	}
}
