import { describe, expect, it } from 'vitest';
import { createAnalysisContext, statedConcepts } from '../../../src/analysis/compare.ts';
import { highlightSegments, mentionTarget } from '../../../src/analysis/highlight.ts';
import { conceptUses } from '../../../src/analysis/usage.ts';
import { analyzeQuestion } from '../../../src/analysis/compare.ts';

const context = createAnalysisContext([
	{ id: 'retries', label: 'Retries', aliases: ['retry'] },
	{ id: 'exponential-backoff', label: 'Exponential backoff', aliases: [], refines: 'retries' },
	{ id: 'caching', label: 'Caching', aliases: ['cache'] },
]);

describe('highlightSegments', () => {
	it('marks every mention with its own anchor and keeps paragraphs', () => {
		const text = 'Use <b>cache</b> and retry.\n\nThen cache again.';
		const segments = highlightSegments(text, statedConcepts(text, context), 'great');
		expect(segments).toEqual([
			[
				{ text: 'Use <b>' },
				{ text: 'cache', mark: { conceptId: 'caching', id: 'great-caching' } },
				{ text: '</b> and ' },
				{ text: 'retry', mark: { conceptId: 'retries', id: 'great-retries' } },
				{ text: '.' },
			],
			[{ text: 'Then ' }, { text: 'cache', mark: { conceptId: 'caching', id: 'great-caching-2' } }, { text: ' again.' }],
		]);
	});

	it('gives a mention inside a loose one its own mark and anchor', () => {
		const loose = createAnalysisContext([
			{ id: 'synchronous-replication', label: 'Synchronous replication', aliases: [] },
			{ id: 'asynchronous-replication', label: 'Asynchronous replication', aliases: [] },
			{ id: 'exponential-backoff', label: 'Exponential backoff', aliases: [] },
			{ id: 'jitter', label: 'Jitter', aliases: [] },
		]);
		const text = 'Use synchronous or asynchronous replication, and exponential jittered backoff.';
		expect(highlightSegments(text, statedConcepts(text, loose), 'great')).toEqual([
			[
				{ text: 'Use ' },
				{ text: 'synchronous or', mark: { conceptId: 'synchronous-replication', id: 'great-synchronous-replication' } },
				{ text: ' ' },
				{ text: 'asynchronous replication', mark: { conceptId: 'asynchronous-replication', id: 'great-asynchronous-replication' } },
				{ text: ', and ' },
				{ text: 'exponential', mark: { conceptId: 'exponential-backoff', id: 'great-exponential-backoff' } },
				{ text: ' ' },
				{ text: 'jittered', mark: { conceptId: 'jitter', id: 'great-jitter' } },
				{ text: ' backoff.' },
			],
		]);
	});

	it('points an implied concept at the mention that implies it', () => {
		const stated = statedConcepts('Exponential backoff.', context);
		expect(mentionTarget('great', stated.find((concept) => concept.conceptId === 'retries')!)).toBe('great-exponential-backoff');
	});
});

describe('conceptUses', () => {
	it('lists, per concept, the questions and tiers that state it and where it separates', () => {
		const analysis = analyzeQuestion({ great: 'Exponential backoff.', mediocre: 'Retry.', poor: 'Cache.' }, context);
		const uses = conceptUses([{ slug: 'q', number: 3, question: 'Q?', analysis }]);
		expect(uses.get('retries')).toEqual([
			{ slug: 'q', number: 3, question: 'Q?', tiers: ['great', 'mediocre'], separatesGreatFromMediocre: false, anchor: 'great-exponential-backoff' },
		]);
		expect(uses.get('exponential-backoff')![0]!.separatesGreatFromMediocre).toBe(true);
		expect(uses.get('caching')![0]!.tiers).toEqual(['poor']);
	});
});
