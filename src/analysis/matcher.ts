/**
 * Finds glossary concepts in text, with character offsets.
 *
 * Every label and alias is compiled once into a phrase of token keys, indexed by its first key.
 * A text is then read token by token; at each token only the phrases starting with that token's
 * key are tried, and the longest one that matches wins. Cost grows with the length of the text,
 * not with the size of the glossary.
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
}

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
			candidates.push({ conceptId: concept.id, keys });
			byFirstKey.set(keys[0]!, candidates);
		}
	}

	function matchLength(text: string, tokens: Token[], start: number, keys: string[]): boolean {
		if (start + keys.length > tokens.length) return false;
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
			const occurrences: Occurrence[] = [];
			let index = 0;
			while (index < tokens.length) {
				const token = tokens[index]!;
				let best: Phrase | undefined;
				for (const key of [stemKey(token.stem), caseSensitiveKey(token.exact)]) {
					for (const phrase of byFirstKey.get(key) ?? []) {
						if ((!best || phrase.keys.length > best.keys.length) && matchLength(text, tokens, index, phrase.keys)) {
							best = phrase;
						}
					}
				}
				if (!best) {
					index += 1;
					continue;
				}
				const last = tokens[index + best.keys.length - 1]!;
				occurrences.push({
					conceptId: best.conceptId,
					start: token.start,
					end: last.end,
					negated: isNegated(text, tokens, index),
				});
				index += best.keys.length;
			}
			return occurrences;
		},
	};
}

