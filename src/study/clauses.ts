/**
 * Splits a reader's answer into clauses and tells which of them state what they name. A technique
 * the reader rejects ("a broker felt like overkill, so we never added one"), postpones ("maybe
 * someday") or replaces ("instead of backoff we retry at once") is named but not stated; a clause
 * that only waves at a topic ("the usual monitoring", "and so on") states it vaguely.
 */

/** How a clause relates to what it names. */
export type Stance = 'stated' | 'rejected' | 'postponed' | 'vague';

export interface Clause {
	start: number;
	end: number;
	stance: Stance;
	/** The sentence the clause belongs to (0-based), for rejections that point back ("…, so we never added one"). */
	sentence: number;
	/** The separator before the clause (", so "), which tells a purpose from a choice. */
	opener: string;
}

/** A stretch of the text that is named only to be set aside: the X of "instead of X", "rather than X". */
export interface Span {
	start: number;
	end: number;
}

/** Sentence ends, and the clause breaks inside a sentence. */
const SENTENCE_END = /[.!?;\n]+(?=\s|$)|\n+/g;
/**
 * Also "and" or "or" before a hedge or negation: "caching and maybe some indexes" states only caching.
 * Not a comma between percentages: "1%, then 10%" is one list of steps.
 */
const CLAUSE_BREAK =
	/,?\s+(?:but|so(?!\s+(?:on|forth)\b)|though|although|whereas|while|because|since)\s+|,?\s+(?:and|or)\s+(?=(?:maybe|perhaps|possibly|not|never|no)\b)|,(?!(?<=\d\s?%,)\s*(?:then\s+|and\s+)?\d+(?:\.\d+)?\s?%)\s*|:\s+|\s+[—–]\s+/gi;

/**
 * Verbs that turn something down by themselves, even after "so" ("…, so we skipped them"), and
 * point back when they name nothing else. Not "avoid": "so we avoid a thundering herd" is a purpose.
 */
const REFUSING_VERB = String.raw`(?:skip|skipped|skipping|dropped|ditched|rejected)`;

const REJECTION = new RegExp(
	[
		String.raw`\b(?:never|not|no|without|nor)\b`,
		String.raw`\b\w+n['’]t\b`,
		String.raw`\bcannot\b`,
		String.raw`\boverkill\b`,
		String.raw`\b(?:${REFUSING_VERB}|avoid|avoided)\b`,
		String.raw`\b(?:unnecessary|needless|pointless)\b`,
		String.raw`\b(?:decided against|ruled out|out of scope|gave up on|got rid of|stopped using|moved away from|abandoned)\b`,
	].join('|'),
	'i',
);
/** "not just X", "not only X" state X. */
const NEGATION_RELEASE = /\bnot\s+(?:just|only|merely|simply)\b/gi;
/** Also "X is something we'll add when traffic grows": adopting it waits for a time or a trigger. */
const POSTPONEMENT =
	/\b(?:some ?day|one day|eventually|down the (?:road|line)|in the future|later on|at some point|(?:might|may|could) (?:add|look at|consider)|would like to|want to add|on the roadmap|not yet|yet to|nice to have|would be nice|on (?:the|our|my) (?:wish ?list|backlog|to-?do list)|next (?:quarter|sprint|year|month)|(?:thinking|thought) about (?:adding|using)|considering (?:adding|using)|hope to (?:add|use)|something (?:we|i)(?:['’]ll| will|['’]d| would) \w+(?: \w+)? (?:later|when|once|if))\b|\bmaybe\b|\bperhaps\b/i;
const VAGUENESS = /\b(?:the usual|all the usual|and so on|and so forth|etc\.?|and the like|and stuff|that kind of thing|standard stuff|all that)(?=\W|$)/i;
/** "instead of X", "rather than X": X is set aside, up to the next comma or the clause's end. */
const SET_ASIDE = /\b(?:instead of|rather than|in place of)\s+([^,;.!?]*?)(?=\s+(?:we|i|they|you|it|our)\b|[,;.!?]|$)/gi;

/**
 * "…, so they don't all expire at once" states a purpose: the negation is of what the technique
 * prevents. "…, so we never added one" is still a choice not to adopt something.
 */
const PURPOSE_OPENER = /\bso\b|\bso that\b/i;
const ADOPTION_REFUSED = new RegExp(
	String.raw`\b(?:not|never|no|\w+n['’]t)\s+(?:\w+\s+)?(?:use|used|using|need|needed|add|added|have|had|bother|bothered|do|did|build|built|run|want|wanted|adopt|adopted|introduce|introduced|keep|kept|go with|went with|go for|went for|set up)\b|\boverkill\b|\b${REFUSING_VERB}\b`,
	'i',
);
/**
 * A negation that guards something states it: "make sure a drain can never take down more than a
 * couple of pods", "you can't go beyond the partition count" set a limit, they do not reject one.
 * Unless what is refused is adopting something ("make sure we never need a DLQ").
 */
