import { describe, expect, it } from 'vitest';
import type { StatedConcept } from '../../../src/analysis/compare.ts';
import type { Concept } from '../../../src/analysis/concept-schema.ts';
import { containsQueryWords, scoreQuery, summarize, type LabelledQuery } from '../../../src/search/evaluate.ts';
import { searchOptions } from '../../../src/search/options.ts';
import { searchTerm } from '../../../src/search/query.ts';
import { conceptRecord, initialisms, questionConceptWords, questionSearchWords, topicRecord } from '../../../src/search/records.ts';

const concept = (id: string, label: string, aliases: string[] = []): Concept => ({ id, label, aliases, definition: `${label}, defined.`, umbrella: false });
const stated = (...ids: string[]): StatedConcept[] => ids.map((conceptId) => ({ conceptId, occurrences: [], position: 0 }) as unknown as StatedConcept);

describe('searchTerm', () => {
	it('drops the words that ask, keeping the subject', () => {
		expect(searchTerm('How do you handle authentication?')).toBe('authentication?');
		expect(searchTerm('Explain microservices vs monolith')).toBe('microservices monolith');
		expect(searchTerm('what is the test pyramid')).toBe('test pyramid');
	});
	it('drops the verbs of looking into a problem, which answers put in their own words', () => {
		expect(searchTerm('How would you debug a slow query?')).toBe('slow query?');
		expect(searchTerm('how do you troubleshoot replication lag')).toBe('replication lag');
		expect(searchTerm('debug')).toBe('debug');
	});
	it('drops the frames of a study question, which a page need not hold for the subject to be on it', () => {
		expect(searchTerm("What's the difference between PUT and PATCH?")).toBe('PUT PATCH?');
		expect(searchTerm('what happens if the primary fails')).toBe('primary fails');
		expect(searchTerm('best practices for api versioning')).toBe('api versioning');
		expect(searchTerm('pros and cons of eventual consistency')).toBe('eventual consistency');
		expect(searchTerm('when should you use microservices')).toBe('microservices');
		expect(searchTerm('ways to reduce latency')).toBe('latency');
	});
	it('drops "work" only where it asks how something works', () => {
		expect(searchTerm('how does a token bucket work?')).toBe('token bucket');
		expect(searchTerm('work queue')).toBe('work queue');
		expect(searchTerm('how do you size a work queue')).toBe('size work queue');
	});
	it('searches a query made only of question words as typed', () => {
		expect(searchTerm('how would you')).toBe('how would you');
	});
	it('keeps technical words and their case', () => {
		expect(searchTerm('2PC OAuth token bucket')).toBe('2PC OAuth token bucket');
	});
});

describe('searchOptions', () => {
	it('merges the concept index under the base, with a low weight', () => {
		const options = searchOptions('/interview-guide/');
		expect(options.mergeIndex).toEqual([{ bundlePath: '/interview-guide/pagefind-concepts/', indexWeight: expect.any(Number) }]);
		expect(options.mergeIndex[0]!.indexWeight).toBeLessThan(0.5);
		expect(options.debounceTimeoutMs).toBe(0);
	});
});

describe('records', () => {
	it('a concept record is labelled Concept and searches its aliases', () => {
		const record = conceptRecord(concept('two-phase-commit', 'Two-phase commit', ['2PC']));
		expect(record).toMatchObject({ url: '/concepts/two-phase-commit/', meta: { title: 'Two-phase commit', Type: 'Concept' }, filters: { Type: ['Concept'] } });
		expect(record.content).toContain('2PC');
	});
	it('a topic record is labelled Topic and filtered by its topic', () => {
		const record = topicRecord({ name: 'CI/CD', slug: 'ci-cd', questions: [] });
		expect(record).toMatchObject({ url: '/topics/ci-cd/', meta: { title: 'CI/CD', Type: 'Topic' }, filters: { Type: ['Topic'], Topic: ['CI/CD'] } });
	});
	it('gives the words of the concepts the question asks about apart from the others the answers state, each word once', () => {
		const concepts = new Map([
			['rate-limiting', concept('rate-limiting', 'Rate limiting', ['throttling', 'API rate limits', 'request throttling'])],
			['redis', concept('redis', 'Redis', ['Redis Cluster'])],
			['caching', concept('caching', 'Caching', ['API caching'])],
		]);
		const words = questionConceptWords('How would you design rate limiting for an API?', [stated('redis', 'rate-limiting', 'caching'), stated(), stated('rate-limiting')], concepts);
		expect(words).toEqual({ subject: 'Rate limiting throttling API limits request', stated: 'Redis Cluster Caching' });
		expect(questionConceptWords('What is Redis?', [stated()], concepts)).toEqual({ subject: '', stated: '' });
	});
});

describe('initialisms', () => {
	it('gives the initials of hyphenated terms of three or more words, each once', () => {
		expect(initialisms('Ship over-the-air updates; Over-The-Air again, last-write-wins, a time-to-live.')).toEqual(['ota', 'lww', 'ttl']);
	});
	it('gives none for two-word compounds, which are mostly ordinary words ("read-only", "A/B")', () => {
		expect(initialisms('A read-only, key-value A/B store')).toEqual([]);
	});
	it('searches a question by the initials it spells out with its subject, and its answers\' with the other concepts', () => {
		const words = questionSearchWords('How would you ship over-the-air firmware updates?', ['Use last-write-wins and over-the-air deltas.'], [stated()], new Map());
		expect(words).toEqual({ subject: 'ota', stated: 'lww' });
	});
});

describe('scoring', () => {
	const query: LabelledQuery = { query: 'token bucket', kind: 'phrase', expect: ['rate-limiting'] };
	const answers = new Map([['rate-limiting', 'I would use a token bucket per client.'], ['other', 'Nothing here.']]);
	it('finds the expected question in the first three and a question first', () => {
		const score = scoreQuery(query, [{ path: '/questions/other/', type: 'Question' }, { path: '/questions/rate-limiting/', type: 'Question' }], answers);
		expect(score).toMatchObject({ expectedInTopThree: true, firstIsQuestion: true, conceptsAboveAnsweringQuestion: [] });
	});
	it('flags a concept page ranked above a question whose answers contain the query', () => {
		const score = scoreQuery(
			query,
			[{ path: '/concepts/token-bucket/', type: 'Concept' }, { path: '/questions/other/', type: 'Question' }, { path: '/questions/rate-limiting/', type: 'Question' }],
			answers,
		);
		expect(score).toMatchObject({ firstIsQuestion: false, conceptsAboveAnsweringQuestion: ['/concepts/token-bucket/'] });
		expect(summarize([score])).toMatchObject({ queries: 1, expectedInTopThree: 1, firstIsQuestion: 0, conceptAboveAnsweringQuestion: 1 });
	});
	it('matches query words as written or as the start of a longer word', () => {
		expect(containsQueryWords('what is caching', 'We cache responses and caching layers.')).toBe(true);
		expect(containsQueryWords('kafka', 'We use RabbitMQ.')).toBe(false);
	});
});
