import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../src/importer/cli.ts';
import { matchQuestions } from '../../../src/importer/match-questions.ts';
import { parseDocument, renderDocument } from '../../../src/importer/parse-document.ts';
import { parseQuestionFile } from '../../../src/questions/question-file.ts';
import { readSeed, SEED_PATH } from '../../support/fixtures.ts';

let out: string;
const lines: string[] = [];
const run = (...args: string[]) => runImport([...args, '--out', out], (line) => lines.push(line));
const seed = parseDocument(readSeed(), 'seed');

async function questionsByFile(): Promise<Map<string, string>> {
	const files = new Map<string, string>();
	for (const name of await readdir(out)) files.set(name, String(parseQuestionFile(await readFile(join(out, name), 'utf8')).frontmatter.question));
	return files;
}

async function writeDocument(questions: typeof seed.questions, title = seed.title): Promise<string> {
	const path = join(out, '..', `doc-${Math.random()}.txt`);
	await writeFile(path, renderDocument({ title, questions }));
	return path;
}

beforeEach(async () => {
	out = join(await mkdtemp(join(tmpdir(), 'reimport-')), 'questions');
	lines.length = 0;
	expect(await run(SEED_PATH)).toBe(0);
	lines.length = 0;
});

describe('re-importing a changed document', () => {
	it('keeps every question in its own file when question 5 is removed and the rest renumbered', async () => {
		const before = await questionsByFile();
		const renumbered = seed.questions.filter((question) => question.position !== 5).map((question, index) => ({ ...question, position: index + 1 }));
		expect(await run(await writeDocument(renumbered))).toBe(0);
		expect(await questionsByFile()).toEqual(before);
		const report = lines.join('\n');
		expect(report).not.toMatch(/updated from the document/);
		expect(report.match(/renumbered in the document/g)).toHaveLength(14);
		const fileOf = (position: number) => [...before].find(([, question]) => question === seed.questions[position - 1]!.question)![0];
		expect(report).toContain(`${fileOf(5)}  no longer in the document`);
		const moved = parseQuestionFile(await readFile(join(out, fileOf(6)), 'utf8')).frontmatter.source;
		expect(moved).toMatchObject({ position: 5 });

		// Importing the renumbered document again changes nothing.
		lines.length = 0;
		expect(await run(await writeDocument(renumbered))).toBe(0);
		expect(lines.join('\n')).not.toMatch(/renumbered|updated/);
	});

	it('recognises the document when its title lost a curly apostrophe', async () => {
		expect(await run(await writeDocument(seed.questions, seed.title.replace('’', "'")))).toBe(0);
		expect(await readdir(out)).toHaveLength(19);
		expect(lines.filter((line) => line.includes('  added')).length).toBe(0);
	});

	it('updates the same file when a question is reworded slightly, even at another number', async () => {
		const before = await questionsByFile();
		const edited = seed.questions.map((question) => ({ ...question }));
		edited[1]!.question = 'Explain how you would design a rate limiting system for an HTTP API.';
		[edited[1]!.position, edited[2]!.position] = [edited[2]!.position, edited[1]!.position];
		expect(await run(await writeDocument(edited))).toBe(0);
		const after = await questionsByFile();
		const file = [...before].find(([, question]) => question === seed.questions[1]!.question)![0];
		expect(after.get(file)).toBe(edited[1]!.question);
		expect(lines.join('\n')).toContain(`${file}  updated from the document`);
	});

	it('stops with a conflict when the question at a number became a very different text', async () => {
		const edited = seed.questions.map((question) => ({ ...question }));
		edited[3]!.question = 'What is your favourite sorting algorithm and why?';
		expect(await run(await writeDocument(edited))).toBe(1);
		expect(lines.join('\n')).toMatch(/CONFLICT: the question at this number is now a very different text/);
		expect(lines.join('\n')).toContain('Nothing was written.');
	});
});

describe('matchQuestions', () => {
	it('matches exact text after normalising quotes, dashes, case and spaces, before numbers', () => {
		const matches = matchQuestions(
			[{ question: 'What’s  a cache — really?', position: 1 }, { question: 'What is a queue?', position: 2 }],
			[{ question: 'What is a queue?', position: 1 }, { question: "what's a cache - really?", position: 2 }],
		);
		expect(matches).toEqual([{ candidate: 1, by: 'text' }, { candidate: 0, by: 'text' }]);
	});
});
