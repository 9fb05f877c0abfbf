/** The shape of a question in the JSON API (`/api/questions.json`), documented in the README. */
import type { QuestionAnalysis, StatedConcept, TierComparison } from '../analysis/compare.ts';
import { TIERS, type Tier, type TierTexts } from '../questions/tiers.ts';

export const API_SCHEMA_VERSION = 1;

export interface ApiConcept {
	id: string;
	label: string;
}

/** A concept of a comparison list, with the sentence of each compared answer that states it. */
export interface ApiComparedConcept extends ApiConcept {
	/** Keyed by tier (`great`, `mediocre`, `poor`); a tier that does not state the concept, or states it only by a hint, is absent. */
	evidence: Partial<Record<Tier, string>>;
}

export interface ApiQuestion {
	number: number;
	slug: string;
	title: string;
	url: string;
	/** The address of each tier: the page URL with `#great`, `#mediocre`, `#poor`. */
	tierUrls: TierTexts;
	topics: string[];
	tiers: TierTexts;
	concepts: Record<Tier, ApiConcept[]> & Record<'greatOnly' | 'shared' | 'mediocreOnly' | 'poorToMediocre', ApiComparedConcept[]>;
	/** Terms no glossary concept covers, listed apart from concepts. */
	terms: {
		/** In the great answer and not the mediocre one, most specific first, with the great answer's sentence stating each. */
		greatOnly: { term: string; evidence: { great: string } }[];
	};
}

/** Every question's API record, with URLs made absolute when the site's address is known. */
export function apiQuestions(
	questions: readonly { number: number; slug: string; question: string; topics: string[]; tiers: TierTexts }[],
	analyses: ReadonlyMap<string, QuestionAnalysis>,
	labels: ReadonlyMap<string, string>,
	pageUrl: (slug: string) => string,
): ApiQuestion[] {
	return questions.map((question) => apiQuestion(question, analyses.get(question.slug)!, labels, pageUrl(question.slug)));
}

export function apiQuestion(
	question: { number: number; slug: string; question: string; topics: string[]; tiers: TierTexts },
	analysis: QuestionAnalysis,
	labels: ReadonlyMap<string, string>,
	url: string,
): ApiQuestion {
	const list = (ids: readonly string[]) => ids.map((id) => ({ id, label: labels.get(id) ?? id }));
	const ids = (stated: readonly StatedConcept[]) => stated.map((concept) => concept.conceptId);
	const compared = (ids: readonly string[], comparison: TierComparison, better: Tier, weaker: Tier) =>
		ids.map((id) => {
			const { better: betterSentence, weaker: weakerSentence } = comparison.evidence[id] ?? {};
			return {
				id,
				label: labels.get(id) ?? id,
				evidence: { ...(betterSentence && { [better]: betterSentence }), ...(weakerSentence && { [weaker]: weakerSentence }) },
			};
		});
	const perTier = <T>(value: (tier: Tier) => T) => Object.fromEntries(TIERS.map((tier) => [tier, value(tier)])) as Record<Tier, T>;
	return {
		number: question.number,
		slug: question.slug,
		title: question.question,
		url,
		tierUrls: perTier((tier) => `${url}#${tier}`),
		topics: question.topics,
		tiers: perTier((tier) => question.tiers[tier]),
		concepts: {
			...perTier((tier) => list(ids(analysis.tiers[tier]))),
			greatOnly: compared(analysis.greatVsMediocre.betterOnly, analysis.greatVsMediocre, 'great', 'mediocre'),
			shared: compared(analysis.greatVsMediocre.shared, analysis.greatVsMediocre, 'great', 'mediocre'),
			mediocreOnly: compared(analysis.greatVsMediocre.weakerOnly, analysis.greatVsMediocre, 'great', 'mediocre'),
			poorToMediocre: compared(analysis.mediocreVsPoor.betterOnly, analysis.mediocreVsPoor, 'mediocre', 'poor'),
		},
		terms: { greatOnly: (analysis.greatOnlyTerms ?? []).map(({ text, evidence }) => ({ term: text, evidence: { great: evidence } })) },
	};
}
