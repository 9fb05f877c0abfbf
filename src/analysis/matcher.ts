/**
 * Finds glossary concepts in text, with character offsets.
 *
 * Every label and alias is compiled once into a phrase of token keys, indexed by its first key.
 * A text is then read token by token; at each token only the phrases starting with that token's
 * key are tried. Cost grows with the length of the text, not with the size of the glossary.
 *
 * A phrase of several words also matches across one inserted content word ("exponential jittered
 * backoff", "asynchronous multi-master replication") and one short parenthetical ("token (leaky)
 * bucket"), never across punctuation that ends a clause or a function word ("rate and limiting" is
 * not rate limiting), except a modifier coordinated with its own ("synchronous or asynchronous
 * replication"); a two-word phrase also matches said as a predicate ("the consumers are
 * idempotent"). A function word in a phrase matches only itself, never a content word Porter stems
 * alike ("one" is not "on").
 */
import { eng as FUNCTION_WORDS } from 'stopword';
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
	/** The phrase matched across an inserted word or parenthetical, not word for word. */
	loose?: boolean | undefined;
	/** The mention is negated ("we don't use a token bucket"), so it does not state the concept. */
	negated: boolean;
}

interface Phrase {
	conceptId: string;
	keys: string[];
	/** For a one-word phrase: its length, to tell inflections from derived words. */
	wordLength?: number;
	/** A one-word name spelled with inner capitals ("RESTful", "DataLoader"): it matches only its own inflections. */
	coined?: boolean;
	/** Each word without its inflection, for loose matches (see sameWord). */
	bases: string[];
	/** Each word in lower case, to hold function words to their own spelling (see sameFunctionWord). */
	words: string[];
	/** The offsets of words a hyphen joins to a particle after them ("read" in "read-through"), see verbAndParticle. */
	particleCompounds?: number[];
	/** The phrase's last word is a particle ("times out"), see verbAndParticle. */
	endsInParticle?: boolean;
}

