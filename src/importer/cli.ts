/**
 * `npm run import -- <document.txt> [--force] [--dry-run] [--out <folder>] [--encoding <name>]`
 *
 * Reads a question document and writes one Markdown file per question into `content/questions/`.
 * All or nothing: a malformed document, an unreadable question file, an operating-system error or
 * a conflict with hand edits stops the import before anything is written, and the files are
 * committed in one step that survives the process being killed (`atomic-commit.ts`).
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commitFiles, recoverInterruptedImport, UnfinishedCommitError } from './atomic-commit.ts';
import { decodeDocument, DecodeError, ENCODINGS, type EncodingName } from './decode-document.ts';
import { describeOsError, isOsError } from './os-error.ts';
import { excerpt } from './classify-line.ts';
import { DocumentError, parseDocument } from './parse-document.ts';
import { planImport, type ChangeKind, type ExistingQuestionFile } from './plan-import.ts';
import { QuestionFolderError, readQuestionFolder } from '../questions/question-folder.ts';
import { countLabel } from '../lib/text.ts';

const DEFAULT_OUT = 'content/questions';

const CHANGE_LABELS: Record<ChangeKind, string> = {
	added: 'added',
	updated: 'updated from the document',
	unchanged: 'unchanged',
	'kept-hand-edit': 'kept (edited by hand; the document has not changed)',
	conflict: 'CONFLICT: edited by hand and changed in the document',
	'changed-at-number': 'CONFLICT: the question at this number is now a very different text',
	renumbered: 'renumbered in the document; text unchanged',
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

export async function runImport(argv: string[], log: (line: string) => void = console.log): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			force: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			out: { type: 'string', default: DEFAULT_OUT },
			encoding: { type: 'string' },
		},
	});
	if (positionals.length !== 1) {
		throw new ImportError(`usage: npm run import -- <document.txt> [--force] [--dry-run] [--out <folder>] [--encoding ${Object.keys(ENCODINGS).join('|')}]`);
	}
	const documentPath = positionals[0]!;
	const folder = resolve(values.out);
	const documentName = basename(documentPath);
	const encoding = values.encoding?.toLowerCase();
	if (encoding !== undefined && !Object.hasOwn(ENCODINGS, encoding)) {
		throw new ImportError(`--encoding ${values.encoding} is not supported; expected one of ${Object.keys(ENCODINGS).join(', ')}`);
	}

	const recovery = await recoverInterruptedImport(folder);
	if (recovery === 'rolled-forward') log(`An interrupted import into ${folder} was finished first.`);
	if (recovery === 'rolled-back') log(`An interrupted import into ${folder} was undone first; its files were never in place.`);

	let document;
	let decoded;
	try {
		decoded = decodeDocument(await readFile(documentPath), encoding as EncodingName | undefined);
		document = parseDocument(decoded.text, documentName.replace(/\.[^.]+$/, ''), /\.(?:md|markdown)$/i.test(documentName) ? { markdown: true } : {});
	} catch (error) {
		if (error instanceof DocumentError || error instanceof DecodeError) throw new ImportError(`${documentPath}:${error.message}`);
		throw error;
	}
	const plan = planImport(document, await readExisting(folder), { force: values.force });

	const count = document.questions.length;
	log(`${document.title}: read ${count} ${count === 1 ? 'question' : 'questions'} and ${count * 3} tiers from ${documentPath} (${decoded.encoding})`);
	if (decoded.fellBack) {
		log(`  The file is not valid UTF-8, so it was read as Windows-1252; if accented letters look wrong, run again with --encoding.`);
	}
	if (document.closingParagraph) {
		const { line, text } = document.closingParagraph;
		log(`  Line ${line} ends the last answer after a blank line: "${excerpt(text)}"; if it is a closing remark, not part of the answer, delete it and import again.`);
	}
	for (const change of plan.changes) {
		log(`  ${String(change.number).padStart(3)}  ${change.fileName}  ${CHANGE_LABELS[change.kind]}`);
	}
	if (plan.blocked) {
		log('\nNothing was written. Files marked CONFLICT were edited by hand since the last import and');
		log('the document changed them too, or their question was replaced by a very different one at');
		log("the same number. Review them, then run again with --force to take the document's text");
		log('(slugs, numbers and topics are kept either way).');
		return 1;
	}
	if (values['dry-run']) {
		log(`\nDry run: ${plan.writes.length} files would be written to ${folder}.`);
		return 0;
	}
	await commitFiles(folder, plan.writes);
	log(`\nWrote ${countLabel(plan.writes.length, 'file')} to ${folder}.`);
	return 0;
}

if (import.meta.main) {
	try {
		process.exitCode = await runImport(process.argv.slice(2));
	} catch (error) {
		if (error instanceof UnfinishedCommitError) {
			const cause = isOsError(error.cause) ? describeOsError(error.cause, '') : error.message;
			console.error(`import failed while moving committed files into place: ${cause}\nFix that, then run the import again: it finishes this import first.`);
			process.exit(1);
		}
		const isUsageError = String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
		if (!(error instanceof ImportError) && !isUsageError && !isOsError(error)) throw error;
		const message = isOsError(error) ? describeOsError(error, process.argv[2] ?? '') : (error as Error).message;
		console.error(`import failed: ${message}\nNothing was written.`);
		process.exitCode = 1;
	}
}
