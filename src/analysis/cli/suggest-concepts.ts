/**
 * `npm run concepts:suggest [-- <question number | slug | question.md | document.txt>]`
 *
 * With no argument: the terms that recur across the guide's questions (content/questions/) and
 * that no glossary concept covers, each with a glossary entry to complete and paste into
 * content/concepts/. With a document: the same over its questions. With one question: all of
 * its terms.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createAnalysisContext } from '../compare.ts';
import { loadGlossary } from '../glossary-files.ts';
import { glossaryEntry, MIN_QUESTIONS_TO_SUGGEST, suggestConcepts } from '../suggest.ts';
import { parseDocument } from '../../importer/parse-document.ts';
import { parseQuestionFile } from '../../questions/question-file.ts';
import { readQuestionFolder } from '../../questions/question-folder.ts';
import type { TierTexts } from '../../questions/tiers.ts';

const QUESTIONS = 'content/questions';

/** The answers of each question the target names, and how many questions a term must recur in. */
async function questionsOf(target: string | undefined): Promise<{ questions: Partial<TierTexts>[]; minQuestions: number }> {
	if (target === undefined) {
		const entries = await readQuestionFolder(QUESTIONS);
		return { questions: entries.map(({ file }) => file.tiers), minQuestions: MIN_QUESTIONS_TO_SUGGEST };
	}
	if (target.endsWith('.txt')) {
		const document = parseDocument(await readFile(target, 'utf8'), basename(target));
		return { questions: document.questions.map((question) => question.tiers), minQuestions: MIN_QUESTIONS_TO_SUGGEST };
	}
	let path = target;
	if (!target.endsWith('.md')) {
		for (const { fileName, file } of await readQuestionFolder(QUESTIONS)) {
			const { frontmatter } = file;
			if (String(frontmatter.number) === target || frontmatter.slug === target) path = join(QUESTIONS, fileName);
		}
		if (path === target) throw new Error(`no question has the number or slug "${target}" in ${QUESTIONS}/`);
	}
	return { questions: [parseQuestionFile(await readFile(path, 'utf8')).tiers], minQuestions: 1 };
}

const { questions, minQuestions } = await questionsOf(process.argv[2]);
const { matcher } = createAnalysisContext(await loadGlossary('content/concepts'));
const suggestions = suggestConcepts(questions, matcher, minQuestions);
if (suggestions.length === 0) {
	console.log(minQuestions > 1 ? `No term that the glossary lacks recurs in ${minQuestions} or more questions.` : 'Every technical term found is covered by the glossary.');
}
for (const suggestion of suggestions) {
	console.log(`\n# ${suggestion.term}: ${suggestion.questions} question(s), written ${suggestion.count} time(s)`);
	console.log(glossaryEntry(suggestion));
}
