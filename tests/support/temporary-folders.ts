/**
 * Gives the whole run one temporary folder, removed when the run ends: tests, and the importer
 * and builds they run, make their folders with `os.tmpdir()`, and every run left hundreds behind.
 * Test workers start after this setup and take `TMPDIR` from its environment.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function setup() {
	const folder = await mkdtemp(join(tmpdir(), 'study-guide-tests-'));
	process.env.TMPDIR = folder;
	return async () => {
		await rm(folder, { recursive: true, force: true });
	};
}
