/**
 * Whole-glossary rules that a per-concept schema cannot see, and the concept hierarchy.
 */
import { tokenize } from './tokens.ts';

export interface GlossaryConcept {
	id: string;
	label: string;
	aliases: readonly string[];
	refines?: string | undefined;
}

/** A problem of the glossary as a whole, and the concept whose entry it is reported at. */
export interface GlossaryProblem {
	conceptId: string;
	message: string;
}

/** Problems with the glossary as a whole: duplicate ids or phrases, unknown or cyclic `refines`. */
export function glossaryProblems(concepts: readonly GlossaryConcept[]): GlossaryProblem[] {
	const problems: GlossaryProblem[] = [];
	const report = (conceptId: string, message: string) => problems.push({ conceptId, message });
	const byId = new Map<string, GlossaryConcept>();
	for (const concept of concepts) {
		if (byId.has(concept.id)) report(concept.id, `concept id "${concept.id}" is used twice`);
		byId.set(concept.id, concept);
	}
	const phraseOwner = new Map<string, string>();
	for (const concept of concepts) {
		for (const phrase of [concept.label, ...concept.aliases]) {
			const key = tokenize(phrase)
				.map((token) => token.stem)
				.join(' ');
			const owner = phraseOwner.get(key);
			if (owner && owner !== concept.id) {
				report(concept.id, `"${phrase}" of concept "${concept.id}" reads the same as a name of concept "${owner}"`);
			}
			phraseOwner.set(key, concept.id);
		}
	}
	for (const concept of concepts) {
		if (concept.refines === undefined) continue;
		if (!byId.has(concept.refines)) {
			report(concept.id, `concept "${concept.id}" refines "${concept.refines}", which is not in the glossary`);
			continue;
		}
		const seen = new Set([concept.id]);
		for (let parent = byId.get(concept.refines); parent; parent = parent.refines ? byId.get(parent.refines) : undefined) {
			if (seen.has(parent.id)) {
				report(concept.id, `concept "${concept.id}" refines itself through "${parent.id}"`);
				break;
			}
			seen.add(parent.id);
		}
	}
	return problems;
}

/** The broader concepts a concept refines, nearest first. Assumes a glossary without problems. */
export function broaderConcepts(conceptId: string, refines: ReadonlyMap<string, string | undefined>): string[] {
	const chain: string[] = [];
	for (let parent = refines.get(conceptId); parent !== undefined && !chain.includes(parent); parent = refines.get(parent)) {
		chain.push(parent);
	}
	return chain;
}
