import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../../src/importer/slug.ts';

describe('slugify', () => {
	it.each([
		['Explain how you would design a rate-limiting system for an API.', 'rate-limiting-system-api'],
		['How do you handle data consistency in distributed systems?', 'data-consistency-distributed-systems'],
		['What’s the CAP theorem?', 'whats-cap-theorem'],
		['Caching at the café: naïve or smart?', 'caching-cafe-naive-smart'],
		['How would you?', 'question'],
	])('%s → %s', (question, slug) => {
		expect(slugify(question)).toBe(slug);
	});

	it('adds a number when the slug is taken', () => {
		expect(uniqueSlug('caching', new Set())).toBe('caching');
		expect(uniqueSlug('caching', new Set(['caching', 'caching-2']))).toBe('caching-3');
	});
});
