/**
 * Proposes glossary entries for the terms that recur across a guide's answers and that no glossary
 * concept covers, so the glossary grows with new documents. Terms are found exactly as the site
 * finds its open-vocabulary chips (terms.ts), in every tier of every question; one that several
 * questions use is worth a concept page, with its own definition. It only proposes: nothing is
 * shown as a concept until a person writes the definition into content/concepts/.
 */
import type { ConceptMatcher } from './matcher.ts';
import { specificTerms } from './terms.ts';
import { TIERS } from '../questions/tiers.ts';
import type { TierTexts } from '../questions/tiers.ts';

export interface Suggestion {
	/** The most frequent written form, as a label would show it. */
	term: string;
	/** A concept id for it: lower-case words joined by hyphens. */
	id: string;
	/** How many questions use it, in any tier: what makes it recur. */
	questions: number;
	/** How often it is written, in all. */
	count: number;
	/** The first sentence it appears in, for context. */
	example: string;
}

/** A term used by fewer questions than this is that question's own; the site lists it as a chip already. */
export const MIN_QUESTIONS_TO_SUGGEST = 2;

export function conceptId(term: string): string {
	return term
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** A label starts with a capital unless it is a name written otherwise ("k6", "iOS"). */
function labelOf(term: string): string {
	return /^[a-z]+$/.test(term.split(/\s/)[0]!) ? term[0]!.toUpperCase() + term.slice(1) : term;
}

/**
 * Terms that at least `minQuestions` questions use and no concept covers, most questions first,
 * then most written. Pass one question with `minQuestions` 1 to see all of its terms.
 */
export function suggestConcepts(
	questions: readonly Partial<TierTexts>[],
	matcher: ConceptMatcher,
	minQuestions = MIN_QUESTIONS_TO_SUGGEST,
): Suggestion[] {
	const byKey = new Map<string, { forms: Map<string, number>; questions: Set<number>; count: number; example: string }>();
	questions.forEach((tiers, index) => {
		for (const tier of TIERS) {
			// A compound of everyday nouns needs the question around it ("database changes"): not a concept of its own.
			for (const term of specificTerms(tiers[tier] ?? '', matcher).filter((found) => !found.everyday)) {
				const entry = byKey.get(term.key) ?? { forms: new Map(), questions: new Set(), count: 0, example: term.evidence };
				entry.forms.set(term.text, (entry.forms.get(term.text) ?? 0) + 1);
				entry.questions.add(index);
				entry.count += 1;
				byKey.set(term.key, entry);
			}
		}
	});
	return [...byKey.values()]
		.filter((entry) => entry.questions.size >= minQuestions)
		.map((entry) => {
			// Forms differ only in inflection (one stem key), which the matcher handles: the commonest is the label.
			const [term] = [...entry.forms].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)).map(([form]) => form);
			return { term: labelOf(term!), id: conceptId(term!), questions: entry.questions.size, count: entry.count, example: entry.example };
		})
		.sort((a, b) => b.questions - a.questions || b.count - a.count || a.term.localeCompare(b.term));
}

/**
 * A YAML glossary entry to complete: the definition (and any other names) are left for a person to
 * write, so the glossary rejects the entry until then.
 */
export function glossaryEntry(suggestion: Suggestion): string {
	const quote = (text: string) => JSON.stringify(text);
	return [
		`- id: ${suggestion.id}`,
		`  label: ${quote(suggestion.term)}`,
		'  aliases: []',
		`  definition: "" # one sentence in your own words; used in ${suggestion.questions} questions, e.g. ${quote(suggestion.example.slice(0, 120))}`,
	].join('\n');
}
