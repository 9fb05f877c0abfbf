import { DocumentError } from '../../src/importer/parse-document.ts';

/** The DocumentError that `parse` throws; fails the test when it throws nothing or something else. */
export function documentErrorOf(parse: () => unknown): DocumentError {
	try {
		parse();
	} catch (error) {
		if (error instanceof DocumentError) return error;
		throw error;
	}
	throw new Error('expected a DocumentError');
}
