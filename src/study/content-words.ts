/**
 * The content words of a text, as stems, for comparing a reader's wording with a great answer's:
 * function words ("the", "with") and the verbs every answer leans on ("use", "implement") carry
 * no idea of their own and are left out.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { tokenize } from '../analysis/tokens.ts';
import { memoizeByWord } from '../lib/memoize.ts';

export interface ContentWord {
	stem: string;
	start: number;
	end: number;
}

/** Words that appear in answers to any question, so they cannot tell one idea from another. */
const ANSWER_FILLER = `i'd i'm we'd we're it's let's that's use used using uses implement implemented implementing ensure make
makes made add added adding put keep kept go goes going get gets set also just really like would will can could should
may might must need needs needed want approach way thing things something stuff lot lots bit kind sure good proper
properly appropriate usually typically always often first then every each one two three all any some etc system
systems service services app application design build built think know look looks looking instead rather actually`.split(/\s+/);

const IGNORED = new Set([...eng, ...ANSWER_FILLER].map((word) => word.replace(/'/g, '’')));

/** British -ise spellings stem apart from -ize ones ("randomise" → "randomis", "randomize" → "random"). */
const BRITISH_ISE = /(\w{3,})is(e|es|ed|ing|ation|ations)$/;

/** Porter leaves "try" whole but stems "tried" and "tries" to "tri": a vowel-less stem ending in y joins them. */
const SHORT_Y = /^([^aeiou]+)y$/;

/**
 * A word's stem for comparing wordings, whichever spelling and form the writer uses; memoised, as
 * an answer's vocabulary is small and repeats, and stemming dominates the analysis time.
 */
export const wordStem = memoizeByWord((word) =>
	stemmer(word.toLowerCase().replace(/['’]s$/, '').replace(/’/g, "'").replace(BRITISH_ISE, '$1iz$2')).replace(SHORT_Y, '$1i'),
);

/** A percent sign after a number, which the tokenizer drops: "1%" says "1 percent". */
const PERCENT_SIGN = /(?<=\d)\s?%/g;

/**
 * Every word of `[from, to)` of a text, with its stem: what a paraphrase pattern is matched on. A
 * percent sign is the word "percent" ("1%, 5%, 25%" meets "percent … percent"), though no content word.
 */
export function words(text: string, from = 0, to = text.length): (ContentWord & { text: string })[] {
	const piece = text.slice(from, to);
	const found = tokenize(piece).map((token) => ({ text: token.text, stem: wordStem(token.text), start: token.start + from, end: token.end + from }));
	const signs = [...piece.matchAll(PERCENT_SIGN)].map((match) => ({ text: '%', stem: 'percent', start: match.index + from, end: match.index + match[0].length + from }));
	return signs.length === 0 ? found : [...found, ...signs].sort((a, b) => a.start - b.start);
}

const carriesIdea = memoizeByWord((word) => word.length > 1 && !IGNORED.has(word.toLowerCase().replace(/'/g, '’')) && !/^\d+$/.test(word));

/** Whether a word of `words` carries an idea of its own. */
export function isContentWord(word: { text: string }): boolean {
	return carriesIdea(word.text);
}

export function contentWords(text: string, from = 0, to = text.length): ContentWord[] {
	return words(text, from, to)
		.filter(isContentWord)
		.map(({ stem, start, end }) => ({ stem, start, end }));
}
