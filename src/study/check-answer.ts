/**
 * "Check my answer": which ideas of the great answer a reader's own answer covers, partly covers
 * or misses. An idea is a glossary concept the great answer states. The reader covers it by
 * naming it (or something narrower) in a clause that states it, or by saying it in other words
 * (see paraphrase.ts); names in rejected, postponed or set-aside wording earn nothing (clauses.ts).
 * Naming only the broader idea ("retry it" for exponential backoff) or waving at it ("the usual
 * monitoring") is partial. Pure: the browser and `npm run eval:quiz` run the same code.
 */
import type { AnalysisContext } from '../analysis/compare.ts';
import { broaderConcepts } from '../analysis/glossary.ts';
import type { Occurrence } from '../analysis/matcher.ts';
import { clauseAt, setAsideSpans, splitClauses, statesWords, type Clause, type Span } from './clauses.ts';
import { contentWords, words, type ContentWord } from './content-words.ts';
import { compilePattern, ideaCues, matchPattern, paraphrasedIdeas, type DescribedIdea, type ParaphrasePattern } from './paraphrase.ts';

/** What the checker knows of a glossary concept. */
export interface IdeaDescription extends DescribedIdea {
	/** The glossary's patterns for saying the idea in other words ("back off … longer each time"). */
	paraphrases?: readonly string[] | undefined;
}

export interface CheckInput {
	readerText: string;
	question: string;
	greatText: string;
	/**
	 * The great answer's concepts, in its order. The ideas looked for are those it states itself (or
	 * a question's hint adds); a broader concept it only implies ("NoSQL" from "Redis") is not one.
	 */
	greatConcepts: readonly string[];
	context: AnalysisContext;
	describe: (conceptId: string) => IdeaDescription | undefined;
}

export type IdeaVerdict =
	| {
			conceptId: string;
			verdict: 'covered';
			/** The reader's words that earned it. */
			evidence: Span[];
	  }
	| {
			conceptId: string;
			verdict: 'partial';
			evidence: Span[];
			/** The broader concept the reader named instead, when that is why. */
			broader?: string | undefined;
			greatSentence?: string | undefined;
	  }
	| {
			conceptId: string;
			verdict: 'missed';
			/** The great answer's sentence that states the idea; absent for an idea added by a hint. */
			greatSentence?: string | undefined;
			/** The reader named it only to set it aside ("never added", "maybe someday"). */
			setAside?: boolean | undefined;
	  };

export interface AnswerCheck {
	ideas: IdeaVerdict[];
	covered: number;
	partial: number;
	total: number;
}

/** A glossary entry's paraphrase patterns, compiled once per entry. */
const patternCache = new WeakMap<IdeaDescription, ParaphrasePattern[]>();

function patternsOf(description: IdeaDescription | undefined): ParaphrasePattern[] {
	if (!description?.paraphrases?.length) return [];
	let patterns = patternCache.get(description);
	if (!patterns) {
		patterns = description.paraphrases.map(compilePattern);
		patternCache.set(description, patterns);
	}
	return patterns;
}

/**
 * How much a stretch of the reader's text must share with an idea's glossary entry (see
 * paraphrase.ts): a clause 1, a whole sentence, whose words may belong to different thoughts, more.
 */
const CLAUSE_SCORE = 1;
const SENTENCE_SCORE = 1.5;

/** "Users log in" is signing in, not logging: the verb with its particle names no logging idea. */
const LOG_IN = /\blog(?:s|ged|ging)?\s+(?:in|into|on|out)\b/gi;

/** Words that point back at something already named: "the balancer", "our broker". */
const POINTS_AT = /^(?:the|our|that|this|their)$/i;

/** Words that open a verb's object: "profile it", "profile the consumer". */
const OBJECT_START = /^(?:it|them|this|that|these|those|the|a|an|our|their|each|every)$/i;

const inside = (spans: readonly Span[], at: number) => spans.some((span) => span.start <= at && at < span.end);

