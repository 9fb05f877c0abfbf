/**
 * Documents exported from the tools people write them in (`tests/fixtures/documents/exports/`,
 * written before the importer ever read them): each is imported for real into an empty folder and
 * every question file read back must hold the text a reader of the original sees.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../src/importer/cli.ts';
import { parseQuestionFile } from '../../../src/questions/question-file.ts';
import { fixturePath } from '../../support/fixtures.ts';

interface Expected {
	title: string;
	questions: { question: string; great: string; mediocre: string; poor: string }[];
	/** The line of a closing remark left in the last answer, which the import must point out. */
	closingParagraphLine?: number;
}

const expected = JSON.parse(readFileSync(fixturePath('exports/expected.json'), 'utf8')) as Record<string, Expected>;

describe.each(Object.entries(expected))('importing %s', (name, document) => {
	it('writes every question and answer as the original reads', async () => {
		const out = await mkdtemp(join(tmpdir(), 'import-export-'));
		const log: string[] = [];
		expect(await runImport([fixturePath(`exports/${name}`), '--out', out], (line) => log.push(line))).toBe(0);
		expect(log[0]).toMatch(new RegExp(`^${document.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: read ${document.questions.length} questions`));
		const files = await Promise.all((await readdir(out)).map(async (file) => parseQuestionFile(await readFile(join(out, file), 'utf8'))));
		const read = files
			.map(({ frontmatter, tiers }) => ({ position: (frontmatter.source as { position: number }).position, question: frontmatter.question, ...tiers }))
			.sort((a, b) => a.position - b.position)
			.map(({ position: _position, ...question }) => question);
		expect(read).toEqual(document.questions);
		const closing = log.filter((line) => line.includes('ends the last answer after a blank line'));
		expect(closing).toEqual(document.closingParagraphLine === undefined ? [] : [expect.stringContaining(`Line ${document.closingParagraphLine} `)]);
	});
});
