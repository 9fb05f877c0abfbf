/**
 * Recognises an idea in a reader's own words. Each idea of a great answer is described by the
 * content words of its glossary entry (name, aliases, definition); a reader's clause or sentence
 * states the idea when it shares enough of those words, weighted by how few of the answer's other
 * ideas use them ("twice" tells idempotency apart, "request" does not). Stems let "randomising" meet "random" and "expires" meet "expiry". The glossary's
 * paraphrase patterns catch what shared words cannot: how people usually say the idea ("try it
 * again", "back off … longer each time").
 */
import { broaderConcepts } from '../analysis/glossary.ts';
import { contentWords, words, type ContentWord } from './content-words.ts';

/** What describes an idea: its glossary entry's name, aliases and definition. */
export interface DescribedIdea {
	label: string;
	aliases: readonly string[];
	definition?: string | undefined;
}

export interface IdeaCues {
	conceptId: string;
	/** Stems of the idea's describing words. */
	stems: ReadonlySet<string>;
	/** Those of them from its name and aliases. */
	nameStems: ReadonlySet<string>;
}

export interface ParaphraseMatch {
	conceptId: string;
	/** The reader's words that met the idea's, in text order. */
	words: ContentWord[];
	score: number;
}

/**
 * A stretch of text must share this many distinct describing words with an idea, weighing
 * together at least the caller's `minScore` (a word used by one idea only weighs 1, one shared by
 * two weighs ½, …): one word alone, however rare, is a topic, not a statement of the idea.
 */
export const MIN_WORDS = 2;
/**
 * A match made only of definition words, none from the idea's name or aliases, must weigh this
 * many times more: "review changes before applying" shares generic words with a pull request's
 * definition without saying one. (On the tune answers 1.5 gained nothing, 2 and 2.5 each removed
 * false credit for one loss; the smaller is kept.)
 */
const DEFINITION_ONLY_FACTOR = 2;
/** Words of the question itself say what the answer is about, not which idea it states. */
const QUESTION_WORD_WEIGHT = 0.25;

/** The content words of a glossary entry, worked out once per entry. */
const describingWordsCache = new WeakMap<DescribedIdea, ContentWord[]>();

function describingWords(description: DescribedIdea | undefined): ContentWord[] {
	if (!description) return [];
	let found = describingWordsCache.get(description);
	if (!found) {
		found = contentWords([description.label, ...description.aliases, description.definition].filter(Boolean).join('. '));
		describingWordsCache.set(description, found);
	}
	return found;
}

/**
 * An idea's describing words, less those of the broader ideas it refines: what describes the
 * broader idea cannot show the narrower one ("fails, retry it" is retries, not backoff).
 */
export function ideaCues(conceptId: string, describe: (conceptId: string) => DescribedIdea | undefined, refines: ReadonlyMap<string, string | undefined>): IdeaCues {
	const broader = new Set(broaderConcepts(conceptId, refines).flatMap((id) => describingWords(describe(id)).map((word) => word.stem)));
	const description = describe(conceptId);
	const stems = new Set(describingWords(description).map((word) => word.stem).filter((stem) => !broader.has(stem)));
	const names = contentWords([description?.label, ...(description?.aliases ?? [])].filter(Boolean).join('. '));
	return { conceptId, stems, nameStems: new Set(names.map((word) => word.stem).filter((stem) => stems.has(stem))) };
}

/**
 * The ideas a stretch of text (a clause, or a sentence) states in other words, best first. `usable(word, conceptId)` says whether a
 * reader's word may count for an idea (a word that names another concept outright may not).
 */
export function paraphrasedIdeas(
	clause: readonly ContentWord[],
	ideas: readonly IdeaCues[],
	questionStems: ReadonlySet<string>,
	usable: (word: ContentWord, conceptId: string) => boolean = () => true,
	minScore = 1,
): ParaphraseMatch[] {
	const spread = new Map<string, number>();
	for (const idea of ideas) for (const stem of idea.stems) spread.set(stem, (spread.get(stem) ?? 0) + 1);
	const weight = (stem: string) => (questionStems.has(stem) ? QUESTION_WORD_WEIGHT : 1) / (spread.get(stem) ?? 1);
	const matches: ParaphraseMatch[] = [];
	for (const idea of ideas) {
		const met = new Map<string, ContentWord[]>();
		for (const word of clause) {
			if (idea.stems.has(word.stem) && usable(word, idea.conceptId)) met.set(word.stem, [...(met.get(word.stem) ?? []), word]);
		}
		const score = [...met.keys()].reduce((sum, stem) => sum + weight(stem), 0);
		const named = [...met.keys()].some((stem) => idea.nameStems.has(stem));
		if (met.size >= MIN_WORDS && score >= minScore * (named ? 1 : DEFINITION_ONLY_FACTOR)) {
			matches.push({ conceptId: idea.conceptId, words: [...met.values()].flat().sort((a, b) => a.start - b.start), score });
		}
	}
	return matches.sort((a, b) => b.score - a.score);
}

/** A glossary paraphrase pattern as stems; `PATTERN_GAP` stands where up to `MAX_GAP` words may come. */
export type ParaphrasePattern = readonly string[];

/** Where a compiled pattern allows a gap. */
export const PATTERN_GAP = '…';
const MAX_GAP = 5;

/** "back off … longer each time" → ["back", "off", "…", "longer", "each", "time"] (stems). */
export function compilePattern(pattern: string): ParaphrasePattern {
	return pattern
		.split(/\s*(?:…|\.\.\.)\s*/)
		.flatMap((piece, index) => [...(index > 0 ? [PATTERN_GAP] : []), ...words(piece).map((word) => word.stem)]);
}

/**
 * Determiners a pattern's words may have between them: "drop the low-priority events" says "drop
 * low-priority" as much as the pattern's own wording. A pattern that holds one ("keep a copy")
 * asks for its words exactly.
 */
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'their', 'some', 'this'].map((word) => words(word)[0]!.stem));

/**
 * The words of `clause` (every word, in order) that a pattern meets: its words in its order, next
 * to each other (or a determiner apart) except where it has a gap. The first match wins; none is
 * `undefined`.
 */
export function matchPattern(clause: readonly ContentWord[], pattern: ParaphrasePattern): ContentWord[] | undefined {
	const strict = pattern.some((stem) => DETERMINERS.has(stem));
	const at = (patternIndex: number, wordIndex: number, gap: number): ContentWord[] | undefined => {
		if (patternIndex === pattern.length) return [];
		if (pattern[patternIndex] === PATTERN_GAP) return at(patternIndex + 1, wordIndex, MAX_GAP);
		if (gap === 0 && !strict && patternIndex > 0 && DETERMINERS.has(clause[wordIndex]?.stem ?? '')) gap = 1;
		for (let index = wordIndex; index < clause.length && index <= wordIndex + gap; index++) {
			if (clause[index]!.stem !== pattern[patternIndex]) continue;
			const rest = at(patternIndex + 1, index + 1, 0);
			if (rest) return [clause[index]!, ...rest];
		}
		return undefined;
	};
	for (let start = 0; start < clause.length; start++) {
		const found = at(0, start, 0);
		if (found) return found;
	}
	return undefined;
}