function sentenceSpans(text: string): Span[] {
	const spans: Span[] = [];
	for (const match of text.matchAll(/[^.!?\n]+(?:[.!?]+(?=\s|$)|$)/g)) {
		if (/\w/.test(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
	}
	return spans;
}

/** Where the great answer states each of its ideas: the mention, or that of a narrower idea implying it. */
function greatMentions(input: CheckInput): Map<string, Occurrence> {
	const mentions = new Map<string, Occurrence>();
	for (const occurrence of input.context.matcher.find(input.greatText)) {
		if (occurrence.negated) continue;
		for (const id of [occurrence.conceptId, ...broaderConcepts(occurrence.conceptId, input.context.refines)]) {
			if (!mentions.has(id)) mentions.set(id, occurrence);
		}
	}
	return mentions;
}

/**
 * The great answer's own ideas: what it names, and what a hint adds (named nowhere and implied by
 * nothing it names). A broader concept only implied by a narrower one is never an idea, so it is
 * never counted as covered (issue 12): "Redis" in both answers does not make "NoSQL" covered.
 */
function statedIdeas(input: CheckInput): string[] {
	const named = new Set(input.context.matcher.find(input.greatText).flatMap((occurrence) => (occurrence.negated ? [] : [occurrence.conceptId])));
	const implied = new Set([...named].flatMap((id) => broaderConcepts(id, input.context.refines)));
	return input.greatConcepts.filter((id) => named.has(id) || !implied.has(id));
}

export function checkAnswer(unfiltered: CheckInput): AnswerCheck {
	const input = { ...unfiltered, greatConcepts: statedIdeas(unfiltered) };
	const { readerText, context } = input;
	const clauses = splitClauses(readerText);
	const setAside = setAsideSpans(readerText);
	const stanceAt = (at: number) => (inside(setAside, at) ? 'rejected' : (clauseAt(clauses, at)?.stance ?? 'stated'));

	// Named outright.
	const named = new Map<string, Span[]>();
	const vague = new Map<string, Span[]>();
	const setAsideIds = new Set<string>();
	const mentions = context.matcher.find(readerText);
	for (const occurrence of mentions) {
		// The clause decides, not the matcher's own negation, which reaches past ", and instead of …".
		const stance = stanceAt(occurrence.start);
		const span = { start: occurrence.start, end: occurrence.end };
		if (stance === 'stated') named.set(occurrence.conceptId, [...(named.get(occurrence.conceptId) ?? []), span]);
		else if (stance === 'vague') vague.set(occurrence.conceptId, [...(vague.get(occurrence.conceptId) ?? []), span]);
		else setAsideIds.add(occurrence.conceptId);
	}

	// Named by the verb of a name ending in -ing ("otherwise profile it" for Performance profiling),
	// when the verb takes an object, so a noun of the same spelling ("the user profile") does not
	// count; and only when the -ing word names no concept of its own, which would make the rest of
	// the name a kind of it ("log the error" is not structured logging).
	const allWords = words(readerText);
	const verbOfName = (conceptId: string): Span[] => {
		const head = /\s([a-z]+ing)$/i.exec(input.describe(conceptId)?.label.trim() ?? '')?.[1];
		if (!head || context.matcher.find(head).some((occurrence) => occurrence.conceptId !== conceptId)) return [];
		const stem = contentWords(head)[0]?.stem;
		return allWords
			.filter((word, index) => {
				const next = allWords[index + 1];
				return word.stem === stem && !!next && OBJECT_START.test(readerText.slice(next.start, next.end)) && stanceAt(word.start) === 'stated';
			})
			.filter((word) => !mentions.some((mention) => mention.start <= word.start && word.start < mention.end))
			.map(({ start, end }) => ({ start, end }));
	};

	// Named by the head noun of a name the question spells out, as a reader shortens it: "the
	// balancer closes idle connections" after "behind our load balancer". Only after a word that
	// points back at it ("the", "our", "that"), so "balance the load" is not the load balancer.
	const questionStems = new Set(contentWords(input.question).map((word) => word.stem));
	const headOfQuestionName = (conceptId: string): Span[] => {
		const description = input.describe(conceptId);
		const heads = [description?.label, ...(description?.aliases ?? [])]
			.map((name) => contentWords(name ?? '').map((word) => word.stem))
			.filter((stems) => stems.length >= 2 && stems.every((stem) => questionStems.has(stem)))
			.map((stems) => stems.at(-1)!);
		if (heads.length === 0) return [];
		return allWords
			.filter((word, index) => heads.includes(word.stem) && index > 0 && POINTS_AT.test(allWords[index - 1]!.text) && stanceAt(word.start) === 'stated')
			.filter((word) => !mentions.some((mention) => mention.start <= word.start && word.start < mention.end))
			.map(({ start, end }) => ({ start, end }));
	};

	// Named as a verb or a shorter form the matcher leaves alone ("we log every request" for
	// Logging): a reader's word with the stem of a one-word name of the idea, and no longer than it.
	const readerWords = contentWords(readerText);
	const signIns = [...readerText.matchAll(LOG_IN)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
	for (const conceptId of input.greatConcepts) {
		if (named.has(conceptId)) continue;
		const description = input.describe(conceptId);
		const names = [description?.label, ...(description?.aliases ?? [])].filter((name): name is string => !!name && !/\s|-/.test(name.trim()));
		const nameWords = names.flatMap((name) => contentWords(name));
		const ownWords = readerWords
			.filter((word) => stanceAt(word.start) === 'stated' && !inside(signIns, word.start))
			.filter((word) => !mentions.some((mention) => mention.start <= word.start && word.start < mention.end))
			.filter((word) => nameWords.some((name) => name.stem === word.stem && word.end - word.start <= name.end - name.start))
			.map(({ start, end }) => ({ start, end }));
		const spans = [...ownWords, ...verbOfName(conceptId), ...headOfQuestionName(conceptId)];
		if (spans.length > 0) named.set(conceptId, spans);
	}

	// Named with its words apart ("caching everywhere, properly invalidated" for Cache invalidation):
	// every content word of a name of two or more, in one sentence, in clauses that state them, and
	// none of them inside another concept's name unless that name is part of this one ("caching").
	const readerSentences = sentenceSpans(readerText);
	const freeWords = readerWords.filter((word) => stanceAt(word.start) === 'stated' && !inside(signIns, word.start));
	const partOfName = (word: ContentWord, nameStems: readonly string[], conceptId: string) => {
		const mention = mentions.find((occurrence) => occurrence.start <= word.start && word.start < occurrence.end);
		return !mention || mention.conceptId === conceptId || contentWords(readerText, mention.start, mention.end).every((inner) => nameStems.includes(inner.stem));
	};
	for (const conceptId of input.greatConcepts) {
		if (named.has(conceptId)) continue;
		const description = input.describe(conceptId);
		for (const name of [description?.label, ...(description?.aliases ?? [])]) {
			const stems = [...new Set(contentWords(name ?? '').map((word) => word.stem))];
			if (stems.length < 2) continue;
			const found = readerSentences
				.map((sentence) => {
					const inSentence = freeWords.filter((word) => sentence.start <= word.start && word.start < sentence.end);
					return stems.map((stem) => inSentence.find((word) => word.stem === stem && partOfName(word, stems, conceptId)));
				})
				.find((hits) => hits.every(Boolean));
			if (found) {
				named.set(conceptId, found.map((word) => ({ start: word!.start, end: word!.end })));
				break;
			}
		}
	}

	// Said in other words: clauses or sentences sharing enough of an idea's glossary words.
	const mentionsOfGreat = greatMentions(input);
	// An idea is described by its glossary entry alone: the words of the great answer's clause for it
	// also hold its neighbours ("dead-letter queues, retries with backoff and idempotent operations")
	// and, on the labelled answers, cost more in false credit than they earned.
	const cues = input.greatConcepts.map((conceptId) => ideaCues(conceptId, input.describe, context.refines));
	// A word that names a concept outright counts only towards that concept.
	const usable = (word: ContentWord, conceptId: string) => {
		const mention = mentions.find((occurrence) => occurrence.start <= word.start && word.start < occurrence.end);
		return !mention || mention.conceptId === conceptId;
	};
	const paraphrased = new Map<string, Span[]>();
	// Clause by clause, then each sentence's stated clauses together, which must share more.
	const stated = clauses.filter((candidate: Clause) => candidate.stance === 'stated');
	const units = [
		...stated.map((clause) => ({ clauses: [clause], minScore: CLAUSE_SCORE })),
		...[...new Set(stated.map((clause) => clause.sentence))].map((sentence) => ({
			clauses: stated.filter((clause) => clause.sentence === sentence),
			minScore: SENTENCE_SCORE,
		})),
	];
	for (const unit of units) {
		const words = unit.clauses.flatMap((clause) => contentWords(readerText, clause.start, clause.end)).filter((word) => !inside(setAside, word.start));
		for (const match of paraphrasedIdeas(words, cues, questionStems, usable, unit.minScore)) {
			paraphrased.set(match.conceptId, [...(paraphrased.get(match.conceptId) ?? []), ...match.words]);
		}
	}

	// Said the way the glossary knows people say it ("try it again", "back off … longer each time").
	for (const clause of clauses.filter((candidate) => candidate.stance === 'stated' || candidate.stance === 'rejected')) {
		const clauseWords = words(readerText, clause.start, clause.end);
		for (const conceptId of input.greatConcepts) {
			for (const pattern of patternsOf(input.describe(conceptId))) {
				const met = matchPattern(clauseWords, pattern);
				if (!met || met.some((word) => inside(setAside, word.start)) || !statesWords(readerText, clause, met)) continue;
				// The reader's phrase, gap words included, is what earned it: "same message twice does no harm".
				paraphrased.set(conceptId, [...(paraphrased.get(conceptId) ?? []), { start: met[0]!.start, end: met.at(-1)!.end }]);
			}
		}
	}

	// Stating a narrower idea states the broader ones it refines. An idea named outright is shown
	// by its name, not by the words around it.
	const credited = new Map<string, Span[]>();
	for (const [conceptId, spans] of [...named, ...[...paraphrased].filter(([id]) => !named.has(id))]) {
		for (const id of [conceptId, ...broaderConcepts(conceptId, context.refines)]) {
			if (!credited.has(id) || id === conceptId) credited.set(id, [...(id === conceptId ? (credited.get(id) ?? []) : []), ...spans]);
		}
	}

	const sentences = sentenceSpans(input.greatText);
	const greatSentence = (conceptId: string) => {
		const mention = mentionsOfGreat.get(conceptId);
		const sentence = mention && sentences.find((span) => span.start <= mention.start && mention.start < span.end);
		return sentence && input.greatText.slice(sentence.start, sentence.end).trim();
	};
	const ideas = input.greatConcepts.map((conceptId): IdeaVerdict => {
		const evidence = credited.get(conceptId);
		if (evidence) return { conceptId, verdict: 'covered', evidence: mergeSpans(evidence) };
		const waved = vague.get(conceptId);
		if (waved) return { conceptId, verdict: 'partial', evidence: waved, greatSentence: greatSentence(conceptId) };
		const broader = broaderConcepts(conceptId, context.refines).find((id) => named.has(id));
		if (broader && !setAsideIds.has(conceptId)) {
			return { conceptId, verdict: 'partial', evidence: named.get(broader)!, broader, greatSentence: greatSentence(conceptId) };
		}
		return { conceptId, verdict: 'missed', greatSentence: greatSentence(conceptId), ...(setAsideIds.has(conceptId) && { setAside: true }) };
	});
	return {
		ideas,
		covered: ideas.filter((idea) => idea.verdict === 'covered').length,
		partial: ideas.filter((idea) => idea.verdict === 'partial').length,
		total: ideas.length,
	};
}

/** Sorted, with overlapping spans joined, so the reader's text can be highlighted in one pass. */
export function mergeSpans(spans: readonly Span[]): Span[] {
	const merged: Span[] = [];
	for (const span of [...spans].sort((a, b) => a.start - b.start)) {
		const last = merged.at(-1);
		if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
		else merged.push({ ...span });
	}
	return merged;
}
