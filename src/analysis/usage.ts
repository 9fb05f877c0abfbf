/** Where each concept is used across the guide, for concept pages and the concept index. */
import type { QuestionAnalysis } from './compare.ts';
import { TIERS, type Tier } from '../questions/tiers.ts';

export interface ConceptUse {
	slug: string;
	number: number;
	question: string;
	/** The tiers that state the concept. */
	tiers: Tier[];
	/** The great answer states it and the mediocre one does not. */
	separatesGreatFromMediocre: boolean;
}

export interface AnalysedQuestion {
	slug: string;
	number: number;
	question: string;
	analysis: QuestionAnalysis;
}

export function conceptUses(questions: readonly AnalysedQuestion[]): Map<string, ConceptUse[]> {
	const uses = new Map<string, ConceptUse[]>();
	for (const { slug, number, question, analysis } of [...questions].sort((a, b) => a.number - b.number)) {
		const tiersOf = new Map<string, Tier[]>();
		for (const tier of TIERS) {
			for (const { conceptId } of analysis.tiers[tier]) tiersOf.set(conceptId, [...(tiersOf.get(conceptId) ?? []), tier]);
		}
		const separators = new Set(analysis.greatVsMediocre.betterOnly);
		for (const [conceptId, tiers] of tiersOf) {
			uses.set(conceptId, [
				...(uses.get(conceptId) ?? []),
				{ slug, number, question, tiers, separatesGreatFromMediocre: separators.has(conceptId) },
			]);
		}
	}
	return uses;
}
