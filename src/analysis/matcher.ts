/**
 * Finds glossary concepts in text, with character offsets.
 *
 * Every label and alias is compiled once into a phrase of token keys, indexed by its first key.
 * A text is then read token by token; at each token only the phrases starting with that token's
 * key are tried. Cost grows with the length of the text, not with the size of the glossary.
 */
import { gapEndsClause, joinsPhrase, tokenize, type Token } from './tokens.ts';

/** A glossary entry as the matcher needs it. */
export interface MatchableConcept {
	id: string;
	label: string;
	aliases: readonly string[];
}

export interface Occurrence {
	conceptId: string;
	start: number;
	end: number;
	/** The mention is negated ("we don't use a token bucket"), so it does not state the concept. */
	negated: boolean;
}

interface Phrase {
	conceptId: string;
	keys: string[];
	/** For a one-word phrase: its length, to tell inflections from derived words. */
	wordLength?: number;
}

/**
 * A one-word phrase has no neighbours to confirm it, and Porter stems join words that differ in
 * meaning ("document" and "documentation", "observed" and "observability"), so one-word matches
 * must also be close in length: "cache" matches "caching", not "cacheability".
 */
const MAX_INFLECTION_LENGTH = 3;

/** Single words of this form are acronyms and match only as written: "CAP" but not "cap". */
const ACRONYM = /^[\p{Lu}\p{N}]{2,5}$/u;

const NEGATIONS = new Set(
	`not no never without cannot can't don't doesn't didn't won't wouldn't isn't aren't wasn't weren't
	shouldn't nor`
		.split(/\s+/)
		.map((word) => word.replace(/'/g, '’')),
);
/** "not just X" and "not only X" state X. */
const NEGATION_RELEASES = new Set(['just', 'only', 'merely', 'simply']);
/** Words that start a new clause, ending the reach of an earlier negation. */
const CLAUSE_WORDS = new Set(['and', 'but', 'since', 'because', 'so', 'while', 'although', 'though', 'then', 'which', 'that', 'where', 'when']);

const caseSensitiveKey = (word: string) => `=${word}`;
const stemKey = (stem: string) => `~${stem}`;

function phraseKeys(phrase: string): string[] {
	const tokens = tokenize(phrase);
	if (tokens.length === 1 && ACRONYM.test(tokens[0]!.exact)) return [caseSensitiveKey(tokens[0]!.exact)];
	return tokens.map((token) => stemKey(token.stem));
}

function normalizedWord(token: Token): string {
	return token.text.toLowerCase().replace(/'/g, '’');
}

export interface ConceptMatcher {
	find(text: string): Occurrence[];
}

export function compileMatcher(concepts: readonly MatchableConcept[]): ConceptMatcher {
	const byFirstKey = new Map<string, Phrase[]>();
	for (const concept of concepts) {
		for (const phrase of [concept.label, ...concept.aliases]) {
			const keys = phraseKeys(phrase);
			if (keys.length === 0) continue;
			const candidates = byFirstKey.get(keys[0]!) ?? [];
			const single = keys.length === 1 && keys[0]!.startsWith('~');
			candidates.push({ conceptId: concept.id, keys, ...(single && { wordLength: phrase.trim().length }) });
			byFirstKey.set(keys[0]!, candidates);
		}
	}

	function matches(text: string, tokens: Token[], start: number, { keys, wordLength }: Phrase): boolean {
		if (start + keys.length > tokens.length) return false;
		if (wordLength !== undefined && Math.abs(tokens[start]!.exact.length - wordLength) > MAX_INFLECTION_LENGTH) return false;
		for (let offset = 0; offset < keys.length; offset++) {
			const token = tokens[start + offset]!;
			const key = keys[offset]!;
			if (key !== stemKey(token.stem) && key !== caseSensitiveKey(token.exact)) return false;
			if (offset > 0 && !joinsPhrase(text, tokens[start + offset - 1]!, token)) return false;
		}
		return true;
	}

	function isNegated(text: string, tokens: Token[], index: number): boolean {
		for (let before = index - 1; before >= 0; before--) {
			const token = tokens[before]!;
			if (gapEndsClause(text, token, tokens[before + 1]!)) return false;
			const word = normalizedWord(token);
			if (CLAUSE_WORDS.has(word)) return false;
			if (NEGATIONS.has(word)) return !NEGATION_RELEASES.has(normalizedWord(tokens[before + 1]!));
			const previous = before > 0 ? normalizedWord(tokens[before - 1]!) : '';
			if ((word === 'than' && previous === 'rather') || (word === 'of' && previous === 'instead')) return true;
		}
		return false;
	}

	return {
		find(text) {
			const tokens = tokenize(text);
			const candidates: { phrase: Phrase; index: number }[] = [];
			tokens.forEach((token, index) => {
				for (const key of [stemKey(token.stem), caseSensitiveKey(token.exact)]) {
					for (const phrase of byFirstKey.get(key) ?? []) {
						if (matches(text, tokens, index, phrase)) candidates.push({ phrase, index });
					}
				}
			});
			// Where phrases overlap the longest wins, wherever it starts: "cache invalidation when the
			// data is updated" is event-based invalidation, not "cache invalidation" plus words.
			candidates.sort((a, b) => b.phrase.keys.length - a.phrase.keys.length || a.index - b.index);
			const taken = new Uint8Array(tokens.length);
			const chosen = candidates.filter(({ phrase, index }) => {
				const end = index + phrase.keys.length;
				if (taken.subarray(index, end).some(Boolean)) return false;
				taken.fill(1, index, end);
				return true;
			});
			return chosen
				.sort((a, b) => a.index - b.index)
				.map(({ phrase, index }) => ({
					conceptId: phrase.conceptId,
					start: tokens[index]!.start,
					end: tokens[index + phrase.keys.length - 1]!.end,
					negated: isNegated(text, tokens, index),
				}));
		},
	};
}
