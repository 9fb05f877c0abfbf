/** Temporary question folders for building the site from other content. */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGeneratedDocument } from '../../src/build-tools/generate-document.ts';
import { runImport } from '../../src/importer/cli.ts';
import { PROJECT_ROOT } from './site.ts';

/** A temporary copy of the committed questions, to break on purpose. */
export async function copyOfQuestions(): Promise<string> {
	const folder = await mkdtemp(join(tmpdir(), 'questions-'));
	await cp(join(PROJECT_ROOT, 'content/questions'), folder, { recursive: true });
	return folder;
}

/** A temporary folder holding the import of one document. */
export async function importedQuestions(documentPath: string): Promise<string> {
	const folder = await mkdtemp(join(tmpdir(), 'questions-'));
	await runImport([documentPath, '--out', folder], () => {});
	return folder;
}

/** A temporary folder holding the import of a document of `count` questions generated from the seed, as the benchmark makes. */
export async function generatedQuestions(count: number): Promise<string> {
	const document = join(await mkdtemp(join(tmpdir(), 'generated-')), `generated-${count}.txt`);
	await writeGeneratedDocument(document, count);
	return importedQuestions(document);
}

export async function editFile(path: string, edit: (text: string) => string): Promise<void> {
	await writeFile(path, edit(await readFile(path, 'utf8')));
}

export function temporaryOutDir(): Promise<string> {
	return mkdtemp(join(tmpdir(), 'dist-'));
}

/** A URL manifest with nothing published yet, for sites built from unrelated content. */
export async function emptyManifest(): Promise<string> {
	const path = join(await mkdtemp(join(tmpdir(), 'manifest-')), 'published-urls.txt');
	await writeFile(path, '');
	return path;
}
