import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../src/importer/cli.ts';
import { commitFiles, recoverInterruptedImport, stagingFolder, UnfinishedCommitError } from '../../../src/importer/atomic-commit.ts';
import { parseDocument, renderDocument } from '../../../src/importer/parse-document.ts';
import { generatedQuestion, readSeed } from '../../../src/build-tools/generate-document.ts';
import { readSeed as readSeedText, SEED_PATH } from '../../support/fixtures.ts';

/** Every file of the folder and its parent, by name, with a checksum of its content. */
async function snapshot(folder: string): Promise<Record<string, string>> {
	const entries: Record<string, string> = {};
	for (const name of (await readdir(folder)).sort()) {
		entries[name] = createHash('sha256').update(await readFile(join(folder, name))).digest('hex');
	}
	return entries;
}

async function restore(folder: string, files: Map<string, Buffer>) {
	await rm(folder, { recursive: true, force: true });
	await rm(stagingFolder(folder), { recursive: true, force: true });
	await mkdir(folder);
	for (const [name, content] of files) await writeFile(join(folder, name), content);
}

/** How far an import into `out` has gone: files staged, then (after the commit point) files moved. */
async function progress(out: string, total: number, oldCount: number): Promise<number> {
	const staging = stagingFolder(out);
	const list = (folder: string) => readdir(folder).then((names) => names.length, () => 0);
	const committed = await readFile(join(staging, 'journal.json')).then(() => true, () => false);
	if (!committed) return list(join(staging, 'files'));
	return total + (await list(out)) - oldCount;
}

/** Runs the import and kills it with SIGKILL once its progress reaches `target` (never, for Infinity). */
function runAndKill(document: string, out: string, target: number, total: number, oldCount: number): Promise<boolean> {
	const child = spawn(process.execPath, ['src/importer/cli.ts', document, '--out', out], { stdio: 'ignore' });
	let exited = false;
	const exit = new Promise<boolean>((resolve) => child.on('exit', (_code, signal) => ((exited = true), resolve(signal === 'SIGKILL'))));
	const watch = async () => {
		while (!exited && target !== Infinity) {
			if ((await progress(out, total, oldCount)) >= target) {
				child.kill('SIGKILL');
				return;
			}
			await new Promise((resolve) => setTimeout(resolve, 1));
		}
	};
	return Promise.all([exit, watch()]).then(([killed]) => killed);
}

const ADDED = 200;

describe('an import killed at any moment', () => {
	it('leaves, after the next run, entirely the old or entirely the new files and no stray file', async () => {
		const work = await mkdtemp(join(tmpdir(), 'import-crash-'));
		const out = join(work, 'questions');
		const quiet = () => {};
		expect(await runImport([SEED_PATH, '--out', out], quiet)).toBe(0);
		const oldFiles = new Map<string, Buffer>();
		for (const name of await readdir(out)) oldFiles.set(name, await readFile(join(out, name)));
		const oldState = await snapshot(out);

		// The new document changes every seed answer and adds 200 questions.
		const seed = parseDocument(readSeedText(), 'seed');
		const generator = await readSeed();
		const document = join(work, 'new.txt');
		await writeFile(
			document,
			renderDocument({
				title: seed.title,
				questions: [
					...seed.questions.map((question) => ({ ...question, tiers: { ...question.tiers, great: `${question.tiers.great} Revised.` } })),
					...Array.from({ length: ADDED }, (_, index) => ({ ...generatedQuestion(generator, index), position: 20 + index })),
				],
			}),
		);
		await runAndKill(document, out, Infinity, 0, 0);
		const newState = await snapshot(out);
		expect(Object.keys(newState)).toHaveLength(19 + ADDED);

		const outcomes = { old: 0, new: 0, interrupted: 0 };
		const report = () => JSON.stringify(outcomes);
		const kills = 10;
		for (let attempt = 0; attempt < kills; attempt += 1) {
			await restore(out, oldFiles);
			// Kill points spread over staging (before the commit point) and moving (after it).
			const total = 19 + ADDED;
			const target = Math.floor((attempt * (total + ADDED)) / (kills - 1));
			const killed = await runAndKill(document, out, target, total, 19);
			const staged = await readdir(dirname(out));
			if (killed && staged.includes(`.questions.import`)) outcomes.interrupted += 1;
			await recoverInterruptedImport(out);
			const state = await snapshot(out);
			expect(await readdir(dirname(out))).toEqual(['new.txt', 'questions']);
			if (JSON.stringify(state) === JSON.stringify(oldState)) outcomes.old += 1;
			else {
				expect(state).toEqual(newState);
				outcomes.new += 1;
			}
		}
		// The kills must have hit the import itself, not only the start-up or the exit.
		expect(outcomes.interrupted, report()).toBeGreaterThan(kills / 2);
		expect(outcomes.old, report()).toBeGreaterThan(0);
		expect(outcomes.new, report()).toBeGreaterThan(0);
		expect(outcomes.old + outcomes.new).toBe(kills);
	}, 60_000);
});

describe('a commit that fails after its commit point', () => {
	it('says so, and the next run finishes it', async () => {
		const work = await mkdtemp(join(tmpdir(), 'import-unfinished-'));
		const out = join(work, 'questions');
		await writeFile(out, 'a file where the folder should be');
		await expect(commitFiles(out, [{ fileName: 'a.md', content: 'A' }])).rejects.toBeInstanceOf(UnfinishedCommitError);
		await rm(out);
		expect(await recoverInterruptedImport(out)).toBe('rolled-forward');
		expect(await readdir(out)).toEqual(['a.md']);
		expect(await readdir(work)).toEqual(['questions']);
	});
});
