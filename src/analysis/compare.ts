/**
 * Which concepts each answer tier states, and which separate one tier from the next.
 *
 * A tier states a concept when it mentions it without negating it, when a question hint adds it,
 * or when it states a narrower concept that refines it (exponential backoff states retries), so
 * that a refinement, not its broader concept, is what separates two answers.
 */
import { broaderConcepts } from './glossary.ts';
import { evidenceSentence, sentenceRange } from './evidence.ts';
import { compileMatcher, type ConceptMatcher, type MatchableConcept, type Occurrence } from './matcher.ts';
import type { OpenTerm } from './terms.ts';
import { memoizeByWord } from '../lib/memoize.ts';
import { TIERS, type Tier, type TierTexts } from '../questions/tiers.ts';
import { splitClauses, statesWords, type Clause } from '../study/clauses.ts';
import { contentWords, isContentWord, words, type ContentWord } from '../study/content-words.ts';
import { compilePattern, ideaCues, matchPattern, MIN_WORDS, paraphrasedIdeas, PATTERN_GAP, type IdeaCues, type ParaphraseMatch, type ParaphrasePattern } from '../study/paraphrase.ts';

/** Per-question corrections for what wording alone cannot settle. */
export interface ConceptHints {
	/** Concepts never to list for this question, e.g. a false match. */
	ignore?: readonly string[] | undefined;
	/** Concepts a tier states in words the glossary cannot recognise. */
	add?: Partial<Record<Tier, readonly string[]>> | undefined;
}

export interface StatedConcept {
	conceptId: string;
	/** Non-negated mentions, in text order; empty when the concept is implied or hinted. */
	occurrences: Occurrence[];
	/** The narrower concept whose mention implies this one. */
	impliedBy?: string | undefined;
	/** Added by a question hint rather than found in the text. */
	hinted?: boolean | undefined;
	/** Where the concept (or what implies it) first appears; orders the lists. */
	position: number;
}

/** Where each answer states a listed concept: the sentence, as written. */
export interface ConceptEvidence {
	/** The sentence of the better answer that states it; absent for weaker-only concepts and hints. */
	better?: string | undefined;
	/** The sentence of the weaker answer that states it; absent for better-only concepts and hints. */
	weaker?: string | undefined;
}

export interface TierComparison {
	/** In the better tier only: what separates the answers. */
	betterOnly: string[];
	/** In both tiers. */
	shared: string[];
	/** In the weaker tier only. */
	weakerOnly: string[];
	/** For every concept of the three lists, the sentence of each answer that states it. */
	evidence: Record<string, ConceptEvidence>;
}

export interface QuestionAnalysis {
	tiers: Record<Tier, StatedConcept[]>;
	/** Great against mediocre. */
	greatVsMediocre: TierComparison;
	/** Mediocre against poor: what lifts a poor answer. */
	mediocreVsPoor: TierComparison;
	/**
	 * Terms of the great answer that no glossary concept covers and the mediocre answer does not
	 * state, most specific first. Found at build time over the whole guide (see terms.ts), so absent
	 * from an analysis of one question alone.
	 */
	greatOnlyTerms?: OpenTerm[] | undefined;
}

export interface AnalysisContext {
	matcher: ConceptMatcher;
	/** Concept id → the id of the concept it refines. */
	refines: ReadonlyMap<string, string | undefined>;
	/** Broad areas (Monitoring, Scalability): separators only when said more of, and listed last. */
	umbrellas: ReadonlySet<string>;
	/** The glossary's patterns for how people say a concept in other words, by concept id. */
	paraphrases: ReadonlyMap<string, readonly ParaphrasePattern[]>;
	/** Concepts that others refine: broad enough to head a sentence without teaching it. */
	broad: ReadonlySet<string>;
	/** A concept's glossary words, for telling it said in an answer's own words; worked out once per concept. */
	cues: (conceptId: string) => IdeaCues;
}

export function createAnalysisContext(
	concepts: readonly (MatchableConcept & {
		refines?: string | undefined;
		umbrella?: boolean | undefined;
		paraphrases?: readonly string[] | undefined;
		definition?: string | undefined;
	})[],
): AnalysisContext {
	const refines = new Map(concepts.map((concept) => [concept.id, concept.refines]));
	const entries = new Map(concepts.map((concept) => [concept.id, concept]));
	return {
		matcher: compileMatcher(concepts),
		refines,
		umbrellas: new Set(concepts.filter((concept) => concept.umbrella).map((concept) => concept.id)),
		paraphrases: new Map(concepts.filter((concept) => concept.paraphrases?.length).map((concept) => [concept.id, concept.paraphrases!.map(compilePattern)])),
		broad: new Set(concepts.flatMap((concept) => (concept.refines ? [concept.refines] : []))),
		cues: memoizeByWord((conceptId) => ideaCues(conceptId, (id) => entries.get(id), refines)),
	};
}