const SAFEGUARD = /\b(?:make|makes|making) sure\b|\bensur(?:e|es|ing)\b|\b(?:never|not|no|\w+n['’]t|cannot)\b(?:\s+\w+){0,3}?\s+(?:more than|beyond|past|exceed|exceeds|above)\b/i;

/**
 * A condition after what a clause states is not a rejection of it: "it rolls back by itself if the
 * new firmware doesn't come up healthy" states the rollback. A condition opening the clause ("and
 * if an update goes bad there is no rollback") is left alone.
 */
const TRAILING_CONDITION = /(?<!^\s*(?:(?:and|or|but|so|then|plus)\s+)?)\b(?:if|unless|in case)\b.*$/is;

function stanceOf(text: string, opener: string): Stance {
	const plain = text.replace(NEGATION_RELEASE, ' ').replace(SET_ASIDE, ' ').replace(TRAILING_CONDITION, ' ');
	if (POSTPONEMENT.test(plain)) return 'postponed';
	if (REJECTION.test(plain) && !((PURPOSE_OPENER.test(opener) || SAFEGUARD.test(plain)) && !ADOPTION_REFUSED.test(plain))) return 'rejected';
	if (VAGUENESS.test(plain)) return 'vague';
	return 'stated';
}

/** Cuts `[start, end)` of `text` at every match of `pattern`; each piece keeps the separator before it as `opener`. */
function cut(text: string, start: number, end: number, pattern: RegExp): (Span & { opener: string })[] {
	const pieces: (Span & { opener: string })[] = [];
	let cursor = start;
	let opener = '';
	for (const match of text.slice(start, end).matchAll(pattern)) {
		const at = start + match.index;
		if (at > cursor) pieces.push({ start: cursor, end: at, opener });
		cursor = at + match[0].length;
		opener = match[0];
	}
	if (end > cursor) pieces.push({ start: cursor, end, opener });
	return pieces.filter((piece) => /\w/.test(text.slice(piece.start, piece.end)));
}

/** Words a clause needs to name something of its own; without them it points back ("we never added one"). */
const NAMES_SOMETHING = new RegExp(
	String.raw`\b(?!(?:it|one|them|that|this|those|these|either|too|also|us|our|we|they|felt|feel|seemed|was|were|is|are|be|like|overkill|never|not|no|added|add|bothered|needed|need|really|just|for|at|scale|so|yet|maybe|someday|now|haven['’]t|didn['’]t|don['’]t|wasn['’]t|weren['’]t|isn['’]t|${REFUSING_VERB})\b)[a-z]{3,}\b`,
	'i',
);

/** The pronoun is what the clause turns down ("never set it up"), not what it is about ("… for it"). */
const POINTS_BACK = /\b(?!(?:for|with|of|to|in|on|from|about|by)\b)\w+\s+(?:it|them|one)(?:\s+(?:up|in|on|out|off))?\W*$/i;

export function splitClauses(text: string): Clause[] {
	const clauses: Clause[] = [];
	cut(text, 0, text.length, SENTENCE_END).forEach((sentence, sentenceIndex) => {
		const inSentence = cut(text, sentence.start, sentence.end, CLAUSE_BREAK).map(({ start, end, opener }) => ({
			start,
			end,
			stance: stanceOf(text.slice(start, end), opener),
			sentence: sentenceIndex,
			opener,
		}));
		// A rejection that names nothing of its own ("…, but it felt like overkill, so we never
		// added one") rejects what the sentence named before it.
		for (let index = inSentence.length - 1; index > 0; index--) {
			const clause = inSentence[index]!;
			const own = text.slice(clause.start, clause.end);
			// "…, but never set it up", "…, but decided against it": a but-clause that points back
			// rejects what came before, whatever else it names.
			const pointsBack = !NAMES_SOMETHING.test(own) || (/\bbut\b/i.test(clause.opener) && POINTS_BACK.test(own));
			if ((clause.stance === 'rejected' || clause.stance === 'postponed') && pointsBack) {
				const previous = inSentence[index - 1]!;
				if (previous.stance === 'stated') previous.stance = clause.stance;
			}
		}
		clauses.push(...inSentence);
	});
	return clauses;
}

export function setAsideSpans(text: string): Span[] {
	return [...text.matchAll(SET_ASIDE)].map((match) => {
		const start = match.index + match[0].length - match[1]!.length;
		return { start, end: start + match[1]!.length };
	});
}

/**
 * Whether a clause states what `words` say, when those words are themselves a way of saying an
 * idea: the "no" of "does no harm" or the "never" of "never … before … ready" is part of the idea,
 * not a rejection of it. A rejection the clause takes from the next one is kept.
 */
export function statesWords(text: string, clause: Clause, words: readonly Span[]): boolean {
	if (clause.stance !== 'rejected') return clause.stance === 'stated';
	const own = text.slice(clause.start, clause.end);
	if (stanceOf(own, clause.opener) !== 'rejected') return false;
	let rest = own;
	for (const word of words) rest = rest.slice(0, word.start - clause.start) + ' '.repeat(word.end - word.start) + rest.slice(word.end - clause.start);
	return stanceOf(rest, clause.opener) === 'stated';
}

/** The clause that holds offset `at`. */
export function clauseAt(clauses: readonly Clause[], at: number): Clause | undefined {
	return clauses.find((clause) => clause.start <= at && at < clause.end);
}
