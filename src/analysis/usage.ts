/** Where each concept is used across the guide, for concept pages and the concept index. */
import type { QuestionAnalysis } from './compare.ts';
import { mentionTarget } from './highlight.ts';
import { TIERS, type Tier } from '../questions/tiers.ts';

export interface ConceptUse {
	slug: string;
	number: number;
	question: string;
	/** The tiers that state the concept. */
	tiers: Tier[];
	/** The great answer states it and the mediocre one does not. */
	separatesGreatFromMediocre: boolean;
	/** The id of the first place on the question page that shows it: a mention, or its tier. */
	anchor: string;
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
		const anchors = new Map<string, string>();
		for (const tier of TIERS) {
			for (const concept of analysis.tiers[tier]) {
				tiersOf.set(concept.conceptId, [...(tiersOf.get(concept.conceptId) ?? []), tier]);
				if (!anchors.has(concept.conceptId)) anchors.set(concept.conceptId, mentionTarget(tier, concept));
			}
		}
		const separators = new Set(analysis.greatVsMediocre.betterOnly);
		for (const [conceptId, tiers] of tiersOf) {
			uses.set(conceptId, [
				...(uses.get(conceptId) ?? []),
				{ slug, number, question, tiers, separatesGreatFromMediocre: separators.has(conceptId), anchor: anchors.get(conceptId)! },
			]);
		}
	}
	return uses;
}