interface ClauseWords {
	clause: Clause;
	words: ReturnType<typeof words>;
	/** Its words that carry an idea, for telling a concept said in other words. */
	contentWords: ContentWord[];
}

/**
 * The stems and stated clauses of the last few texts: a question's middle answer is read against
 * both the others, and tokenizing it again would cost as much as the matching.
 */
const recentTexts = new Map<string, { stems: Set<string>; clauses: () => ClauseWords[] }>();
const RECENT_TEXTS = 8;

function wordsOf(text: string) {
	let entry = recentTexts.get(text);
	if (!entry) {
		const textWords = words(text);
		let clauses: ClauseWords[] | undefined;
		entry = {
			stems: new Set(textWords.map((word) => word.stem)),
			clauses: () =>
				(clauses ??= splitClauses(text).map((clause) => {
					const clauseWords = textWords.filter((word) => word.start >= clause.start && word.end <= clause.end);
					return { clause, words: clauseWords, contentWords: clauseWords.filter(isContentWord) };
				})),
		};
		if (recentTexts.size >= RECENT_TEXTS) recentTexts.delete(recentTexts.keys().next().value!);
		recentTexts.set(text, entry);
	}
	return entry;
}

/**
 * The concepts of `conceptIds` that `text` states in other words, in a clause that states them:
 * the way the glossary's paraphrase patterns say people put them ("roll it back" for Rollback), or
 * in words enough of which are the concept's own, in one clause (OWN_WORDS_SCORE) or across the
 * stated clauses of one sentence (OWN_WORDS_SENTENCE_SCORE). As stated concepts whose
 * occurrence is the paraphrase. Only ever used to tell that the other answer has a concept too: a
 * paraphrase never adds a separator. Measured (round 12, tuning documents and seed): read on the
 * great answer over the whole glossary, patterns found 3 labelled separators among 28 added
 * concepts, and own words (rare cue words, high scores, refinements of named concepts, clauses
 * naming nothing, in any mix) at best 2 among 10; half the great answers' unnamed separators share
 * at most one glossary word with any clause, so wording they lack must come from the glossary.
 */
function paraphrased(
	text: string,
	conceptIds: Iterable<string>,
	context: AnalysisContext,
	tier: readonly StatedConcept[],
	questionStems: ReadonlySet<string>,
): StatedConcept[] {
	const names = tier.flatMap((concept) => concept.occurrences);
	// A word of a hyphenated compound is part of another word ("self-documenting code" is no
	// documentation); a phrase whose head is another concept's name says that concept, qualified
	// ("key metrics like response times" names Metrics). A name the pattern reaches across a gap
	// is what the paraphrase says something of, not a head it qualifies ("cache it with an
	// appropriate TTL" is time-based expiration, TTL its means).
	const ownWord = ({ start, end }: { start: number; end: number }) => !/[-‐‑]/.test(text[start - 1] ?? '') && !/[-‐‑]/.test(text[end] ?? '');
	const headNamed = (met: readonly { start: number; end: number }[]) =>
		names.some((name) => {
			if (name.end !== met.at(-1)!.end || name.start < met[0]!.start) return false;
			const before = met.findLastIndex((word) => word.end <= name.start);
			return before < 0 || /^[\s\p{P}]*$/u.test(text.slice(met[before]!.end, name.start));
		});
	const found: StatedConcept[] = [];
	for (const conceptId of conceptIds) {
		const patterns = context.paraphrases.get(conceptId);
		if (!patterns) continue;
		const { stems, clauses } = wordsOf(text);
		// Most patterns have a word the text lacks: skip them before matching clause by clause.
		const possible = patterns.filter((pattern) => pattern.every((stem) => stem === PATTERN_GAP || stems.has(stem)));
		for (const { clause, words: clauseWords } of possible.length > 0 ? clauses() : []) {
			const met = possible
				.map((pattern) => matchPattern(clauseWords, pattern))
				.find((match) => match && match.every(ownWord) && !headNamed(match) && statesWords(text, clause, match));
			if (met) {
				found.push({ conceptId, occurrences: [{ conceptId, start: met[0]!.start, end: met.at(-1)!.end, negated: false }], position: met[0]!.start });
				break;
			}
		}
	}
	const unmet = [...conceptIds].filter((conceptId) => !found.some((concept) => concept.conceptId === conceptId));
	if (unmet.length === 0) return found;
	const { stems, clauses } = wordsOf(text);
	// Most concepts share no two words with the text at all: skip them before reading it clause by clause.
	const cues = unmet.map(context.cues).filter((cue) => holdsEnough(cue.stems, (stem) => stems.has(stem)));
	if (cues.length === 0) return found;
	// A word of a name the answer does say belongs to that concept, not to one it leaves unnamed.
	const unnamed = (word: { start: number }) => !names.some((name) => name.start <= word.start && word.start < name.end);
	const add = (match: ParaphraseMatch) => {
		const start = match.words[0]!.start;
		found.push({ conceptId: match.conceptId, occurrences: [{ conceptId: match.conceptId, start, end: match.words.at(-1)!.end, negated: false }], position: start });
	};
	const sentences = new Map<number, ContentWord[]>();
	for (const { clause, contentWords: clauseWords } of clauses()) {
		if (clause.stance === 'stated') sentences.set(clause.sentence, [...(sentences.get(clause.sentence) ?? []), ...clauseWords]);
		if (!cues.some((cue) => holdsEnough(clauseWords, (word) => cue.stems.has(word.stem)))) continue;
		for (const match of paraphrasedIdeas(clauseWords, cues, questionStems, unnamed, OWN_WORDS_SCORE)) {
			if (!found.some((concept) => concept.conceptId === match.conceptId) && statesWords(text, clause, match.words)) add(match);
		}
	}
	// An idea can take a sentence to say: "we'd keep the most recent change, based on the
	// timestamp" is last-write-wins, though neither clause holds enough of it.
	for (const sentenceWords of sentences.values()) {
		for (const match of paraphrasedIdeas(sentenceWords, cues, questionStems, unnamed, OWN_WORDS_SENTENCE_SCORE)) {
			if (!found.some((concept) => concept.conceptId === match.conceptId)) add(match);
		}
	}
	return found;
}

