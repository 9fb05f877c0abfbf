/**
 * "Check my answer": which of the great answer's concepts a reader's own answer states. It uses
 * the same matcher and comparison as the build, so the reader is judged exactly as the answers are.
 */
import { isInferred, statedConcepts, type AnalysisContext, type StatedConcept } from '../analysis/compare.ts';

export interface Coverage {
	/** The great answer's concepts the reader states, in the reader's order. */
	covered: StatedConcept[];
	/** The great answer's concepts the reader does not state, in the great answer's order. */
	missed: string[];
	/** How many concepts the great answer states. */
	total: number;
}

export function answerCoverage(readerText: string, greatConcepts: readonly string[], context: AnalysisContext): Coverage {
	// A broader concept the reader only implies ("Redis" implies a key-value store) is not covered.
	const stated = statedConcepts(readerText, context).filter((concept) => !isInferred(concept));
	const statedIds = new Set(stated.map((concept) => concept.conceptId));
	const great = new Set(greatConcepts);
	return {
		covered: stated.filter((concept) => great.has(concept.conceptId)),
		missed: greatConcepts.filter((id) => !statedIds.has(id)),
		total: greatConcepts.length,
	};
}
