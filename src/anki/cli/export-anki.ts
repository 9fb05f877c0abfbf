/**
 * `npm run export:anki -- [--topic T] [--out file.apkg] [--site https://example.org]`
 * Writes the same Anki package the build serves at /anki/guide.apkg (or one topic's), from
 * content/questions/ (or GUIDE_QUESTIONS_DIR) and the glossary.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadGlossary } from '../../analysis/glossary-files.ts';
import { guideData, type Question } from '../../lib/guide-model.ts';
import { GUIDE_TITLE } from '../../lib/guide-pages.ts';
import { absoluteUrl } from '../../lib/links.ts';
import { questionPath } from '../../lib/urls.ts';
import { readQuestionFolder } from '../../questions/question-folder.ts';
import { questionSchema } from '../../questions/question-schema.ts';
import { buildApkg } from '../apkg.ts';
import { ankiQuestions } from '../guide-notes.ts';

function fail(message: string): never {
	console.error(`export:anki: ${message}`);
	process.exit(1);
}

let options: { topic?: string; out?: string; site?: string };
try {
	({ values: options } = parseArgs({ options: { topic: { type: 'string' }, out: { type: 'string' }, site: { type: 'string' } } }));
} catch (error) {
	fail(`${(error as Error).message}\nusage: npm run export:anki -- [--topic T] [--out file.apkg] [--site https://example.org]`);
}

const folder = process.env.GUIDE_QUESTIONS_DIR ?? 'content/questions';
const questions: Question[] = [];
try {
	for (const { shownPath, file } of await readQuestionFolder(folder)) {
		const parsed = questionSchema.safeParse({ ...file.frontmatter, tiers: file.tiers });
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			fail(`${shownPath}: field "${issue.path.join('.')}" ${issue.message}`);
		}
		questions.push({ ...parsed.data, filePath: shownPath });
	}
} catch (error) {
	fail((error as Error).message);
}

const guide = guideData(questions, new Map((await loadGlossary('content/concepts')).map((concept) => [concept.id, concept])));
const topic = options.topic === undefined ? undefined : guide.topics.find((candidate) => [candidate.name.toLowerCase(), candidate.slug].includes(options.topic!.toLowerCase()));
if (options.topic !== undefined && !topic) {
	fail(`no topic "${options.topic}"; the topics are: ${guide.topics.map((candidate) => candidate.name).join(', ')}`);
}
const out = options.out ?? (topic ? `${topic.slug}.apkg` : 'guide.apkg');
const notes = await ankiQuestions(guide, (slug) => absoluteUrl(questionPath(slug), options.site));
const bytes = await buildApkg(GUIDE_TITLE, notes, topic ? { topic: topic.name } : {});
try {
	await writeFile(out, bytes);
} catch (error) {
	fail(`cannot write ${out}: ${(error as Error).message}`);
}
const count = topic ? topic.questions.length : questions.length;
console.log(`Wrote ${out}: ${count} ${count === 1 ? 'note' : 'notes'}, ${(bytes.length / 1024).toFixed(0)} KB.`);