/** Whether at least MIN_WORDS of `items` pass `test`, the least a paraphrase of an idea shares with it. */
function holdsEnough<T>(items: Iterable<T>, test: (item: T) => boolean): boolean {
	let count = 0;
	for (const item of items) if (test(item) && ++count >= MIN_WORDS) return true;
	return false;
}

/**
 * How much of a concept's glossary words (paraphrase.ts's weighting) one clause of the other answer
 * must hold to state it in its own words. "Check my answer" credits a reader at 1; here a false
 * match hides a separator, and on the tuning documents clauses scoring 2 share words by chance
 * ("loaded … run" against an idempotent pipeline) while 3.5 states the idea ("test changes on
 * users … whether" against A/B testing).
 */
const OWN_WORDS_SCORE = 2.5;
/**
 * The same across the stated clauses of one sentence, which have more words to share by chance:
 * on the tuning documents 3 recognises one more shared idea and hides no separator, 2.5 hides two.
 */
const OWN_WORDS_SENTENCE_SCORE = 3;

/** "For distributed systems, …", "consistency in distributed systems", "For performance and scalability, …": the concept frames what is said. */
const FRAMING = /(?:^|[^\p{L}])(?:in|for|across|within|at)\s+(?:(?:a|an|the|large|modern|many|most)\s+)?(?:[\p{L}-]+\s+(?:and|or)\s+)?$/iu;

/** A mention after a framing preposition sets the scene for what is said; it says nothing about the concept itself. */
function frames(text: string, occurrence: Occurrence): boolean {
	return FRAMING.test(text.slice(Math.max(0, occurrence.start - 40), occurrence.start));
}

/** A sentence that opens on a framing phrase: "For error handling, …", "In microservices, …". */
const OPENING_FRAME = /^(?:for|in|across|within|at)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+(?:and|or)\s+)?$/iu;

/**
 * A broad concept (one other concepts refine) that only names the topic a sentence opens on ("For
 * error handling, I implement consistent error response formats") is the heading of what the
 * sentence teaches, when the sentence goes on to state another concept: that one is the
 * separator. A concept nothing refines is specific enough to teach from there ("For INP, I'd
 * profile long tasks").
 */
function onlyHeadsSentence(text: string, occurrence: Occurrence, tier: readonly StatedConcept[], conceptId: string): boolean {
	const { start, end } = sentenceRange(text, occurrence.start);
	if (!OPENING_FRAME.test(text.slice(start, occurrence.start).trimStart()) || !/^\s*,/.test(text.slice(occurrence.end))) return false;
	return tier.some((other) => other.conceptId !== conceptId && other.occurrences.some((mention) => mention.start > occurrence.end && mention.start < end));
}

