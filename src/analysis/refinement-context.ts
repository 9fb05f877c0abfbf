/**
 * A broad concept said beside what only one of its refinements is about is that refinement:
 * "Kafka, partitioned by device ID" partitions a topic (Message partitioning), not a table or a
 * database. Writers often name the specific kind only by its setting, which the sentence already
 * states; the glossary says which setting belongs to which refinement where a refinement's names
 * name another concept ("Kafka partitions").
 */
import type { ConceptMatcher, MatchableConcept } from './matcher.ts';

/** For each broad concept, its refinements with the concepts their names name ("Kafka partitions" → Apache Kafka). */
export type RefinementSettings = ReadonlyMap<string, readonly { conceptId: string; settings: ReadonlySet<string> }[]>;

/**
 * Worked out once per glossary, from each refinement's names that name its broader concept and
 * another one besides ("Kafka partitions", "SLO alerts"): that other concept is the setting. A name
 * that does not name the broader concept says nothing of where it applies ("instead of horizontal
 * scaling" for Vertical scaling), and a broad area such as Scalability is no setting ("read replicas
 * for scalability" says why, not where). Cost grows with the refinements' names; none of it runs per
 * analysed word.
 */
export function refinementSettings(
	concepts: readonly (MatchableConcept & { refines?: string | undefined })[],
	matcher: ConceptMatcher,
	umbrellas: ReadonlySet<string>,
): RefinementSettings {
	const settings = new Map<string, { conceptId: string; settings: ReadonlySet<string> }[]>();
	for (const concept of concepts) {
		if (concept.refines === undefined) continue;
		const named = new Set(
			[concept.label, ...concept.aliases].flatMap((name) => {
				const ids = new Set(shorterSpans(name).flatMap((span) => matcher.find(span).map((occurrence) => occurrence.conceptId)));
				return ids.has(concept.refines!) ? [...ids].filter((id) => id !== concept.id && id !== concept.refines && !umbrellas.has(id)) : [];
			}),
		);
		if (named.size === 0) continue;
		settings.set(concept.refines, [...(settings.get(concept.refines) ?? []), { conceptId: concept.id, settings: named }]);
	}
	return settings;
}

/** The runs of fewer words than a name has ("Kafka", "partitions" of "Kafka partitions"): matched whole, the name is only its own concept. */
function shorterSpans(name: string): string[] {
	const words = name.split(/\s+/);
	const spans: string[] = [];
	for (let start = 0; start < words.length; start++) {
		for (let end = start + 1; end <= words.length; end++) {
			if (end - start < words.length) spans.push(words.slice(start, end).join(' '));
		}
	}
	return spans;
}

/**
 * The refinement a broad concept stands for in a sentence that states `besides` (the other
 * concepts stated there), or undefined: only when exactly one of its refinements is about one of
 * them, since two would leave the kind open.
 */
export function refinementInSetting(broadId: string, besides: ReadonlySet<string>, settings: RefinementSettings): string | undefined {
	const fitting = (settings.get(broadId) ?? []).filter((refinement) => [...refinement.settings].some((id) => besides.has(id)));
	return fitting.length === 1 ? fitting[0]!.conceptId : undefined;
}
