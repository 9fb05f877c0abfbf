/**
 * Measures the concept comparison against a hand-labelled set: for each question, the concepts a
 * reader says separate the great answer from the mediocre one, those both answers state, and the
 * separating terms no glossary concept covers.
 */
import { broaderConcepts } from './glossary.ts';
import { tokenize } from './tokens.ts';

export interface QuestionLabels {
	/** Concepts the great answer states and the mediocre one does not. */
	separators: string[];
	/** Concepts both answers state, in the same or other words. */
	shared: string[];
	/** Separators a reader names that no glossary concept covers, as written ("presigned URL"). */
	terms?: string[] | undefined;
}

/** What the site lists as great-only for one question. */
export interface Listed {
	/** Glossary concept ids. */
	concepts: readonly string[];
	/** Open-vocabulary terms, as shown. */
	terms: readonly string[];
	/**
	 * How the great answer names each listed concept, as written: the words its chip links to and
	 * its highlight marks ("percentage rollouts" for Progressive delivery).
	 */
	mentions?: ReadonlyMap<string, readonly string[]> | undefined;
}

export interface QuestionScore {
	number: number;
	/** Labelled separators (concept ids and terms) the site lists as great-only. */
	found: string[];
	/** Labelled separators the site misses. */
	missed: string[];
	/** Labelled as stated by both, yet listed as great-only. */
	falseSeparators: string[];
	/** Listed as great-only but not labelled either way: what a reader did not call useful. */
	unlabelled: string[];
	/** How many items the site lists as great-only. */
	listed: number;
}

export interface Evaluation {
	questions: QuestionScore[];
	/** Share of labelled separators found, concepts and terms, 0–1. */
	recall: number;
	/** Share of labelled glossary separators found, 0–1. */
	conceptRecall: number;
	falseSeparators: number;
	/** Listed great-only items over labelled separators. */
	listedOverLabelled: number;
	/** Share of listed items that are labelled separators, 0–1: every unlabelled item counts as noise. */
	precision: number;
}

const stems = (text: string) => tokenize(text).map((token) => token.stem);

/** Whether the words `whole` holds every one of the words `part`, by stem. */
function holdsWords(whole: readonly string[], part: readonly string[]): boolean {
	const held = new Set(whole);
	return part.length > 0 && part.every((stem) => held.has(stem));
}

/**
 * A listed term names a labelled one when the words of one contain the words of the other, by
 * stem: "presigned upload URL" names "presigned URL"; "heap snapshots" names "heap snapshot".
 */
export function termNames(listed: string, labelled: string): boolean {
	const [a, b] = [stems(listed), stems(labelled)];
	return a.length <= b.length ? holdsWords(b, a) : holdsWords(a, b);
}

/** A highlighted mention shows a labelled term when it holds every word of it, by stem: "surrogate keys" shows "surrogate keys", "canary" does not show "canary test". */
function showsTerm(mention: string, labelled: string): boolean {
	return holdsWords(stems(mention), stems(labelled));
}

/**
 * A labelled separator is found when it is listed or a refinement of it is: the site lists a
 * refinement instead of its broader concept ("Encryption at rest", not also "Encryption"). A
 * labelled term is found when a listed term names it, or a listed concept's label does (the
 * reader sees the chip "Data reconciliation" for the term "reconciliation"), or the words that
 * concept's chip links to and highlights in the great answer hold the whole term (the chip
 * "Progressive delivery" marks "percentage rollouts").
 */
export function evaluate(
	labels: ReadonlyMap<number, QuestionLabels>,
	predicted: ReadonlyMap<number, Listed>,
	refines: ReadonlyMap<string, string | undefined> = new Map(),
	conceptLabels: ReadonlyMap<string, string> = new Map(),
): Evaluation {
	const questions: QuestionScore[] = [];
	let labelledConcepts = 0;
	let foundConcepts = 0;
	let useful = 0;
	for (const [number, { separators, shared, terms = [] }] of [...labels].sort(([a], [b]) => a - b)) {
		const listed = predicted.get(number) ?? { concepts: [], terms: [] };
		const concepts = new Set(listed.concepts);
		const represented = new Set([...concepts].flatMap((id) => [id, ...broaderConcepts(id, refines)]));
		const labelled = new Set([...separators, ...shared]);
		const separatorIds = new Set(separators);
		const mentionsOf = (id: string) => listed.mentions?.get(id) ?? [];
		const namesTerm = (id: string) => terms.some((term) => termNames(conceptLabels.get(id) ?? id, term) || mentionsOf(id).some((mention) => showsTerm(mention, term)));
		const usefulConcepts = [...concepts].filter(
			(id) => [id, ...broaderConcepts(id, refines)].some((each) => separatorIds.has(each)) || (!labelled.has(id) && namesTerm(id)),
		);
		const unlabelledConcepts = [...concepts].filter((id) => !labelled.has(id));
		const shownNames = [...listed.terms, ...unlabelledConcepts.map((id) => conceptLabels.get(id) ?? id)];
		const highlighted = unlabelledConcepts.flatMap(mentionsOf);
		const foundTerms = terms.filter((term) => shownNames.some((shown) => termNames(shown, term)) || highlighted.some((mention) => showsTerm(mention, term)));
		const usefulTerms = listed.terms.filter((shown) => terms.some((term) => termNames(shown, term)));
		const foundIds = separators.filter((id) => represented.has(id));
		labelledConcepts += separators.length;
		foundConcepts += foundIds.length;
		useful += usefulConcepts.length + usefulTerms.length;
		questions.push({
			number,
			found: [...foundIds, ...foundTerms],
			missed: [...separators.filter((id) => !represented.has(id)), ...terms.filter((term) => !foundTerms.includes(term))],
			falseSeparators: shared.filter((id) => concepts.has(id)),
			unlabelled: [...[...concepts].filter((id) => !labelled.has(id) && !usefulConcepts.includes(id)), ...listed.terms.filter((shown) => !usefulTerms.includes(shown))],
			listed: concepts.size + listed.terms.length,
		});
	}
	const sum = (count: (score: QuestionScore) => number) => questions.reduce((total, score) => total + count(score), 0);
	const labelledSeparators = sum((score) => score.found.length + score.missed.length);
	const listed = sum((score) => score.listed);
	return {
		questions,
		recall: labelledSeparators === 0 ? 1 : sum((score) => score.found.length) / labelledSeparators,
		conceptRecall: labelledConcepts === 0 ? 1 : foundConcepts / labelledConcepts,
		falseSeparators: sum((score) => score.falseSeparators.length),
		listedOverLabelled: labelledSeparators === 0 ? 0 : listed / labelledSeparators,
		precision: listed === 0 ? 1 : useful / listed,
	};
}
