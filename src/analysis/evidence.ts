/**
 * The sentence of an answer that states a concept, shown beside a separator so a reader can check
 * it without hunting through the answer.
 */
import type { StatedConcept } from './compare.ts';

/** Sentence boundaries by the platform's Unicode rules (UAX #29), so "e.g." and "Node.js" are handled alike everywhere. */
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

interface Range {
	start: number;
	end: number;
}

/**
 * The sentence ranges of the last few texts: one answer is asked about for every concept it
 * states, and segmenting it again each time would make analysis grow with concepts × length.
 */
const recentTexts = new Map<string, Range[]>();
const RECENT_TEXTS = 8;

function sentenceRanges(text: string): Range[] {
	let ranges = recentTexts.get(text);
	if (!ranges) {
		ranges = [...sentences.segment(text)].map(({ segment, index }) => ({ start: index, end: index + segment.length }));
		if (recentTexts.size >= RECENT_TEXTS) recentTexts.delete(recentTexts.keys().next().value!);
		recentTexts.set(text, ranges);
	}
	return ranges;
}

/** Where the sentence of `text` containing the character at `offset` starts and ends. */
export function sentenceRange(text: string, offset: number): Range {
	return sentenceRanges(text).find((range) => offset < range.end) ?? { start: text.length, end: text.length };
}

/** The sentence of `text` containing the character at `offset`, trimmed; the text is otherwise unchanged. */
export function sentenceAt(text: string, offset: number): string {
	const { start, end } = sentenceRange(text, offset);
	return text.slice(start, end).trim();
}

/**
 * The sentence stating a concept: its first mention, or for a concept implied by a narrower one,
 * the sentence of that narrower mention. A concept added by a hint has no sentence.
 */
export function evidenceSentence(text: string, concept: StatedConcept | undefined): string | undefined {
	if (!concept || concept.hinted) return undefined;
	return sentenceAt(text, concept.occurrences[0]?.start ?? concept.position) || undefined;
}
