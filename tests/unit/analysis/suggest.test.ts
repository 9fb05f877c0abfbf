import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/analysis/matcher.ts';
import { suggestTerms } from '../../../src/analysis/suggest.ts';

describe('suggestTerms', () => {
	it('proposes acronyms, product names and noun phrases that no concept covers', () => {
		const matcher = compileMatcher([{ id: 'caching', label: 'Caching', aliases: ['cache'] }]);
		const terms = suggestTerms(
			['We put a cache in front of the service mesh and ship traces with OTLP to Honeycomb.', 'The service mesh handles mTLS.'],
			matcher,
		).map((suggestion) => suggestion.term);
		expect(terms).toEqual(expect.arrayContaining(['service mesh', 'OTLP', 'Honeycomb']));
		expect(terms).not.toContain('cache');
	});
});
