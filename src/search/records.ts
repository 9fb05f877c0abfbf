/**
 * What the search indexes besides the question pages' own HTML: a record for each concept page and
 * each topic page (they go in the second, low-weighted index), and the concept names a question
 * page carries as metadata so that any common name of an idea its answers state finds it.
 */
import { createAnalysisContext, statedConcepts, type AnalysisContext, type StatedConcept } from '../analysis/compare.ts';
import type { Concept } from '../analysis/concept-schema.ts';
import type { Topic } from '../lib/guide.ts';
import { conceptPath, topicPath } from '../lib/urls.ts';

/** The result types readers can filter by; each result shows its own. */
export type ResultType = 'Question' | 'Concept' | 'Topic';

/** A page of the second index, in the shape of Pagefind's `addCustomRecord`. */
export interface SearchRecord {
	/** The page's site path, without the base: Pagefind's UI prefixes it, as for every other result. */
	url: string;
	/** The text searched and excerpted. */
	content: string;
	language: 'en';
	/** Shown with the result: `title`, and `Type` as its label. */
	meta: { title: string; Type: ResultType };
	/** The filters of the search dialog this page belongs to. */
	filters: Record<string, string[]>;
}

export function conceptRecord(concept: Concept): SearchRecord {
	const aliases = concept.aliases.length > 0 ? ` Also written as: ${concept.aliases.join(', ')}.` : '';
	return {
		url: conceptPath(concept.id),
		content: `${concept.label}. ${concept.definition}${aliases}`,
		language: 'en',
		meta: { title: concept.label, Type: 'Concept' },
		filters: { Type: ['Concept'] },
	};
}

export function topicRecord(topic: Topic): SearchRecord {
	return {
		url: topicPath(topic.slug),
		content: `${topic.name}. ${topic.questions.map((question) => question.question).join(' ')}`,
		language: 'en',
		meta: { title: topic.name, Type: 'Topic' },
		filters: { Type: ['Topic'], Topic: [topic.name] },
	};
}

/** The words of the names (labels and aliases) of the concepts a question's answers state, for its metadata. */
export interface QuestionConceptWords {
	/** Of the concepts the answers state that the question itself names: what it is about. Weighted above the others. */
	subject: string;
	/** Of the other concepts any answer states, less the subject's words. */
	stated: string;
}

/** One matcher per glossary: compiling it is the costly part, and every page shares the glossary. */
const contexts = new WeakMap<ReadonlyMap<string, Concept>, AnalysisContext>();

/**
 * Each word once (compared in lower case), in the order first written. Pagefind matches words, not
 * phrases, so "API rate limits, rate limiting, request throttling" finds no more pages than "API
 * rate limits limiting request throttling"; the repeats only made every page's index entries and
 * search results larger (at 5,000 questions the names were as long as the answers) and counted a
 * word once per alias that holds it.
 */
function distinctWords(names: Iterable<string>, given: Set<string>): string {
	const words: string[] = [];
	for (const word of [...names].flatMap((name) => name.split(/[\s,]+/))) {
		const key = word.toLowerCase();
		if (word === '' || given.has(key)) continue;
		given.add(key);
		words.push(word);
	}
	return words.join(' ');
}

/** `tiers` are the stated concepts of each answer and `question` the question's text, matched against the same glossary. */
export function questionConceptWords(
	question: string,
	tiers: readonly (readonly StatedConcept[])[],
	concepts: ReadonlyMap<string, Concept>,
): QuestionConceptWords {
	let context = contexts.get(concepts);
	if (!context) contexts.set(concepts, (context = createAnalysisContext([...concepts.values()])));
	const asked = new Set(statedConcepts(question, context).map((concept) => concept.conceptId));
	const subject: string[] = [];
	const stated: string[] = [];
	for (const conceptId of new Set(tiers.flatMap((tier) => tier.map((concept) => concept.conceptId)))) {
		const concept = concepts.get(conceptId);
		if (concept) (asked.has(conceptId) ? subject : stated).push(concept.label, ...concept.aliases);
	}
	const given = new Set<string>();
	return { subject: distinctWords(subject, given), stated: distinctWords(stated, given) };
}

/**
 * The initials of the hyphenated terms of three or more words in `text`, lower case, each once:
 * "over-the-air" gives "ota", "last-write-wins" "lww", "time-to-live" "ttl". Readers type such
 * terms as acronyms ("OTA"), and a page that spells the term out never holds them.
 */
export function initialisms(text: string): string[] {
	const found = new Set<string>();
	for (const [term] of text.matchAll(/\p{L}+(?:-\p{L}+){2,}/gu)) found.add(term.split('-').map((part) => part[0]).join('').toLowerCase());
	return [...found];
}

/**
 * What a question page is searched by besides its text: the words of `questionConceptWords`, and
 * the initials of the hyphenated terms the question spells out with its subject, those only its
 * answers spell out with the other concepts.
 */
export function questionSearchWords(
	question: string,
	answers: readonly string[],
	tiers: readonly (readonly StatedConcept[])[],
	concepts: ReadonlyMap<string, Concept>,
): QuestionConceptWords {
	const words = questionConceptWords(question, tiers, concepts);
	const asked = initialisms(question);
	const stated = initialisms(answers.join('\n')).filter((initials) => !asked.includes(initials));
	const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
	return { subject: join(words.subject, ...asked), stated: join(words.stated, ...stated) };
}
