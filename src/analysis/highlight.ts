/**
 * Cuts a text into plain and highlighted segments, one list per paragraph, so that a page can
 * render concept mentions as <mark> elements while every character stays escaped text.
 */
import type { StatedConcept } from './compare.ts';

export interface TextSegment {
	text: string;
	/** Set on a highlighted mention. */
	mark?: { conceptId: string; id: string };
}

/** The anchor of a concept's `n`-th mention (0-based) in a tier: `great-token-bucket`, `great-token-bucket-2`. */
export function mentionId(prefix: string, conceptId: string, n = 0): string {
	return n === 0 ? `${prefix}-${conceptId}` : `${prefix}-${conceptId}-${n + 1}`;
}

/** Where a chip for a stated concept should point: its first mention, or the mention that implies it. */
export function mentionTarget(prefix: string, concept: StatedConcept): string {
	if (concept.occurrences.length > 0) return mentionId(prefix, concept.conceptId);
	if (concept.impliedBy) return mentionId(prefix, concept.impliedBy);
	return prefix;
}

export function highlightSegments(text: string, stated: readonly StatedConcept[], prefix: string): TextSegment[][] {
	const mentions = stated
		.flatMap((concept) =>
			concept.occurrences.map((occurrence, n) => ({ ...occurrence, id: mentionId(prefix, concept.conceptId, n) })),
		)
		.sort((a, b) => a.start - b.start);
	const segments: TextSegment[] = [];
	let cursor = 0;
	let markStart = 0;
	for (const mention of mentions) {
		if (mention.start < cursor) {
			// A loose mention spans words it does not claim, which may name another concept ("synchronous
			// or asynchronous replication"): the earlier mark ends where the next begins, so that every
			// mention keeps its mark and its anchor. Two mentions never start on the same word.
			const last = segments.at(-1)!;
			if (!last.mark || mention.start <= markStart) continue;
			last.text = text.slice(markStart, mention.start).trimEnd();
			const gapStart = markStart + last.text.length;
			if (mention.start > gapStart) segments.push({ text: text.slice(gapStart, mention.start) });
		} else if (mention.start > cursor) {
			segments.push({ text: text.slice(cursor, mention.start) });
		}
		segments.push({ text: text.slice(mention.start, mention.end), mark: { conceptId: mention.conceptId, id: mention.id } });
		markStart = mention.start;
		cursor = mention.end;
	}
	if (cursor < text.length) segments.push({ text: text.slice(cursor) });
	return splitParagraphs(segments);
}

/** Splits plain segments at blank lines; a mention never spans one. */
function splitParagraphs(segments: TextSegment[]): TextSegment[][] {
	const paragraphs: TextSegment[][] = [[]];
	for (const segment of segments) {
		const pieces = segment.mark ? [segment.text] : segment.text.split(/\n{2,}/);
		pieces.forEach((piece, index) => {
			if (index > 0) paragraphs.push([]);
			if (piece !== '') paragraphs.at(-1)!.push(segment.mark ? segment : { text: piece });
		});
	}
	return paragraphs.filter((paragraph) => paragraph.length > 0);
}
