import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../src/importer/cli.ts';
import { parseQuestionFile } from '../../../src/questions/question-file.ts';
import { fixturePath, SEED_PATH } from '../../support/fixtures.ts';

let out: string;
const lines: string[] = [];
const run = (...args: string[]) => runImport([...args, '--out', out], (line) => lines.push(line));

beforeEach(async () => {
	out = await mkdtemp(join(tmpdir(), 'import-'));
	lines.length = 0;
});

describe('npm run import', () => {
	it('writes one file per seed question and nothing else', async () => {
		expect(await run(SEED_PATH)).toBe(0);
		const files = await readdir(out);
		expect(files).toHaveLength(19);
		expect(files.every((name) => name.endsWith('.md'))).toBe(true);
		expect(lines.at(-1)).toBe(`\nWrote 19 files to ${out}.`);
	});

	it('writes nothing for a malformed document and names file and line', async () => {
		await expect(run(fixturePath('missing-tier.txt'))).rejects.toThrow(
			`${fixturePath('missing-tier.txt')}:line 4: question 1 has no Mediocre response`,
		);
		expect(await readdir(out)).toEqual([]);
	});

	it('refuses to overwrite a hand edit that the document also changed, writing nothing', async () => {
		await run(SEED_PATH);
		const file = join(out, 'api-versioning-strategy-recommend.md');
		await writeFile(file, (await readFile(file, 'utf8')).replace('I approach API versioning', 'I begin API versioning'));
		const changedSeed = join(out, '..', `changed-${Date.now()}.txt`);
		const seed = await readFile(SEED_PATH, 'utf8');
		await writeFile(
			changedSeed,
			seed.replace('I approach API versioning', 'I handle API versioning').replace('I usually put the version', 'I always put the version'),
		);
		const before = await readFile(file, 'utf8');

		expect(await run(changedSeed)).toBe(1);
		expect(lines.join('\n')).toContain('api-versioning-strategy-recommend.md  CONFLICT: edited by hand and changed in the document');
		expect(lines.join('\n')).toContain('Nothing was written.');
		expect(await readFile(file, 'utf8')).toBe(before);

		expect(await run(changedSeed, '--force')).toBe(0);
		expect(await readFile(file, 'utf8')).toContain('I always put the version');
		expect(await readdir(out)).toHaveLength(19);
	});

	it('continues numbering for a second document', async () => {
		await run(SEED_PATH);
		expect(await run(fixturePath('crlf-bom-curly.txt'))).toBe(0);
		expect(lines).toContain('   20  idempotency.md  added');
	});

	it('exits with code 1 and a message naming file and line when run as a command', async () => {
		const command = promisify(execFile)(process.execPath, ['src/importer/cli.ts', fixturePath('duplicate-number.txt'), '--out', out]);
		await expect(command).rejects.toMatchObject({
			code: 1,
			stderr: expect.stringContaining(
				`import failed: ${fixturePath('duplicate-number.txt')}:line 6: question number 1 is used twice (first on line 2)`,
			),
		});
		expect(await readdir(out)).toEqual([]);
	});

	it('reads a .md file as Markdown even when no line looks like it, and a .txt one as written', async () => {
		const greatOf = async (name: string) => {
			const path = join(await mkdtemp(join(tmpdir(), 'doc-')), name);
			await writeFile(path, 'Escapes\n1. Q?\nGreat Response: a\\_b\nMediocre Response: b\nPoor Response: c\n');
			expect(await run(path)).toBe(0);
			const [file] = await readdir(out);
			return parseQuestionFile(await readFile(join(out, file!), 'utf8')).tiers.great;
		};
		expect(await greatOf('questions.md')).toBe('a_b');
		out = await mkdtemp(join(tmpdir(), 'import-'));
		expect(await greatOf('questions.txt')).toBe('a\\_b');
	});

	it('reports what a dry run would write without writing', async () => {
		expect(await run(SEED_PATH, '--dry-run')).toBe(0);
		expect(await readdir(out)).toEqual([]);
	});
});
