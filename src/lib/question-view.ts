/**
 * What the question page shows of a question's analysis: how each mention is marked in the answer
 * text (the in-text diff) and the rows of the comparison table.
 */
import type { QuestionAnalysis, TierComparison } from '../analysis/compare.ts';
import { evidenceSentence } from '../analysis/evidence.ts';
import { broaderConcepts } from '../analysis/glossary.ts';
import type { Tier, TierTexts } from '../questions/tiers.ts';

/** The comparison's headings: their ids are link targets, and the table of contents lists them. */
export const COMPARISON_HEADINGS = {
	greatVsMediocre: { slug: 'what-separates', text: 'What separates the answers' },
	mediocreVsPoor: { slug: 'what-lifts-a-poor-answer', text: 'What lifts a poor answer' },
} as const;

/**
 * How a mention reads against the neighbouring answer: `added` when only this (better) answer
 * states the concept, `removed` when only this (weaker) answer does, and no role when both do.
 */
export type MentionRole = 'added' | 'removed';

/** The answer each tier's text is compared with, and from which side. */
const DIFF_PARTNERS: Record<Tier, { comparison: keyof Pick<QuestionAnalysis, 'greatVsMediocre' | 'mediocreVsPoor'>; side: 'better' | 'weaker' }> = {
	great: { comparison: 'greatVsMediocre', side: 'better' },
	mediocre: { comparison: 'greatVsMediocre', side: 'weaker' },
	poor: { comparison: 'mediocreVsPoor', side: 'weaker' },
};

/** Concept id → role of its mentions in `tier`'s text; shared concepts are left out. */
export function mentionRoles(analysis: QuestionAnalysis, tier: Tier): Map<string, MentionRole> {
	const { comparison, side } = DIFF_PARTNERS[tier];
	const compared: TierComparison = analysis[comparison];
	return side === 'better'
		? new Map(compared.betterOnly.map((id) => [id, 'added']))
		: new Map(compared.weakerOnly.map((id) => [id, 'removed']));
}

/** What one answer says about a concept in the comparison table. */
export interface Evidence {
	/** Whether the answer states the concept. */
	stated: boolean;
	/**
	 * The sentence that states it; for a great-only concept on the mediocre side, the sentence that
	 * states a broader concept instead, if any. Absent for a concept added by a question note.
	 */
	sentence?: string | undefined;
}

/** A row of the comparison table: a concept or term and the sentence of each answer that states it. */
export interface ComparisonRow {
	/** The glossary concept of the row; absent for a term found in the answer itself. */
	conceptId?: string | undefined;
	/** A term of the great answer that no glossary concept covers: it has no concept page. */
	term?: string | undefined;
	/** `added` for a great-only concept, `removed` for a mediocre-only one; absent when shared. */
	role?: MentionRole | undefined;
	great: Evidence;
	mediocre: Evidence;
}

export interface ComparisonRows {
	/** What separates the answers: great-only concepts, then great-only terms, then mediocre-only concepts. */
	separating: ComparisonRow[];
	shared: ComparisonRow[];
}

export function comparisonRows(
	tiers: TierTexts,
	analysis: QuestionAnalysis,
	refines: ReadonlyMap<string, string | undefined>,
): ComparisonRows {
	const { greatVsMediocre } = analysis;
	const great = (id: string) => greatVsMediocre.evidence[id]?.better;
	const mediocre = (id: string) => greatVsMediocre.evidence[id]?.weaker;
	const mediocreStated = new Map(analysis.tiers.mediocre.map((concept) => [concept.conceptId, concept]));
	// Where the mediocre answer says the broader thing the great answer refines ("retry" for "exponential backoff").
	const closestInMediocre = (id: string) => {
		const broader = broaderConcepts(id, refines).find((parent) => mediocreStated.has(parent));
		return broader ? evidenceSentence(tiers.mediocre, mediocreStated.get(broader)) : undefined;
	};
	return {
		separating: [
			...greatVsMediocre.betterOnly.map((id): ComparisonRow => ({
				conceptId: id,
				role: 'added',
				great: { stated: true, sentence: great(id) },
				mediocre: { stated: false, sentence: closestInMediocre(id) },
			})),
			...(analysis.greatOnlyTerms ?? []).map((term): ComparisonRow => ({
				term: term.text,
				role: 'added',
				great: { stated: true, sentence: term.evidence },
				mediocre: { stated: false },
			})),
			...greatVsMediocre.weakerOnly.map((id): ComparisonRow => ({
				conceptId: id,
				role: 'removed',
				great: { stated: false },
				mediocre: { stated: true, sentence: mediocre(id) },
			})),
		],
		shared: greatVsMediocre.shared.map((id) => ({
			conceptId: id,
			great: { stated: true, sentence: great(id) },
			mediocre: { stated: true, sentence: mediocre(id) },
		})),
	};
}
