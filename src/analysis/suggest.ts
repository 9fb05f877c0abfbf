/**
 * Proposes technical terms that no glossary concept covers, so the glossary can grow with new
 * documents. Noun phrases come from compromise's part-of-speech tagger; acronyms and product names
 * from their spelling. It only proposes: nothing it finds is shown on the site until a person
 * adds it to content/concepts/.
 */
import nlp from 'compromise';
import type { ConceptMatcher } from './matcher.ts';
import { tokenize } from './tokens.ts';

export interface Suggestion {
	term: string;
	count: number;
	/** The first sentence it appears in, for context. */
	example: string;
}

/** Words that open or qualify a noun phrase without naming anything technical. */
const QUALIFIERS = new Set(
	`a an the this that these those our their my your its his her any each every some all more most
	appropriate different clear good new old proper specific certain various multiple several other
	such same key main important relevant necessary useful simple complex large small high low
	i'd i we they it and or but to of for with`.split(/\s+/),
);
const ACRONYM_OR_PRODUCT = /^(?:[A-Z][A-Z0-9]{1,}s?|[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]{2,})$/;

function cleanPhrase(phrase: string): string {
	const words = phrase.replace(/[^\p{L}\p{N}\s'’./+#-]/gu, ' ').replace(/[.]+(\s|$)/g, ' ').trim().split(/\s+/);
	while (words.length > 0 && QUALIFIERS.has(words[0]!.toLowerCase().replace(/['’]s$/, ''))) words.shift();
	return words.join(' ').replace(/['’]s$/, '');
}

function isCovered(term: string, matcher: ConceptMatcher): boolean {
	const words = tokenize(term).length;
	const covered = matcher.find(term).reduce((sum, occurrence) => sum + tokenize(term.slice(occurrence.start, occurrence.end)).length, 0);
	return covered * 2 >= words;
}

export function suggestTerms(texts: readonly string[], matcher: ConceptMatcher): Suggestion[] {
	const found = new Map<string, Suggestion>();
	// A capitalised word that also appears in lower case is an ordinary word, not a name.
	const lowerCaseWords = new Set(texts.flatMap((text) => text.match(/\b[a-z][a-z]+\b/g) ?? []));
	const isName = (term: string) => ACRONYM_OR_PRODUCT.test(term) && !lowerCaseWords.has(term.toLowerCase());
	for (const text of texts) {
		const document = nlp(text);
		for (const sentence of document.sentences().json() as { text: string }[]) {
			const sentenceDoc = nlp(sentence.text);
			const candidates = [
				...(sentenceDoc.nouns().out('array') as string[]).map(cleanPhrase),
				...(sentenceDoc.match('#Acronym').out('array') as string[]),
				...(sentenceDoc.match('#ProperNoun').out('array') as string[]).map(cleanPhrase),
			];
			for (const term of candidates) {
				const words = term.split(/\s+/).filter(Boolean);
				const isSingleName = words.length === 1 && isName(term);
				if (!isSingleName && (words.length < 2 || words.length > 4)) continue;
				if (isCovered(term, matcher)) continue;
				const key = term.toLowerCase();
				const existing = found.get(key);
				if (existing) existing.count += 1;
				else found.set(key, { term, count: 1, example: sentence.text.trim() });
			}
		}
	}
	return [...found.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}
