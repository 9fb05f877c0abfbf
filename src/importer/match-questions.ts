/**
 * Finds, for each question of a re-imported document, the file it was imported into before.
 *
 * Documents get renumbered (a question removed, two swapped), so the text decides first: an exact
 * match once quotes, dashes, case and whitespace are normalised; then a close match (a typo fixed,
 * a word added); the document's number only for what is left. A question that kept its number but
 * whose text changed a lot is reported as such, never silently updated with another question's text.
 */
import { distance } from 'fastest-levenshtein';

/** Questions at least this similar (1 − edit distance / length) are the same question reworded. */
export const SAME_QUESTION_SIMILARITY = 0.85;

/** Text as compared: curly quotes straight, dashes one kind, whitespace single, lower case. */
export function normalizeForMatching(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[‘’‚‛′`]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‐‑‒–—―−]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

export function similarity(a: string, b: string): number {
	const longest = Math.max(a.length, b.length);
	return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

export interface MatchCandidate {
	/** The question text the file holds. */
	question: string;
	/** The number the document gave it at the last import. */
	position: number;
}

export interface QuestionMatch {
	/** Index of the matched candidate. */
	candidate: number;
	/** How it was found; `number` means the text changed a lot at the same number. */
	by: 'text' | 'similar-text' | 'number';
}

/** Matches incoming questions to candidates, each candidate at most once. */
export function matchQuestions(
	incoming: readonly { question: string; position: number }[],
	candidates: readonly MatchCandidate[],
): (QuestionMatch | undefined)[] {
	const matches: (QuestionMatch | undefined)[] = incoming.map(() => undefined);
	const taken = new Set<number>();
	const normalizedCandidates = candidates.map((candidate) => normalizeForMatching(candidate.question));
	const normalizedIncoming = incoming.map((question) => normalizeForMatching(question.question));

	const byText = new Map<string, number[]>();
	normalizedCandidates.forEach((text, index) => byText.set(text, [...(byText.get(text) ?? []), index]));
	incoming.forEach((question, index) => {
		const same = (byText.get(normalizedIncoming[index]!) ?? []).filter((candidate) => !taken.has(candidate));
		// Two files with the same text: the one at the same number first.
		const chosen = same.find((candidate) => candidates[candidate]!.position === question.position) ?? same[0];
		if (chosen === undefined) return;
		taken.add(chosen);
		matches[index] = { candidate: chosen, by: 'text' };
	});

	incoming.forEach((question, index) => {
		if (matches[index]) return;
		let best: { candidate: number; score: number } | undefined;
		normalizedCandidates.forEach((text, candidate) => {
			if (taken.has(candidate)) return;
			const score = similarity(normalizedIncoming[index]!, text) + (candidates[candidate]!.position === question.position ? 0.01 : 0);
			if (score >= SAME_QUESTION_SIMILARITY && (!best || score > best.score)) best = { candidate, score };
		});
		if (!best) return;
		taken.add(best.candidate);
		matches[index] = { candidate: best.candidate, by: 'similar-text' };
	});

	incoming.forEach((question, index) => {
		if (matches[index]) return;
		const candidate = candidates.findIndex((entry, at) => !taken.has(at) && entry.position === question.position);
		if (candidate === -1) return;
		taken.add(candidate);
		matches[index] = { candidate, by: 'number' };
	});
	return matches;
}