/** A participle directly before a word: "authenticated requests", "cached responses". */
const QUALIFYING_PARTICIPLE = /^\p{L}+ed$/iu;
/** The word a participle qualifies: a content word after one space, not "and", "for" or "by" ("serialized and published" is a predicate). */
const QUALIFIED_WORD = /^ (?!(?:and|or|but|for|by|to|in|on|at|with|from|as|if|when|so|the|a|an)\b)[\p{L}\p{N}]/iu;

/**
 * A mention that only qualifies another noun ("authenticated requests" for Authentication) says
 * which requests, not how authentication works: a participle of a one-word concept, written
 * before the word it qualifies.
 */
function onlyQualifies(text: string, occurrence: Occurrence): boolean {
	return QUALIFYING_PARTICIPLE.test(text.slice(occurrence.start, occurrence.end)) && QUALIFIED_WORD.test(text.slice(occurrence.end, occurrence.end + 8));
}

/**
 * An umbrella concept says something specific when a sentence naming it also names a specific
 * concept ("monitor queue depth and consumer lag"), not when it stands alone ("monitoring helps")
 * or only frames the sentence ("For distributed systems, I use consistent hashing").
 */
function saysSomethingSpecific(umbrella: StatedConcept, tier: readonly StatedConcept[], text: string, umbrellas: ReadonlySet<string>): boolean {
	return umbrella.occurrences.some((occurrence) => {
		if (frames(text, occurrence)) return false;
		const { start, end } = sentenceRange(text, occurrence.start);
		return tier.some(
			(other) => !umbrellas.has(other.conceptId) && other.occurrences.some((mention) => mention.start >= start && mention.start < end),
		);
	});
}

export function statedConcepts(
	text: string,
	context: AnalysisContext,
	{ ignore = [], add = [] }: { ignore?: readonly string[] | undefined; add?: readonly string[] | undefined } = {},
): StatedConcept[] {
	const ignored = new Set(ignore);
	const stated = new Map<string, StatedConcept>();
	for (const occurrence of context.matcher.find(text)) {
		if (occurrence.negated || ignored.has(occurrence.conceptId)) continue;
		const existing = stated.get(occurrence.conceptId);
		if (existing) {
			existing.occurrences.push(occurrence);
			existing.impliedBy = undefined;
		} else {
			stated.set(occurrence.conceptId, { conceptId: occurrence.conceptId, occurrences: [occurrence], position: occurrence.start });
		}
	}
	for (const conceptId of add) {
		if (!stated.has(conceptId) && !ignored.has(conceptId)) {
			stated.set(conceptId, { conceptId, occurrences: [], hinted: true, position: text.length });
		}
	}
	for (const concept of [...stated.values()]) {
		for (const broader of impliedConcepts(concept, context)) {
			const existing = stated.get(broader.conceptId);
			if (ignored.has(broader.conceptId)) continue;
			if (!existing) {
				stated.set(broader.conceptId, broader);
			} else if (existing.occurrences.length === 0 && concept.position < existing.position) {
				existing.position = concept.position;
				existing.impliedBy = concept.conceptId;
			}
		}
	}
	return [...stated.values()].sort((a, b) => a.position - b.position);
}

/** The broader concepts a stated one implies (exponential backoff states retries), where it is stated. */
function impliedConcepts(concept: StatedConcept, context: AnalysisContext): StatedConcept[] {
	return broaderConcepts(concept.conceptId, context.refines).map((broader) => ({ conceptId: broader, occurrences: [], impliedBy: concept.conceptId, position: concept.position }));
}

/** Where an answer states glossary concepts by name, as the comparison found them: what terms.ts needs of it. */
export function mentionsOf(tier: readonly StatedConcept[]): Occurrence[] {
	return tier.flatMap((concept) => concept.occurrences);
}

/** Stated only because a narrower concept implies it: never a separator, never "covered". */
export function isInferred(concept: StatedConcept): boolean {
	return concept.occurrences.length === 0 && !concept.hinted;
}

/**
 * What one tier has that the other lacks (the better tier's separators, or the weaker tier's own),
 * most instructive first. Left out: inferred concepts (a broader concept teaches nothing its
 * refinement does not), a broader concept listed beside its own refinement ("Encryption" beside
 * "Encryption at rest": the refinement alone is listed), and an umbrella concept in no sentence with a specific one.
 * Order: refinements (specific techniques) first, then other concepts, umbrella concepts last;
 * text order within each.
 */
