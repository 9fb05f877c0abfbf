import { describe, expect, it } from 'vitest';
import { analyzeQuestion, createAnalysisContext } from '../../../src/analysis/compare.ts';
import { conceptIndexRows, matchesFilter } from '../../../src/lib/concept-index.ts';
import { comparisonRows, mentionRoles } from '../../../src/lib/question-view.ts';

const concepts = [
	{ id: 'retries', label: 'Retries', aliases: ['retry', 'retry it'] },
	{ id: 'exponential-backoff', label: 'Exponential backoff', aliases: [], refines: 'retries' },
	{ id: 'dead-letter-queue', label: 'Dead-letter queue', aliases: ['DLQ'] },
	{ id: 'monitoring', label: 'Monitoring', aliases: ['monitor'] },
	{ id: 'idempotency', label: 'Idempotency', aliases: ['idempotent'] },
	{ id: 'caching', label: 'Caching', aliases: ['cache'] },
];
const context = createAnalysisContext(concepts);
const refines = new Map(concepts.map((concept) => [concept.id, concept.refines]));
const tiers = {
	great: 'Failed jobs use exponential backoff, e.g. 1 s, 2 s, 4 s. After five tries a job goes to a DLQ.\n\nWe monitor the queue.',
	mediocre: 'If a job fails we retry it a few times. We monitor it too. We cache results.',
	poor: 'We just cache everything and hope.',
};
const analysis = analyzeQuestion(tiers, context, { add: { great: ['idempotency'] } });

describe('mentionRoles', () => {
	it('marks great-only mentions as added and mediocre-only ones as removed, leaving shared ones out', () => {
		expect(Object.fromEntries(mentionRoles(analysis, 'great'))).toEqual({
			'exponential-backoff': 'added',
			'dead-letter-queue': 'added',
			idempotency: 'added',
		});
		expect(Object.fromEntries(mentionRoles(analysis, 'mediocre'))).toEqual({ caching: 'removed' });
	});

	it('compares the poor answer with the mediocre one', () => {
		// Caching is in both the mediocre and the poor answer, so nothing in the poor text stands out.
		expect(mentionRoles(analysis, 'poor').size).toBe(0);
		const poorOnly = analyzeQuestion({ ...tiers, poor: 'We use idempotent handlers.' }, context);
		expect(Object.fromEntries(mentionRoles(poorOnly, 'poor'))).toEqual({ idempotency: 'removed' });
	});
});

describe('comparisonRows', () => {
	const rows = comparisonRows(tiers, analysis, refines);
	const row = (group: keyof typeof rows, id: string) => rows[group].find((candidate) => candidate.conceptId === id);

	it('gives each separating concept the great sentence that states it and a dash for the mediocre side', () => {
		expect(row('separating', 'dead-letter-queue')).toEqual({
			conceptId: 'dead-letter-queue',
			role: 'added',
			great: { stated: true, sentence: 'After five tries a job goes to a DLQ.' },
			mediocre: { stated: false, sentence: undefined },
		});
	});

	it('shows where the mediocre answer states the broader concept a great-only one refines', () => {
		expect(row('separating', 'exponential-backoff')).toMatchObject({
			great: { stated: true, sentence: 'Failed jobs use exponential backoff, e.g. 1 s, 2 s, 4 s.' },
			mediocre: { stated: false, sentence: 'If a job fails we retry it a few times.' },
		});
	});

	it('has no sentence for a concept a question note adds, and lists mediocre-only concepts after great-only ones', () => {
		expect(row('separating', 'idempotency')!.great).toEqual({ stated: true, sentence: undefined });
		expect(rows.separating.map((candidate) => candidate.role)).toEqual(['added', 'added', 'added', 'removed']);
		expect(row('separating', 'caching')!.mediocre.sentence).toBe('We cache results.');
	});

	it('puts concepts both answers state in their own group, each with both sentences', () => {
		expect(rows.shared.map((candidate) => candidate.conceptId).sort()).toEqual(['monitoring', 'retries']);
		expect(row('shared', 'monitoring')).toEqual({
			conceptId: 'monitoring',
			great: { stated: true, sentence: 'We monitor the queue.' },
			mediocre: { stated: true, sentence: 'We monitor it too.' },
		});
		// Implied by exponential backoff in the great answer: the sentence is the one that implies it.
		expect(row('shared', 'retries')!.great.sentence).toBe('Failed jobs use exponential backoff, e.g. 1 s, 2 s, 4 s.');
	});
});

describe('the concepts index', () => {
	const use = (separates: boolean) => ({ slug: 's', number: 1, question: 'q', tiers: ['great' as const], separatesGreatFromMediocre: separates, anchor: 'a' });
	const uses = new Map([
		['retries', [use(false)]],
		['monitoring', [use(true), use(false)]],
	]);
	const { used, unused } = conceptIndexRows(concepts, uses);

	it('lists used concepts most used first, and leaves the unused ones for their own page', () => {
		expect(used.map((row) => [row.id, row.questions, row.separates])).toEqual([
			['monitoring', 2, 1],
			['retries', 1, 0],
		]);
		expect(unused.map((row) => row.label)).toEqual(['Caching', 'Dead-letter queue', 'Exponential backoff', 'Idempotency']);
	});

	it('filters by label or alias, every word, ignoring case', () => {
		const dlq = unused.find((row) => row.id === 'dead-letter-queue')!;
		expect(matchesFilter(dlq.terms, 'dlq')).toBe(true);
		expect(matchesFilter(dlq.terms, 'Queue  dead')).toBe(true);
		expect(matchesFilter(dlq.terms, 'dead cache')).toBe(false);
		expect(matchesFilter(dlq.terms, '   ')).toBe(true);
	});
});
