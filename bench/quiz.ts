/**
 * "Check my answer" figures for `npm run bench`: the gzip weight of the code and the data a quiz
 * loads when it starts, and the time one check takes in Node on every labelled practice answer.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadGlossary } from '../src/analysis/glossary-files.ts';
import { checkAnswer } from '../src/study/check-answer.ts';
import { checkLabelledAnswers } from '../src/study/quiz-evaluation.ts';
import { median } from './measure.ts';

/** The quiz chunk and every chunk it imports, in gzip bytes: an upper bound, as the page may already hold some. */
export async function quizCodeWeight(dist: string): Promise<number> {
	const folder = join(dist, '_astro');
	const entry = (await readdir(folder)).find((name) => /^quiz\.[\w-]+\.js$/.test(name));
	if (!entry) throw new Error(`${folder}: no quiz chunk (quiz.*.js)`);
	const seen = new Set<string>();
	const visit = async (name: string): Promise<number> => {
		if (seen.has(name)) return 0;
		seen.add(name);
		const code = await readFile(join(folder, name));
		let bytes = gzipSync(code).length;
		for (const match of code.toString('utf8').matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) bytes += await visit(match[1]!);
		return bytes;
	};
	return visit(entry);
}

/**
 * What a quiz on the question at `slug` fetches besides its code, in gzip bytes: the glossary's
 * names and that question's ideas (src/lib/quiz-data.ts).
 */
export async function quizDataWeight(dist: string, slug: string): Promise<number> {
	const files = [join(dist, 'api', 'quiz', 'names.json'), join(dist, 'api', 'quiz', 'ideas', `${slug}.json`)];
	let bytes = 0;
	for (const file of files) bytes += gzipSync(await readFile(file)).length;
	return bytes;
}

/** Median and slowest time of one check over the labelled practice answers (each the median of 5 runs, after a warm-up). */
export async function checkTimes(root: string): Promise<{ answers: number; medianMs: number; maxMs: number }> {
	const glossary = await loadGlossary(join(root, 'content/concepts'));
	const { answers, inputs } = await checkLabelledAnswers(join(root, 'tests/quiz-labels/practice-answers.yaml'), glossary);
	const times = inputs.map((input) => {
		checkAnswer(input);
		return median(
			Array.from({ length: 5 }, () => {
				const start = performance.now();
				checkAnswer(input);
				return performance.now() - start;
			}),
		);
	});
	return { answers: answers.length, medianMs: median(times), maxMs: Math.max(...times) };
}