function separators(
	tier: readonly StatedConcept[],
	text: string,
	inOther: ReadonlyMap<string, StatedConcept>,
	context: AnalysisContext,
	topic: ReadonlySet<string>,
): string[] {
	const candidates = tier.filter(
		(concept) =>
			!inOther.has(concept.conceptId) &&
			(concept.hinted || !topic.has(concept.conceptId)) &&
			!isInferred(concept) &&
			(concept.hinted || !concept.occurrences.every((occurrence) => onlyQualifies(text, occurrence) || (context.broad.has(concept.conceptId) && onlyHeadsSentence(text, occurrence, tier, concept.conceptId)))) &&
			(!context.umbrellas.has(concept.conceptId) || concept.hinted || saysSomethingSpecific(concept, tier, text, context.umbrellas)),
	);
	const refined = new Set(candidates.flatMap((concept) => broaderConcepts(concept.conceptId, context.refines)));
	const rank = (id: string) => (context.umbrellas.has(id) ? 2 : context.refines.get(id) !== undefined ? 0 : 1);
	return candidates
		.map((concept) => concept.conceptId)
		.filter((id) => !refined.has(id))
		.map((id, index) => ({ id, index, rank: rank(id) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ id }) => id);
}

export function compareTiers(
	better: readonly StatedConcept[],
	weaker: readonly StatedConcept[],
	texts: { better: string; weaker: string },
	context: AnalysisContext,
	topic: ReadonlySet<string> = new Set(),
	questionStems: ReadonlySet<string> = new Set(),
): TierComparison {
	const named = (tier: readonly StatedConcept[]) => new Map(tier.map((concept) => [concept.conceptId, concept]));
	const [namedInWeaker, namedInBetter] = [named(weaker), named(better)];
	// A concept one answer names and the other says in its own words is shared, not a separator;
	// so are the broader concepts it implies, as when named (the mediocre answer's last-write-wins
	// in plain words states the great answer's conflict resolution).
	const sayInOwnWords = (text: string, tier: readonly StatedConcept[], ids: Iterable<string>) =>
		paraphrased(text, ids, context, tier, questionStems).flatMap((concept) => [concept, ...impliedConcepts(concept, context)]);
	const inWeaker = named([...sayInOwnWords(texts.weaker, weaker, [...namedInBetter.keys()].filter((id) => !namedInWeaker.has(id))), ...weaker]);
	const inBetter = named([...sayInOwnWords(texts.better, better, [...namedInWeaker.keys()].filter((id) => !namedInBetter.has(id))), ...better]);
	const evidence: Record<string, ConceptEvidence> = {};
	for (const conceptId of new Set([...inBetter.keys(), ...inWeaker.keys()])) {
		evidence[conceptId] = {
			better: evidenceSentence(texts.better, inBetter.get(conceptId)),
			weaker: evidenceSentence(texts.weaker, inWeaker.get(conceptId)),
		};
	}
	return {
		betterOnly: separators(better, texts.better, inWeaker, context, topic),
		shared: better.filter((concept) => inWeaker.has(concept.conceptId)).map((concept) => concept.conceptId),
		weakerOnly: separators(weaker, texts.weaker, inBetter, context, topic),
		evidence,
	};
}

/** The concepts a question's title names: its topic, which every answer to it is about. */
export function topicConcepts(title: string, context: AnalysisContext): Set<string> {
	return new Set(
		context.matcher
			.find(title)
			.filter((occurrence) => !occurrence.negated)
			.map((occurrence) => occurrence.conceptId),
	);
}

/**
 * `title`, when given, is the question: a concept it names is the topic, not a separator ("Feature
 * flags" on "How would you design a feature flag system?").
 */
export function analyzeQuestion(tiers: TierTexts, context: AnalysisContext, hints: ConceptHints = {}, title = ''): QuestionAnalysis {
	const stated = Object.fromEntries(
		TIERS.map((tier) => [tier, statedConcepts(tiers[tier], context, { ignore: hints.ignore, add: hints.add?.[tier] })]),
	) as Record<Tier, StatedConcept[]>;
	const topic = topicConcepts(title, context);
	// Words of the question say what every answer is about, so they weigh little towards an idea.
	const questionStems = new Set(contentWords(title).map((word) => word.stem));
	return {
		tiers: stated,
		greatVsMediocre: compareTiers(stated.great, stated.mediocre, { better: tiers.great, weaker: tiers.mediocre }, context, topic, questionStems),
		mediocreVsPoor: compareTiers(stated.mediocre, stated.poor, { better: tiers.mediocre, weaker: tiers.poor }, context, topic, questionStems),
	};
}
