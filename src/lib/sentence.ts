/**
 * The sentence around a position in an answer, for the comparison table. Sentence boundaries come
 * from the platform's Unicode segmenter (`Intl.Segmenter`), so abbreviations and quotes are
 * handled by the same rules in the build and the browser. Kept on its own so that the comparison
 * analysis can supply its own evidence sentences instead.
 */
export interface Sentence {
	/** The sentence as written, without surrounding whitespace. */
	text: string;
	/** Offset of its first character in the answer. */
	start: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentence of `text` that holds the character at `offset`; a blank line also ends a sentence. */
export function sentenceAt(text: string, offset: number): Sentence {
	const position = Math.min(Math.max(offset, 0), Math.max(text.length - 1, 0));
	const paragraphStart = text.lastIndexOf('\n\n', position) + 1 || 0;
	const nextBreak = text.indexOf('\n\n', position);
	const paragraph = text.slice(paragraphStart, nextBreak === -1 ? text.length : nextBreak);
	const segment = segmenter.segment(paragraph).containing(position - paragraphStart);
	if (!segment) return { text: '', start: position };
	const leading = segment.segment.length - segment.segment.trimStart().length;
	return { text: segment.segment.trim(), start: paragraphStart + segment.index + leading };
}