/** A word without a plural, past or -ing ending: "retries" → "retry", "tested" → "test". */
function inflectionBase(word: string): string {
	const lower = word.toLowerCase().replace(/['’]s$/, '');
	if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
	return lower.replace(/(?:es|s|ed|ing)$/, '');
}

/**
 * Two words alike but for inflection. A loose match needs it beyond a shared stem, since Porter
 * stems also join derived words ("integrity" and "integration"), and the gap a loose match spans
 * leaves fewer words to confirm it.
 */
function sameWord(base: string, token: Token): boolean {
	const other = inflectionBase(token.exact);
	return other.startsWith(base) || base.startsWith(other) ? Math.abs(other.length - base.length) <= 1 : false;
}

/** Whether `word` is `base` or `base` inflected: "takes", "taking" and "taken" for "take", "retries" for "retry". */
function inflects(base: string, word: string): boolean {
	if (word === base || inflectionBase(word) === inflectionBase(base)) return true;
	const root = base.replace(/e$/, '');
	return word.startsWith(root) && /^(?:e?s|e?d|e?n|ing)$/.test(word.slice(root.length));
}

/**
 * Where a phrase word or a token is a function word, the two must be one word, inflections aside.
 * Porter stems some function words to the stem of a content word ("one" and "on" to "on",
 * "several" and "severity" to "sever", "likely" and "like" to "like"), and a function word carries
 * no meaning of its own to confirm the match: "one GPU call" is not on-call.
 */
function sameFunctionWord(word: string, token: Token): boolean {
	const written = normalizedWord(token);
	if (!FUNCTION_WORD.has(word) && !FUNCTION_WORD.has(written)) return true;
	return inflects(word, written) || inflects(written, word);
}

/** A phrase's word at `index` is a particle: a function word after a content word ("out" in "times out"). */
function isParticle(words: readonly string[], index: number): boolean {
	return index > 0 && FUNCTION_WORD.has(words[index]!) && !FUNCTION_WORD.has(words[index - 1]!);
}

/**
 * A one-word phrase has no neighbours to confirm it, and Porter stems join words that differ in
 * meaning ("document" and "documentation", "observed" and "observability"), so one-word matches
 * must also be close in length: "cache" matches "caching", not "cacheability".
 */
const MAX_INFLECTION_LENGTH = 3;
/**
 * A capital inside a word marks a coined name, whose Porter stem may be an everyday word of another
 * meaning: "RESTful" stems to "rest", as in "the rest" and "at rest".
 */
const COINED = /^.+\p{Lu}/u;

/** A word with a capital and then lower case, as names are written; not the all-capitals of code ("CREATE INDEX CONCURRENTLY"). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** What ends a sentence, after which a capital says nothing. */
const SENTENCE_END = /[.!?:;\n]/;

/** Whether `tokens[index]` is capitalised where its place in the sentence does not explain it. */
function capitalisedMidSentence(text: string, tokens: readonly Token[], index: number): boolean {
	const token = tokens[index]!;
	return CAPITALISED.test(token.text) && index > 0 && !SENTENCE_END.test(text.slice(tokens[index - 1]!.end, token.start));
}

/**
 * Whether `tokens[index]` is a word of a name of several capitalised words ("Let's Encrypt",
 * "Cloud Run"): capitalised mid-sentence, beside another capitalised word with only a space
 * between. Such a word belongs to the name, so a one-word concept matches it only as its own word
 * or an inflection: a product that happens to hold a word derived from the concept's ("Encrypt"
 * in "Let's Encrypt" for Encryption) is not the concept.
 */
function insideName(text: string, tokens: readonly Token[], index: number): boolean {
	if (!capitalisedMidSentence(text, tokens, index)) return false;
	const spaced = (before: number) => /^[ \t\u00a0]+$/.test(text.slice(tokens[before]!.end, tokens[before + 1]!.start));
	const previous = index > 0 && spaced(index - 1) && CAPITALISED.test(tokens[index - 1]!.text);
	const next = index + 1 < tokens.length && spaced(index) && CAPITALISED.test(tokens[index + 1]!.text);
	return previous || next;
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

/** A parenthetical inside a phrase holds at most this many words: "(leaky)", "(or sliding-window)". */
const MAX_PARENTHETICAL_WORDS = 4;
const OPENS_PARENTHETICAL = /^[ \t\u00a0]*\($/;
const CLOSES_PARENTHETICAL = /^\)[ \t\u00a0]*$/;
/** Inside a parenthetical: spaces, hyphens, slashes, and the dots and commas of "e.g., Redis". */
const INSIDE_PARENTHETICAL = /^[ \t\u00a0.,]*[-‐‑/]?[ \t\u00a0]*$/;
/** Function words, and the quantifiers and degree words stopword's short list lacks ("log enough context"). */
const FUNCTION_WORD = new Set([...FUNCTION_WORDS, ...'enough every few several less least own just even already always often really quite rather almost'.split(' ')]);
/** An adverb qualifies a verb or adjective and never stands inside a compound name ("log properly context"). */
const ADVERB = /ly$/;

/** What joins the parts of a hyphenated compound, which stands in a phrase as one word. */
const HYPHEN = /^[-‐‑]$/;
/** Conjunctions that join two modifiers of one noun. */
const COORDINATORS = new Set(['and', 'or']);
/** Forms of "be" that join a noun to what is said of it: "the consumers are idempotent". */
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const MAX_COPULA_LENGTH = 5;
/** At most this many words between the noun and its predicate: "consumers would be designed to be idempotent". */
const MAX_PREDICATE_GAP = 5;

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

/**
 * The token indexes of a match, and those it claims from other phrases: all of them, or for a
 * coordinated modifier ("synchronous or asynchronous replication") those before the conjunction,
 * since the noun is shared with the other modifier's phrase.
 */
interface Match {
	tokens: number[];
	claims: number[];
}

export interface ConceptMatcher {
	find(text: string): Occurrence[];
}

/** The phrases that start with one key: one-word ones, and longer ones by their second key. */
interface PhraseGroup {
	single: Phrase[];
	bySecondKey: Map<string, Phrase[]>;
}

export function compileMatcher(concepts: readonly MatchableConcept[]): ConceptMatcher {
	const byFirstKey = new Map<string, PhraseGroup>();
	/** Two-word phrases by their second key, for the predicate form ("the cache is distributed"). */
	const bySecondKey = new Map<string, Phrase[]>();
	for (const concept of concepts) {
		for (const phrase of [concept.label, ...concept.aliases]) {
			const keys = phraseKeys(phrase);
			if (keys.length === 0) continue;
			const group = byFirstKey.get(keys[0]!) ?? { single: [], bySecondKey: new Map<string, Phrase[]>() };
			const single = keys.length === 1 && keys[0]!.startsWith('~');
			const phraseTokens = tokenize(phrase);
			const bases = phraseTokens.map((token) => inflectionBase(token.exact));
			const words = phraseTokens.map(normalizedWord);
			const coined = single && COINED.test(phrase.trim());
			const particleCompounds = phraseTokens.flatMap((token, index) => {
				const next = phraseTokens[index + 1];
				return next && HYPHEN.test(phrase.slice(token.end, next.start)) && isParticle(words, index + 1) ? [index] : [];
			});
			const endsInParticle = isParticle(words, words.length - 1);
			const compiled: Phrase = {
				conceptId: concept.id,
				keys,
				bases,
				words,
				...(single && { wordLength: phrase.trim().length }),
				...(coined && { coined }),
				...(particleCompounds.length > 0 && { particleCompounds }),
				...(endsInParticle && { endsInParticle }),
			};
			if (keys.length === 1) group.single.push(compiled);
			else group.bySecondKey.set(keys[1]!, [...(group.bySecondKey.get(keys[1]!) ?? []), compiled]);
			byFirstKey.set(keys[0]!, group);
			if (keys.length === 2) bySecondKey.set(keys[1]!, [...(bySecondKey.get(keys[1]!) ?? []), compiled]);
		}
	}

	/** Whether a token has a key, without building key strings: this runs for every candidate phrase. */
	const keyMatches = (token: Token, key: string) => {
		const word = key.startsWith('~') ? token.stem : token.exact;
		return key.length === word.length + 1 && key.endsWith(word) && (key.startsWith('~') || key.startsWith('='));
	};

	/**
	 * Whether a match of a phrase with a particle reads as a verb and a preposition instead. A
	 * compound written with a hyphen ("read-through", "Retry-After") is a noun or a modifier, which
	 * English never inflects on its first part (the plural of "fan-out" is "fan-outs"): spaced, with
	 * that part inflected ("reads through dead rows", "retries after a second"), it is the verb and
	 * what follows it. And a particle followed by "of" heads a compound preposition ("nine times
	 * out of ten", "ahead of"), never a verb's particle. The glossary lists a verb form as an alias
	 * of its own where the verb names the concept ("times out", "fan out to subscribers").
	 */
	function verbAndParticle(text: string, tokens: Token[], matched: readonly number[], { words, particleCompounds, endsInParticle }: Phrase): boolean {
		for (const offset of particleCompounds ?? []) {
			const verb = tokens[matched[offset]!]!;
			const word = normalizedWord(verb);
			if (word !== words[offset] && inflects(words[offset]!, word) && !HYPHEN.test(text.slice(verb.end, tokens[matched[offset + 1]!]!.start).trim())) return true;
		}
		const last = matched.at(-1)!;
		const after = tokens[last + 1];
		return endsInParticle === true && after !== undefined && normalizedWord(after) === 'of' && joinsPhrase(text, tokens[last]!, after);
	}

	/** An inserted word that may stand inside a phrase: a content word, not "and", "the" or "not". */
	const insertable = (token: Token) => {
		const word = normalizedWord(token);
		return !FUNCTION_WORD.has(word) && !NEGATIONS.has(word) && !CLAUSE_WORDS.has(word) && !ADVERB.test(word);
	};

	/** The last token of the hyphenated compound `tokens[index]` starts ("multi-master"), one word however many parts it has. */
	function hyphenatedEnd(text: string, tokens: Token[], index: number): number {
		let last = index;
		while (last + 1 < tokens.length && HYPHEN.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start)) && insertable(tokens[last + 1]!)) last++;
		return last;
	}

	/** After a parenthetical opening behind `tokens[index]`: the index of the first token past its close, or -1. */
	function pastParenthetical(text: string, tokens: Token[], index: number): number {
		if (!OPENS_PARENTHETICAL.test(text.slice(tokens[index]!.end, tokens[index + 1]?.start))) return -1;
		for (let last = index + 1; last <= index + MAX_PARENTHETICAL_WORDS && last + 1 < tokens.length; last++) {
			const gap = text.slice(tokens[last]!.end, tokens[last + 1]!.start);
			if (CLOSES_PARENTHETICAL.test(gap)) return last + 1;
			if (!INSIDE_PARENTHETICAL.test(gap)) return -1;
		}
		return -1;
	}

	/** The tokens of a word-for-word match at `start`, or undefined: the common case, kept to a plain loop. */
	function exactTokens(text: string, tokens: Token[], start: number, phrase: Phrase): Match | undefined {
		const { keys, wordLength, coined, bases, words } = phrase;
		if (start + keys.length > tokens.length) return undefined;
		if (wordLength !== undefined && Math.abs(tokens[start]!.exact.length - wordLength) > MAX_INFLECTION_LENGTH) return undefined;
		if ((coined || (wordLength !== undefined && insideName(text, tokens, start))) && !sameWord(bases[0]!, tokens[start]!)) return undefined;
		for (let offset = 0; offset < keys.length; offset++) {
			const token = tokens[start + offset]!;
			if (!keyMatches(token, keys[offset]!) || !sameFunctionWord(words[offset]!, token)) return undefined;
			if (offset > 0 && !joinsPhrase(text, tokens[start + offset - 1]!, token)) return undefined;
		}
		const matched = Array.from({ length: keys.length }, (_, offset) => start + offset);
		return verbAndParticle(text, tokens, matched, phrase) ? undefined : { tokens: matched, claims: matched };
	}

	/**
	 * The indexes of the tokens that match the phrase's words across at most one inserted word (or
	 * coordinated modifier) and one parenthetical, which it leaves unclaimed; or undefined.
	 */
	function looseTokens(text: string, tokens: Token[], start: number, phrase: Phrase): Match | undefined {
		const { keys, bases, words } = phrase;
		if (!keyMatches(tokens[start]!, keys[0]!)) return undefined;
		// Backtracking search; `matched` grows and shrinks in place, as this runs for every candidate phrase.
		const matched = [start];
		let shared: number | undefined;
		const step = (previous: number, inserted: boolean, parenthetical: boolean): boolean => {
			if (matched.length === keys.length) return true;
			const key = keys[matched.length]!;
			const next = previous + 1;
			const token = tokens[next];
			if (!token) return false;
			const joins = joinsPhrase(text, tokens[previous]!, token);
			if (joins && keyMatches(token, key)) {
				matched.push(next);
				if (step(next, inserted, parenthetical)) return true;
				matched.pop();
			}
			// An inserted modifier ("exponential jittered backoff", "asynchronous multi-master
			// replication") stacks on the phrase's own, and a modifier coordinated with it
			// ("synchronous or asynchronous replication", "unit and integration tests") is joined to
			// it: either way the two share the noun, so the phrase claims only its words before it.
			const before = matched.length;
			if (!inserted && joins && insertable(token)) {
				if (step(hyphenatedEnd(text, tokens, next), true, parenthetical)) {
					shared = before;
					return true;
				}
			}
			const other = tokens[next + 1];
			if (!inserted && joins && COORDINATORS.has(normalizedWord(token)) && other && joinsPhrase(text, token, other) && insertable(other)) {
				if (step(next + 1, true, parenthetical)) {
					shared = before;
					return true;
				}
			}
			if (!parenthetical) {
				const after = pastParenthetical(text, tokens, previous);
				if (after >= 0 && after < tokens.length && keyMatches(tokens[after]!, key)) {
					matched.push(after);
					if (step(after, inserted, true)) return true;
					matched.pop();
				}
			}
			return false;
		};
		if (!step(start, false, false)) return undefined;
		if (matched.some((index, offset) => bases[offset] !== undefined && (!sameWord(bases[offset]!, tokens[index]!) || !sameFunctionWord(words[offset]!, tokens[index]!)))) return undefined;
		if (verbAndParticle(text, tokens, matched, phrase)) return undefined;
		return { tokens: matched, claims: shared === undefined ? matched : matched.slice(0, shared) };
	}

	/**
	 * A two-word phrase said as a predicate: its second word, then a form of "be", then its first,
	 * in one clause ("the consumers would be designed to be idempotent" for "idempotent consumer").
	 * The indexes of the two tokens, or undefined.
	 */
	function predicateTokens(text: string, tokens: Token[], start: number, { keys, bases, words }: Phrase): Match | undefined {
		let copula = false;
		for (let index = start + 1; index <= start + MAX_PREDICATE_GAP + 1 && index < tokens.length; index++) {
			const token = tokens[index]!;
			if (gapEndsClause(text, tokens[index - 1]!, token)) return undefined;
			if (copula && keyMatches(token, keys[0]!)) {
				const alike = sameWord(bases[0]!, token) && sameWord(bases[1]!, tokens[start]!) && sameFunctionWord(words[0]!, token) && sameFunctionWord(words[1]!, tokens[start]!);
				return alike ? { tokens: [start, index], claims: [start, index] } : undefined;
			}
			const word = normalizedWord(token);
			if (NEGATIONS.has(word) || CLAUSE_WORDS.has(word)) return undefined;
			copula ||= COPULA.has(word);
		}
		return undefined;
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
			const candidates: { phrase: Phrase; match: Match; loose: boolean }[] = [];
			// Tokens a form of "be" follows within the predicate gap, in one clause: the only starts
			// of a predicate, found in one pass so the per-phrase search runs only there.
			const beforeCopula = new Uint8Array(tokens.length);
			const parenthesisAfter = new Uint8Array(tokens.length);
			const tokenKeys = tokens.map((token) => [stemKey(token.stem), caseSensitiveKey(token.exact)] as const);
			if (text.includes('(')) {
				tokens.forEach((token, index) => {
					if (index + 1 < tokens.length && text.slice(token.end, tokens[index + 1]!.start).includes('(')) parenthesisAfter[index] = 1;
				});
			}
			tokens.forEach((token, index) => {
				if (token.text.length > MAX_COPULA_LENGTH || !COPULA.has(token.text.toLowerCase())) return;
				for (let before = index - 1; before >= 0 && before >= index - MAX_PREDICATE_GAP; before--) {
					if (gapEndsClause(text, tokens[before]!, tokens[before + 1]!)) break;
					beforeCopula[before] = 1;
				}
			});
			tokenKeys.forEach((keys, index) => {
				for (const key of keys) {
					const group = byFirstKey.get(key);
					if (group) {
						for (const phrase of group.single) {
							const match = exactTokens(text, tokens, index, phrase);
							if (match) candidates.push({ phrase, match, loose: false });
						}
						// Word for word: only the phrases whose second key is the next token's.
						let exactHits: Phrase[] | undefined;
						for (const nextKey of tokenKeys[index + 1] ?? []) {
							for (const phrase of group.bySecondKey.get(nextKey) ?? []) {
								const match = exactTokens(text, tokens, index, phrase);
								if (match) candidates.push({ phrase, match, loose: false }), (exactHits ??= []).push(phrase);
							}
						}
						// Loosely: the phrases whose second key is one of the next three tokens' (past an
						// inserted or coordinated word), or any after a parenthetical.
						const looseCandidates: Phrase[] = [];
						if (parenthesisAfter[index] || parenthesisAfter[index + 1]) {
							for (const phrases of group.bySecondKey.values()) looseCandidates.push(...phrases);
						} else {
							for (let next = index + 1; next <= index + 3 && next < tokens.length; next++) {
								for (const nextKey of tokenKeys[next]!) looseCandidates.push(...(group.bySecondKey.get(nextKey) ?? []));
							}
						}
						looseCandidates.forEach((phrase, position) => {
							if (exactHits?.includes(phrase) || looseCandidates.indexOf(phrase) < position) return;
							const match = looseTokens(text, tokens, index, phrase);
							if (match) candidates.push({ phrase, match, loose: true });
						});
					}
					for (const phrase of beforeCopula[index] ? (bySecondKey.get(key) ?? []) : []) {
						const match = predicateTokens(text, tokens, index, phrase);
						if (match) candidates.push({ phrase, match, loose: true });
					}
				}
			});
			// Where phrases overlap the longest wins, wherever it starts: "cache invalidation when the
			// data is updated" is event-based invalidation, not "cache invalidation" plus words, and
			// "consumers … are idempotent" an idempotent consumer, not idempotency. Among phrases of
			// one length a word-for-word match wins: "error budget burn rate" is an error budget, not a
			// loose "error rate". A loose match claims only its own words before the inserted one,
			// so the inserted word and the noun can name a concept of their own ("jittered" in
			// "exponential jittered backoff", "multi-master replication" in "asynchronous
			// multi-master replication").
			candidates.sort((a, b) => b.phrase.keys.length - a.phrase.keys.length || Number(a.loose) - Number(b.loose) || a.match.tokens[0]! - b.match.tokens[0]!);
			const taken = new Uint8Array(tokens.length);
			const chosen = candidates.filter(({ match }) => {
				if (match.claims.some((index) => taken[index])) return false;
				for (const index of match.claims) taken[index] = 1;
				return true;
			});
			return chosen
				.map(({ phrase, match, loose }) => ({ phrase, matched: match.tokens, loose }))
				.sort((a, b) => a.matched[0]! - b.matched[0]!)
				.map(({ phrase, matched, loose }) => ({
					conceptId: phrase.conceptId,
					start: tokens[matched[0]!]!.start,
					end: tokens[matched.at(-1)!]!.end,
					negated: isNegated(text, tokens, matched[0]!),
					...(loose && { loose: true }),
				}));
		},
	};
}
