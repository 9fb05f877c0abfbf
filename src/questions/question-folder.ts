/**
 * Reads a folder of question files (`content/questions/`) for everything that needs them: the
 * content loader, the importer and the concept tools. One reader, so that each names a broken
 * file the same way and none opens thousands of files at once.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_CONCURRENCY, mapLimited } from '../lib/map-limited.ts';
import { parseQuestionFile, QuestionFileError, type RawQuestionFile } from './question-file.ts';

export interface QuestionFolderEntry {
	/** The file's name inside the folder, such as `rate-limiting.md`. */
	fileName: string;
	/** The file as the folder's `shownAs` names it, for messages. */
	shownPath: string;
	/** The file's text as stored. */
	text: string;
	/** The parsed file, not yet validated by the schema. */
	file: RawQuestionFile;
}

/** A question file that does not parse, named `path:line N: what was found and what was expected`. */
export class QuestionFolderError extends Error {
	override name = 'QuestionFolderError';
}

/**
 * Every `.md` file of `folder`, parsed, in file-name order. `shownAs` is how messages name the
 * folder (for example relative to the project); a missing folder reads as empty when
 * `missingIsEmpty` is set.
 * @throws {QuestionFolderError} naming the first file, in file-name order, that does not parse.
 */
export async function readQuestionFolder(
	folder: string,
	{ shownAs = folder, missingIsEmpty = false }: { shownAs?: string; missingIsEmpty?: boolean } = {},
): Promise<QuestionFolderEntry[]> {
	let fileNames: string[];
	try {
		fileNames = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
	} catch (error) {
		if (missingIsEmpty && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	const texts = await mapLimited(fileNames, FILE_CONCURRENCY, (fileName) => readFile(join(folder, fileName), 'utf8'));
	return fileNames.map((fileName, index) => {
		const shownPath = join(shownAs, fileName);
		const text = texts[index]!;
		try {
			return { fileName, shownPath, text, file: parseQuestionFile(text) };
		} catch (error) {
			if (error instanceof QuestionFileError) throw new QuestionFolderError(`${shownPath}:${error.message}`);
			throw error;
		}
	});
}
