/**
 * Splits text into word tokens with their character offsets and the keys the matcher compares.
 *
 * A token is a run of letters and digits, kept whole across inner dots, apostrophes and underscores
 * ("OAuth 2.0", "Node.js", "don't", "pg_stat_statements") so that version numbers, contractions and
 * identifiers from code stay one word. An identifier names one setting or view: split, its pieces
 * would state concepts it does not ("lock_timeout" is not a timeout policy, "expired_token" no
 * TTL), and a glossary alias written with underscores could never match, as a phrase's words may
 * not be joined by "_".
 * Each token has a case-insensitive key, its Porter stem ("limits", "limiting" → "limit"), and a
 * case-sensitive key for acronyms ("CAP" is not "cap"; "JWTs" is "JWT").
 */
import { stemmer } from 'stemmer';
import { memoizeByWord } from '../lib/memoize.ts';

export interface Token {
	/** The token as written. */
	text: string;
	start: number;
	end: number;
	/** Lower-case stem, for case-insensitive comparison. */
	stem: string;
	/** The token as written without a plural or possessive "s", for acronyms. */
	exact: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:[._'’][\p{L}\p{N}]+)*[+#]*/gu;
const POSSESSIVE = /['’]s$/i;
const ACRONYM_PLURAL = /^([\p{Lu}\p{N}]{2,})s$/u;

/** Memoised: a guide's vocabulary is small and repeats, and stemming dominates tokenizing. */
const stemWord = memoizeByWord((word) => stemmer(word.toLowerCase().replace(POSSESSIVE, '').replace(/’/g, "'")));

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(TOKEN)) {
		const word = match[0];
		const bare = word.replace(POSSESSIVE, '');
		tokens.push({
			text: word,
			start: match.index,
			end: match.index + word.length,
			stem: stemWord(word),
			exact: ACRONYM_PLURAL.exec(bare)?.[1] ?? bare,
		});
	}
	return tokens;
}

/** Between two words of one phrase only spaces, hyphens and slashes may stand: "rate-limiting", "CI/CD". */
const PHRASE_GAP = /^[ \t\u00a0]*[-‐‑/]?[ \t\u00a0]*$/;

/** A list's last comma, before its conjunction: "pagination, filtering, and sorting" still says "filtering and sorting". */
const SERIAL_COMMA = /^,[ \t\u00a0]+$/;
const CONJUNCTION = /^(?:and|or)$/i;

export function joinsPhrase(text: string, previous: Token, next: Token): boolean {
	const gap = text.slice(previous.end, next.start);
	return PHRASE_GAP.test(gap) || (CONJUNCTION.test(next.text) && SERIAL_COMMA.test(gap));
}

/** Punctuation that ends a clause, for telling what a negation covers. */
const CLAUSE_PUNCTUATION = /[.,;:!?()[\]{}"“”—–]/;

export function gapEndsClause(text: string, previous: Token, next: Token): boolean {
	return CLAUSE_PUNCTUATION.test(text.slice(previous.end, next.start));
}
