import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../src/importer/cli.ts';
import { decodeDocument } from '../../../src/importer/decode-document.ts';
import { MAX_SLUG_LENGTH, slugify } from '../../../src/importer/slug.ts';
import { generateDocument, readSeed } from '../../../src/build-tools/generate-document.ts';
import { mapLimited } from '../../../src/lib/map-limited.ts';
import { serializeQuestionFile } from '../../../src/questions/question-file.ts';

const runCommand = promisify(execFile);
let work: string;
let out: string;
const lines: string[] = [];
const run = (...args: string[]) => runImport([...args, '--out', out], (line) => lines.push(line));

const DOCUMENT = 'Café Notes\n1. What is a naïve rate limiter?\nGreat Response: "A “fixed” window — simple."\nMediocre Response: "b"\nPoor Response: "c"\n';

beforeEach(async () => {
	work = await mkdtemp(join(tmpdir(), 'import-io-'));
	out = join(work, 'questions');
	lines.length = 0;
});

async function importedTexts(): Promise<string[]> {
	const names = await readdir(out);
	return Promise.all(names.map((name) => readFile(join(out, name), 'utf8')));
}

describe('encodings', () => {
	it.each([
		['UTF-8', Buffer.from(DOCUMENT, 'utf8')],
		['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DOCUMENT, 'utf8')])],
		['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DOCUMENT, 'utf16le')])],
		['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(DOCUMENT, 'utf16le').swap16()])],
	])('reads %s to the same text', async (_name, bytes) => {
		const path = join(work, 'doc.txt');
		await writeFile(path, bytes);
		expect(await run(path)).toBe(0);
		const [file] = await importedTexts();
		expect(file).toContain('question: What is a naïve rate limiter?');
		expect(file).toContain('A “fixed” window — simple.');
		expect(await readdir(out)).toEqual(['naive-rate-limiter.md']);
	});

	it('reads bytes that are not UTF-8 as Windows-1252 and says so', async () => {
		const path = join(work, 'doc.txt');
		await writeFile(path, Buffer.from(DOCUMENT.replace(/[“”]/g, '"').replace('—', '-'), 'latin1'));
		expect(await run(path)).toBe(0);
		expect(lines.join('\n')).toContain('read as Windows-1252');
		const [file] = await importedTexts();
		expect(file).toContain('What is a naïve rate limiter?');
		expect(file).not.toContain('\uFFFD');
	});

	it('reads curly quotes in Windows-1252 bytes', () => {
		expect(decodeDocument(Buffer.from([0x93, 0x61, 0x94, 0x20, 0x97])).text).toBe('“a” —');
	});

	it('refuses invalid bytes under --encoding utf-8, and text that holds U+FFFD, naming the line', async () => {
		const path = join(work, 'doc.txt');
		await writeFile(path, Buffer.from(DOCUMENT, 'latin1'));
		await expect(run(path, '--encoding', 'utf-8')).rejects.toThrow(/not valid utf-8 text; give its encoding with --encoding/);
		await writeFile(path, DOCUMENT.replace('naïve', 'na\uFFFDve'));
		await expect(run(path)).rejects.toThrow(`${path}:line 2: the text holds the replacement character U+FFFD`);
		await expect(readdir(out)).rejects.toThrow();
	});
});

describe('options and leftovers', () => {
	it('refuses an unknown --encoding, naming the ones it knows', async () => {
		const path = join(work, 'doc.txt');
		await writeFile(path, DOCUMENT);
		await expect(run(path, '--encoding', 'toString')).rejects.toThrow('--encoding toString is not supported; expected one of utf-8, utf-16le, utf-16be, windows-1252');
	});

	it('removes the .tmp files an older importer left behind', async () => {
		const path = join(work, 'doc.txt');
		await writeFile(path, DOCUMENT);
		await mkdir(out);
		await writeFile(join(out, '.naive-rate-limiter.md.4242.tmp'), 'half');
		expect(await run(path)).toBe(0);
		expect(await readdir(out)).toEqual(['naive-rate-limiter.md']);
		expect(lines[0]).toMatch(/was undone first/);
	});
});

describe('operating-system errors are one line, exit 1, nothing written', () => {
	const cli = async (...args: string[]) => {
		try {
			await runCommand(process.execPath, ['src/importer/cli.ts', ...args, '--out', out]);
		} catch (error) {
			return error as { code: number; stderr: string };
		}
		throw new Error('expected the import to fail');
	};

	it.each([
		['a missing path', () => join(work, 'missing.txt'), /missing\.txt: no such file or folder; check the path/],
		['a folder', () => work, /: is a folder, not a document; give the path of a text file/],
		['a binary file', () => join(work, 'binary.docx'), /binary\.docx:the file holds NUL bytes, so it is a binary file/],
	])('%s', async (_name, path, message) => {
		await writeFile(join(work, 'binary.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
		const failure = await cli(path());
		expect(failure.code).toBe(1);
		expect(failure.stderr).toMatch(message);
		expect(failure.stderr.trim().split('\n')).toHaveLength(2);
		expect(failure.stderr).toContain('Nothing was written.');
		await expect(readdir(out)).rejects.toThrow();
	});

	it('names an over-long path instead of crashing', async () => {
		const failure = await cli(join(work, `${'x'.repeat(300)}.txt`));
		expect(failure.stderr).toMatch(/x{300}\.txt: the file name is too long for the file system; shorten the path/);
	});

	it('caps slugs at a word boundary, so a 2,000-character question imports', async () => {
		const long = `${Array.from({ length: 400 }, (_, index) => `word${index}`).join(' ')}?`;
		expect(slugify(long).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
		expect(slugify(`${'a'.repeat(100)} b`)).toBe('a'.repeat(MAX_SLUG_LENGTH));
		const path = join(work, 'long.txt');
		await writeFile(path, `T\n1. ${long}\nGreat Response: "a"\nMediocre Response: "b"\nPoor Response: "c"\n`);
		expect(await run(path)).toBe(0);
		expect((await importedTexts())[0]).toContain(long);
	});
});

describe('bounded concurrency', () => {
	it('imports 300 questions, then one more into a folder of 5,000 files, with ulimit -n 256', async () => {
		await mkdir(out);
		const template = serializeQuestionFile({
			frontmatter: { number: 0, slug: 'SLUG', question: 'Q?', topics: [], source: { document: 'Old', position: 0 } },
			tiers: { great: 'a', mediocre: 'b', poor: 'c' },
		});
		await mapLimited(Array.from({ length: 5000 }, (_, index) => index + 1), 32, (index) =>
			writeFile(join(out, `old-${index}.md`), template.replace('SLUG', `old-${index}`).replaceAll(': 0', `: ${index}`)),
		);
		const small = join(work, 'small.txt');
		await writeFile(small, generateDocument(await readSeed(), 300));
		const one = join(work, 'one.txt');
		await writeFile(one, 'One\n1. Q?\nGreat Response: "a"\nMediocre Response: "b"\nPoor Response: "c"\n');
		const limited = (document: string) =>
			runCommand('bash', ['-c', `ulimit -n 256 && exec "${process.execPath}" src/importer/cli.ts "${document}" --out "${out}"`]);
		await limited(small);
		await limited(one);
		expect((await readdir(out)).length).toBe(5301);
	}, 60_000);
});
