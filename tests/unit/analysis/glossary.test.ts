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
			'concept id "a" is used twice',
			'"Retries" of concept "b" reads the same as a name of concept "a"',
			'concept "b" refines itself through "b"',
			'concept "c" refines itself through "c"',
			'concept "d" refines "nowhere", which is not in the glossary',
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
});
