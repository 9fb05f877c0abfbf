/**
 * `npm run import -- <document.txt> [--force] [--dry-run] [--out <folder>]`
 *
 * Reads a question document and writes one Markdown file per question into `content/questions/`.
 * All or nothing: a malformed document, an unreadable question file or a conflict with hand edits
 * stops the import before anything is written, and the files are written to temporary names first
 * and renamed into place only when every one of them was written.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DocumentError, parseDocument } from './parse-document.ts';
import { planImport, type ChangeKind, type ExistingQuestionFile, type ImportPlan } from './plan-import.ts';
import { QuestionFolderError, readQuestionFolder } from '../questions/question-folder.ts';

const DEFAULT_OUT = 'content/questions';

const CHANGE_LABELS: Record<ChangeKind, string> = {
	added: 'added',
	updated: 'updated from the document',
	unchanged: 'unchanged',
	'kept-hand-edit': 'kept (edited by hand; the document has not changed)',
	conflict: 'CONFLICT: edited by hand and changed in the document',
	'overwritten-hand-edit': 'overwritten (hand edits replaced, --force)',
	'not-in-document': 'no longer in the document; file left as it is',
};

class ImportError extends Error {}

async function readExisting(folder: string): Promise<ExistingQuestionFile[]> {
	try {
		return (await readQuestionFolder(folder, { missingIsEmpty: true })).map(({ fileName, file }) => ({ fileName, file }));
	} catch (error) {
		if (error instanceof QuestionFolderError) throw new ImportError(error.message);
		throw error;
	}
}

/** Writes every file under a temporary name, then renames them all into place. */
async function writeAllOrNothing(folder: string, writes: ImportPlan['writes']): Promise<void> {
	const staged = writes.map(({ fileName, content }) => ({
		content,
		temporary: join(folder, `.${fileName}.${process.pid}.tmp`),
		final: join(folder, fileName),
	}));
	try {
		await Promise.all(staged.map(({ temporary, content }) => writeFile(temporary, content, { flag: 'wx' })));
	} catch (error) {
		await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
		throw error;
	}
	for (const { temporary, final } of staged) await rename(temporary, final);
}

export async function runImport(argv: string[], log: (line: string) => void = console.log): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			force: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			out: { type: 'string', default: DEFAULT_OUT },
		},
	});
	if (positionals.length !== 1) {
		throw new ImportError('usage: npm run import -- <document.txt> [--force] [--dry-run] [--out <folder>]');
	}
	const documentPath = positionals[0]!;
	const folder = resolve(values.out);
	const documentName = basename(documentPath);

	let document;
	try {
		document = parseDocument(await readFile(documentPath, 'utf8'), documentName.replace(/\.[^.]+$/, ''));
	} catch (error) {
		if (error instanceof DocumentError) throw new ImportError(`${documentPath}:${error.message}`);
		throw error;
	}
	const plan = planImport(document, await readExisting(folder), { force: values.force });

	log(`${document.title}: ${document.questions.length} questions in ${documentPath}`);
	for (const change of plan.changes) {
		log(`  ${String(change.number).padStart(3)}  ${change.fileName}  ${CHANGE_LABELS[change.kind]}`);
	}
	if (plan.blocked) {
		log('\nNothing was written. Files marked CONFLICT were edited by hand since the last import and');
		log('the document changed them too. Review them, then run again with --force to take the');
		log("document's text (slugs, numbers and topics are kept either way).");
		return 1;
	}
	if (values['dry-run']) {
		log(`\nDry run: ${plan.writes.length} files would be written to ${folder}.`);
		return 0;
	}
	await writeAllOrNothing(folder, plan.writes);
	log(`\nWrote ${plan.writes.length} files to ${folder}.`);
	return 0;
}

if (import.meta.main) {
	try {
		process.exitCode = await runImport(process.argv.slice(2));
	} catch (error) {
		const isUsageError = String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
		if (!(error instanceof ImportError) && !isUsageError) throw error;
		console.error(`import failed: ${(error as Error).message}\nNothing was written.`);
		process.exitCode = 1;
	}
}
