import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeQuestionFile } from '../../../src/questions/question-file.ts';
import { QuestionFolderError, readQuestionFolder } from '../../../src/questions/question-folder.ts';

const questionFile = (number: number) =>
	serializeQuestionFile({
		frontmatter: { number, slug: `q${number}`, question: `Question ${number}?`, topics: [], source: { document: 'Doc', position: number } },
		tiers: { great: `Great ${number}.`, mediocre: `Mediocre ${number}.`, poor: `Poor ${number}.` },
	});

async function folderWith(files: Record<string, string>): Promise<string> {
	const folder = await mkdtemp(join(tmpdir(), 'question-folder-'));
	for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
	return folder;
}

describe('reading a folder of question files', () => {
	it('parses every .md file in file-name order and skips other files', async () => {
		const folder = await folderWith({ 'b.md': questionFile(2), 'a.md': questionFile(1), 'notes.txt': 'not a question' });
		const entries = await readQuestionFolder(folder, { shownAs: 'content/questions' });
		expect(entries.map(({ fileName, shownPath, file }) => [fileName, shownPath, file.tiers.great])).toEqual([
			['a.md', 'content/questions/a.md', 'Great 1.'],
			['b.md', 'content/questions/b.md', 'Great 2.'],
		]);
	});

	it('reads hundreds of files, a bounded number at a time, in order', async () => {
		const files = Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`${String(index).padStart(4, '0')}.md`, questionFile(index + 1)]));
		const entries = await readQuestionFolder(await folderWith(files));
		expect(entries).toHaveLength(300);
		expect(entries.map((entry) => entry.file.frontmatter.number)).toEqual(Array.from({ length: 300 }, (_, index) => index + 1));
	});

	it('names the file and line of a file that does not parse', async () => {
		const folder = await folderWith({ 'a.md': questionFile(1), 'broken.md': '---\nnumber: [1\n---\n' });
		const reading = readQuestionFolder(folder, { shownAs: 'content/questions' });
		await expect(reading).rejects.toThrow(QuestionFolderError);
		await expect(reading).rejects.toThrow(/^content\/questions\/broken\.md:line \d+: the frontmatter is not valid YAML/);
	});

	it('reads a missing folder as empty only when asked to', async () => {
		const missing = join(await mkdtemp(join(tmpdir(), 'question-folder-')), 'absent');
		await expect(readQuestionFolder(missing, { missingIsEmpty: true })).resolves.toEqual([]);
		await expect(readQuestionFolder(missing)).rejects.toThrow(/ENOENT/);
		await mkdir(missing);
		await expect(readQuestionFolder(missing)).resolves.toEqual([]);
	});
});
