/**
 * The concepts index: the concepts the questions use, most used first, with what the filter box
 * matches; concepts no question uses go to a page of their own, so the index stays short.
 */
import type { ConceptUse } from '../analysis/usage.ts';

export interface ConceptIndexRow {
	id: string;
	label: string;
	/** How many questions state the concept. */
	questions: number;
	/** In how many it separates the great answer from the mediocre one. */
	separates: number;
	/** Lower-cased label and aliases, for filtering as the reader types. */
	terms: string;
}

export function conceptIndexRows(
	concepts: Iterable<{ id: string; label: string; aliases?: readonly string[] | undefined }>,
	uses: ReadonlyMap<string, readonly ConceptUse[]>,
): { used: ConceptIndexRow[]; unused: ConceptIndexRow[] } {
	const rows = [...concepts].map((concept) => ({
		id: concept.id,
		label: concept.label,
		questions: uses.get(concept.id)?.length ?? 0,
		separates: uses.get(concept.id)?.filter((use) => use.separatesGreatFromMediocre).length ?? 0,
		terms: [concept.label, ...(concept.aliases ?? [])].join(' | ').toLowerCase(),
	}));
	const byLabel = (a: ConceptIndexRow, b: ConceptIndexRow) => a.label.localeCompare(b.label, 'en');
	return {
		used: rows.filter((row) => row.questions > 0).sort((a, b) => b.questions - a.questions || byLabel(a, b)),
		unused: rows.filter((row) => row.questions === 0).sort(byLabel),
	};
}

/** Whether a row's label or aliases hold every word of the filter text, in any order. */
export function matchesFilter(terms: string, filter: string): boolean {
	return filter
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean)
		.every((word) => terms.includes(word));
}
