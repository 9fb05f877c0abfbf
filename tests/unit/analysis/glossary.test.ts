import { describe, expect, it } from 'vitest';
import { broaderConcepts, glossaryProblems } from '../../../src/analysis/glossary.ts';
import { validateGlossary } from '../../../src/analysis/glossary-files.ts';

describe('glossaryProblems', () => {
	it('reports duplicate ids and phrases, unknown and cyclic refinements', () => {
		expect(
			glossaryProblems([
				{ id: 'a', label: 'Retry', aliases: [] },
				{ id: 'a', label: 'A', aliases: [] },
				{ id: 'b', label: 'Retries', aliases: [], refines: 'c' },
				{ id: 'c', label: 'C', aliases: [], refines: 'b' },
				{ id: 'd', label: 'D', aliases: [], refines: 'nowhere' },
			]),
		).toEqual([
			{ conceptId: 'a', message: 'concept id "a" is used twice' },
			{ conceptId: 'b', message: '"Retries" of concept "b" reads the same as a name of concept "a"' },
			{ conceptId: 'b', message: 'concept "b" refines itself through "b"' },
			{ conceptId: 'c', message: 'concept "c" refines itself through "c"' },
			{ conceptId: 'd', message: 'concept "d" refines "nowhere", which is not in the glossary' },
		]);
	});

	it('follows refinements to the broadest concept', () => {
		expect(broaderConcepts('jitter', new Map([['jitter', 'backoff'], ['backoff', 'retries'], ['retries', undefined]]))).toEqual([
			'backoff',
			'retries',
		]);
	});
});

describe('validateGlossary', () => {
	it('names the file, line, concept and field of a bad entry', () => {
		expect(() =>
			validateGlossary([{ file: 'caching.yaml', line: 12, data: { id: 'Cache Aside', label: 'Cache-aside', definition: 'x' } }]),
		).toThrow('caching.yaml:12: concept "Cache Aside", field "id": expected lower-case words joined by hyphens');
	});

	it('reports a whole-glossary problem at the entry of the concept it concerns', () => {
		const entry = (file: string, line: number, data: Record<string, unknown>) => ({ file, line, data: { definition: 'x', aliases: [], ...data } });
		expect(() =>
			validateGlossary([entry('queues.yaml', 3, { id: 'dlq', label: 'Dead-letter queue' }), entry('queues.yaml', 9, { id: 'retries', label: 'Retries', refines: 'backoff' })]),
		).toThrow('queues.yaml:9: concept "retries" refines "backoff", which is not in the glossary');
	});
});
