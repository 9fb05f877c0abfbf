/**
 * Writes a set of files into a folder all or nothing, even when the process is killed (SIGKILL,
 * Ctrl-C, a crash) at any moment:
 *
 * 1. Every file is written in full into a staging folder beside the target, `.<folder>.import/`.
 * 2. The commit point: a journal listing those files is written under a temporary name and renamed
 *    to `journal.json` — one atomic rename. Before it the import has not happened; after it, it has.
 * 3. Each staged file is renamed into the target folder (an atomic replace per file), then the
 *    staging folder is removed, journal last.
 *
 * Every run first calls {@link recoverInterruptedImport}: with a journal, it finishes step 3 (roll
 * forward; renames already done are skipped); without one, it deletes the staging folder (roll
 * back). So after any run the folder holds entirely the old or entirely the new files, and no stray
 * file is left behind.
 */
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FILE_CONCURRENCY, mapLimited } from '../lib/map-limited.ts';

const JOURNAL = 'journal.json';
const STAGED = 'files';
/** Temporary files left by importers before this one: `.<name>.md.<pid>.tmp`. */
const LEGACY_TEMPORARY = /^\..+\.\d+\.tmp$/;

export type Recovery = 'none' | 'rolled-forward' | 'rolled-back';

export function stagingFolder(folder: string): string {
	return join(dirname(folder), `.${basename(folder)}.import`);
}

async function exists(path: string): Promise<boolean> {
	try {
		await readFile(path);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
		throw error;
	}
}

async function writeDurably(path: string, content: string): Promise<void> {
	const handle = await open(path, 'w');
	try {
		await handle.writeFile(content);
		await handle.sync();
	} finally {
		await handle.close();
	}
}

/** Moves every staged file of a committed journal into place, then removes the staging folder. */
async function rollForward(folder: string, staging: string): Promise<void> {
	const fileNames = JSON.parse(await readFile(join(staging, JOURNAL), 'utf8')) as string[];
	await mkdir(folder, { recursive: true });
	for (const fileName of fileNames) {
		try {
			await rename(join(staging, STAGED, fileName), join(folder, fileName));
		} catch (error) {
			// Already moved by the run that was interrupted.
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
	await rm(join(staging, STAGED), { recursive: true, force: true });
	await rm(join(staging, JOURNAL), { force: true });
	await rm(staging, { recursive: true, force: true });
}

/** Finishes or undoes an import that was interrupted; removes temporary files of older versions. */
export async function recoverInterruptedImport(folder: string): Promise<Recovery> {
	const staging = stagingFolder(folder);
	let recovery: Recovery = 'none';
	if (await exists(join(staging, JOURNAL))) {
		await rollForward(folder, staging);
		recovery = 'rolled-forward';
	} else {
		try {
			await readdir(staging);
			await rm(staging, { recursive: true, force: true });
			recovery = 'rolled-back';
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
	try {
		const legacy = (await readdir(folder)).filter((name) => LEGACY_TEMPORARY.test(name));
		await mapLimited(legacy, FILE_CONCURRENCY, (name) => rm(join(folder, name), { force: true }));
		if (legacy.length > 0 && recovery === 'none') recovery = 'rolled-back';
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	return recovery;
}

/** Writes `writes` into `folder` all or nothing; see the module comment. */
export async function commitFiles(folder: string, writes: readonly { fileName: string; content: string }[]): Promise<void> {
	const staging = stagingFolder(folder);
	await rm(staging, { recursive: true, force: true });
	await mkdir(join(staging, STAGED), { recursive: true });
	try {
		await mapLimited(writes, FILE_CONCURRENCY, ({ fileName, content }) => writeFile(join(staging, STAGED, fileName), content, { flag: 'wx' }));
		await writeDurably(join(staging, `${JOURNAL}.new`), JSON.stringify(writes.map(({ fileName }) => fileName)));
	} catch (error) {
		await rm(staging, { recursive: true, force: true });
		throw error;
	}
	await rename(join(staging, `${JOURNAL}.new`), join(staging, JOURNAL));
	await rollForward(folder, staging);
}
