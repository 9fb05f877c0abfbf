/**
 * Turns the bytes of a document into text without ever guessing silently: UTF-8 (with or without a
 * byte-order mark) and UTF-16 LE/BE with a byte-order mark are read as they are; bytes that are not
 * valid UTF-8 are read as Windows-1252, the encoding of older Word and Notepad files, and the
 * caller is told so. `--encoding` names the encoding when that guess is wrong.
 */

/** Encodings `--encoding` accepts, by the names people know them under. */
export const ENCODINGS = { 'utf-8': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'windows-1252': 'windows-1252' } as const;

export type EncodingName = keyof typeof ENCODINGS;

export interface DecodedDocument {
	text: string;
	/** The encoding the bytes were read in. */
	encoding: EncodingName;
	/** True when the encoding was chosen because the bytes were not valid UTF-8. */
	fellBack: boolean;
}

export class DecodeError extends Error {
	override name = 'DecodeError';
}

const REPLACEMENT_CHARACTER = '\uFFFD';

function decode(bytes: Uint8Array, encoding: EncodingName): string | undefined {
	try {
		return new TextDecoder(ENCODINGS[encoding], { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return undefined;
	}
}

function detect(bytes: Uint8Array): { encoding: EncodingName; fellBack: boolean } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', fellBack: false };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', fellBack: false };
	if (decode(bytes, 'utf-8') !== undefined) return { encoding: 'utf-8', fellBack: false };
	return { encoding: 'windows-1252', fellBack: true };
}

/**
 * Decodes a document's bytes, in `encoding` when given.
 * @throws {DecodeError} when the bytes are not text in that encoding, look like a binary file, or
 * hold U+FFFD (text already damaged by an earlier conversion), naming the line.
 */
export function decodeDocument(bytes: Uint8Array, encoding?: EncodingName): DecodedDocument {
	const chosen = encoding ? { encoding, fellBack: false } : detect(bytes);
	const text = decode(bytes, chosen.encoding);
	if (text === undefined) {
		throw new DecodeError(`the file is not valid ${chosen.encoding} text; give its encoding with --encoding (${Object.keys(ENCODINGS).join(', ')})`);
	}
	if (text.includes('\u0000')) {
		throw new DecodeError(
			`the file holds NUL bytes, so it is a binary file (a .docx or .pdf?) or ${chosen.encoding} is the wrong encoding; save it as plain text, or give --encoding`,
		);
	}
	const damaged = text.indexOf(REPLACEMENT_CHARACTER);
	if (damaged !== -1) {
		const line = text.slice(0, damaged).split(/\r\n|\r|\n/).length;
		throw new DecodeError(
			`line ${line}: the text holds the replacement character U+FFFD, left where an earlier conversion lost a character; fix that line (or give --encoding if the file is not ${chosen.encoding})`,
		);
	}
	return { text, ...chosen };
}
