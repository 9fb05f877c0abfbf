/**
 * `npm run concepts:suggest -- <question number, slug, question file or document>`
 * Lists technical terms in the answers that no glossary concept covers.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createAnalysisContext } from '../compare.ts';
import { loadGlossary } from '../glossary-files.ts';
import { suggestTerms } from '../suggest.ts';
import { parseDocument } from '../../importer/parse-document.ts';
import { parseQuestionFile } from '../../questions/question-file.ts';
import { readQuestionFolder } from '../../questions/question-folder.ts';
import { TIERS } from '../../questions/tiers.ts';

const QUESTIONS = 'content/questions';

async function answersOf(target: string): Promise<string[]> {
	if (target.endsWith('.txt')) {
		const document = parseDocument(await readFile(target, 'utf8'), basename(target));
		return document.questions.flatMap((question) => TIERS.map((tier) => question.tiers[tier]));
	}
	let path = target;
	if (!target.endsWith('.md')) {
		for (const { fileName, file } of await readQuestionFolder(QUESTIONS)) {
			const { frontmatter } = file;
			if (String(frontmatter.number) === target || frontmatter.slug === target) path = join(QUESTIONS, fileName);
		}
		if (path === target) throw new Error(`no question has the number or slug "${target}" in ${QUESTIONS}/`);
	}
	const { tiers } = parseQuestionFile(await readFile(path, 'utf8'));
	return TIERS.map((tier) => tiers[tier] ?? '');
}

const target = process.argv[2];
if (!target) {
	console.error('usage: npm run concepts:suggest -- <question number | slug | question.md | document.txt>');
	process.exit(1);
}
const { matcher } = createAnalysisContext(await loadGlossary('content/concepts'));
const suggestions = suggestTerms(await answersOf(target), matcher);
if (suggestions.length === 0) console.log('Every technical term found is covered by the glossary.');
for (const { term, count, example } of suggestions) {
	console.log(`${String(count).padStart(3)}  ${term}\n       “${example.length > 100 ? `${example.slice(0, 97)}…` : example}”`);
}
