/** The shape of a question in the JSON API (`/api/questions.json`), documented in the README. */
import type { QuestionAnalysis, StatedConcept } from '../analysis/compare.ts';
import { TIERS, type Tier, type TierTexts } from '../questions/tiers.ts';

export const API_SCHEMA_VERSION = 1;

export interface ApiConcept {
	id: string;
	label: string;
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
	concepts: Record<Tier | 'greatOnly' | 'shared' | 'mediocreOnly' | 'poorToMediocre', ApiConcept[]>;
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
			greatOnly: list(analysis.greatVsMediocre.betterOnly),
			shared: list(analysis.greatVsMediocre.shared),
			mediocreOnly: list(analysis.greatVsMediocre.weakerOnly),
			poorToMediocre: list(analysis.mediocreVsPoor.betterOnly),
		},
	};
}
