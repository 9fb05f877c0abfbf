import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/analysis/compare.ts';
import { answerCoverage } from '../../../src/study/coverage.ts';

const context = createAnalysisContext([
	{ id: 'retries', label: 'Retries', aliases: ['retry'] },
	{ id: 'exponential-backoff', label: 'Exponential backoff', aliases: [], refines: 'retries' },
	{ id: 'dead-letter-queue', label: 'Dead-letter queue', aliases: ['DLQ'] },
	{ id: 'monitoring', label: 'Monitoring', aliases: [] },
]);

describe('answerCoverage', () => {
	it('lists the great answer’s concepts the reader covers and misses', () => {
		const coverage = answerCoverage('I would use a DLQ and monitoring.', ['retries', 'dead-letter-queue', 'monitoring'], context);
		expect(coverage.covered.map((concept) => concept.conceptId)).toEqual(['dead-letter-queue', 'monitoring']);
		expect(coverage.missed).toEqual(['retries']);
		expect(coverage.total).toBe(3);
	});

	it('does not credit a broader concept the reader only implies by stating a refinement of it', () => {
		const coverage = answerCoverage('Exponential backoff.', ['retries'], context);
		expect(coverage.covered).toEqual([]);
		expect(answerCoverage('Exponential backoff, then retry.', ['retries'], context).covered.map((concept) => concept.conceptId)).toEqual(['retries']);
	});

	it('does not credit negated mentions or concepts the great answer lacks', () => {
		const coverage = answerCoverage("We don't retry. Monitoring.", ['retries', 'dead-letter-queue'], context);
		expect(coverage.covered).toEqual([]);
		expect(coverage.missed).toEqual(['retries', 'dead-letter-queue']);
		expect(answerCoverage('monitoring', ['retries'], context).covered).toEqual([]);
	});
});
