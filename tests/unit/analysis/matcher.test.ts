import { describe, expect, it } from 'vitest';
import { compileMatcher, type ConceptMatcher, type MatchableConcept } from '../../../src/analysis/matcher.ts';

/** Each match in `text` as `id "words matched"`. */
const matchedWords = (matcher: ConceptMatcher) => (text: string) =>
	matcher.find(text).map((occurrence) => `${occurrence.conceptId} "${text.slice(occurrence.start, occurrence.end)}"`);
/** Each match's concept id, marked when it is loose. */
const matchedIds = (matcher: ConceptMatcher) => (text: string) => matcher.find(text).map((occurrence) => `${occurrence.conceptId}${occurrence.loose ? ' (loose)' : ''}`);

const concepts: MatchableConcept[] = [
	{ id: 'rate-limiting', label: 'Rate limiting', aliases: ['rate limit', 'throttling'] },
	{ id: 'token-bucket', label: 'Token bucket', aliases: [] },
	{ id: 'cap-theorem', label: 'CAP theorem', aliases: ['CAP'] },
	{ id: 'etag', label: 'ETag', aliases: ['entity tag'] },
	{ id: 'jwt', label: 'JWT', aliases: ['JSON Web Token'] },
	{ id: 'rbac', label: 'RBAC', aliases: ['role-based access control'] },
	{ id: 'cache-aside', label: 'Cache-aside', aliases: ['read-aside', 'lazy loading'] },
	{ id: 'normalization', label: 'Normalization', aliases: ['normalisation', 'normalize'] },
	{ id: 'idempotency', label: 'Idempotency', aliases: ['idempotent'] },
	{ id: 'ci-cd', label: 'CI/CD', aliases: ['continuous integration'] },
	{ id: 'oauth2', label: 'OAuth 2.0', aliases: [] },
	{ id: 'caching', label: 'Caching', aliases: ['cache'] },
	{ id: 'distributed-caching', label: 'Distributed caching', aliases: ['distributed cache'] },
	{ id: 'documentation', label: 'Documentation', aliases: [] },
	{ id: 'observability', label: 'Observability', aliases: [] },
	{ id: 'exponential-backoff', label: 'Exponential backoff', aliases: [] },
	{ id: 'error-budget', label: 'Error budget', aliases: [] },
	{ id: 'error-rate', label: 'Error rate', aliases: [] },
	{ id: 'jitter', label: 'Jitter', aliases: [] },
	{ id: 'idempotent-consumer', label: 'Idempotent consumer', aliases: [] },
	{ id: 'rest', label: 'REST', aliases: ['RESTful'] },
];
const matcher = compileMatcher(concepts);

/** Each non-negated match as `id@start-end "text"`. */
function found(text: string) {
	return matcher.find(text).map(({ conceptId, start, end, negated }) => `${negated ? '!' : ''}${conceptId}@${start}-${end} "${text.slice(start, end)}"`);
}

describe('compileMatcher().find', () => {
	it('matches labels and aliases case-insensitively with character offsets', () => {
		expect(found('We use a Token Bucket.')).toEqual(['token-bucket@9-21 "Token Bucket"']);
		expect(found('Add THROTTLING here')).toEqual(['rate-limiting@4-14 "THROTTLING"']);
	});

	it('tolerates plurals, inflections, hyphens, spaces and slashes', () => {
		expect(found('rate-limiting, rate limits, rate/limited')).toEqual([
			'rate-limiting@0-13 "rate-limiting"',
			'rate-limiting@15-26 "rate limits"',
			'rate-limiting@28-40 "rate/limited"',
		]);
		expect(found('token buckets and idempotent, idempotency')).toEqual([
			'token-bucket@0-13 "token buckets"',
			'idempotency@18-28 "idempotent"',
			'idempotency@30-41 "idempotency"',
		]);
		expect(found('normalisation and normalizing; CI/CD, CI-CD')).toEqual([
			'normalization@0-13 "normalisation"',
			'normalization@18-29 "normalizing"',
			'ci-cd@31-36 "CI/CD"',
			'ci-cd@38-43 "CI-CD"',
		]);
	});

	it('matches the spelled-out forms of abbreviations', () => {
		expect(found('a JSON Web Token and role-based access control')).toEqual([
			'jwt@2-16 "JSON Web Token"',
			'rbac@21-46 "role-based access control"',
		]);
		expect(found('cache-aside, read aside or lazy loading')).toEqual([
			'cache-aside@0-11 "cache-aside"',
			'cache-aside@13-23 "read aside"',
			'cache-aside@27-39 "lazy loading"',
		]);
	});

	it('matches short acronyms only as written, plurals included', () => {
		expect(found('the CAP trade-off; JWTs expire')).toEqual(['cap-theorem@4-7 "CAP"', 'jwt@19-23 "JWTs"']);
		expect(found('a cap on capacity, a jwt')).toEqual([]);
		expect(found('the cap theorem')).toEqual(['cap-theorem@4-15 "cap theorem"']);
	});

	it('never matches inside another word', () => {
		expect(found('capacity, get, forget, etags')).toEqual(['etag@23-28 "etags"']);
		expect(found('recached precaching')).toEqual([]);
	});

	it('does not take a derived word for a one-word concept', () => {
		expect(found('a JSON document we observed; documentation')).toEqual(['documentation@29-42 "documentation"']);
		expect(found('cached and caching')).toEqual(['caching@0-6 "cached"', 'caching@11-18 "caching"']);
	});

	it('takes no everyday word for a name spelled with inner capitals that stems to it', () => {
		expect(found('Ship the rest to storage; encrypt data at rest.')).toEqual([]);
		expect(found('a RESTful API, two restful services')).toEqual(['rest@2-9 "RESTful"', 'rest@19-26 "restful"']);
	});

	it('holds a function word to its own spelling, not a content word Porter stems alike', () => {
		const functionWords = compileMatcher([
			{ id: 'on-call', label: 'On-call', aliases: [] },
			{ id: 'single-responsibility', label: 'Single responsibility', aliases: ['one reason to change'] },
			{ id: 'incident-severity', label: 'Incident severity', aliases: [] },
			{ id: 'failover', label: 'Failover', aliases: ['take over if the primary fails'] },
		]);
		const ids = matchedWords(functionWords);
		// "one" and "on" both stem to "on"; "several" and "severity" to "sever".
		expect(ids('requests are grouped into one GPU call, or one call')).toEqual([]);
		expect(ids('a class with on reason to change; incident several')).toEqual([]);
		// The words themselves, and a function word's own inflections, still match.
		expect(ids('whoever is on call, an on-call engineer, one reason to change, incident severity')).toEqual([
			'on-call "on call"',
			'on-call "on-call"',
			'single-responsibility "one reason to change"',
			'incident-severity "incident severity"',
		]);
		expect(ids('the replica takes over if the primary fails')).toEqual(['failover "takes over if the primary fails"']);
	});

	it('takes a hyphenated particle compound spaced with its first part inflected, or a particle before "of", for a verb and a preposition', () => {
		const particles = compileMatcher([
			{ id: 'read-through-cache', label: 'Read-through cache', aliases: ['read-through'] },
			{ id: 'retry-after-header', label: 'Retry-After header', aliases: ['Retry-After'] },
			{ id: 'timeouts', label: 'Timeouts', aliases: ['times out', 'timed out'] },
		]);
		const ids = matchedWords(particles);
		expect(ids('every scan reads through dead rows; the client retries after a second')).toEqual([]);
		expect(ids('Nine times out of ten the estimate is off.')).toEqual([]);
		// The compound as a compound, spaced or not, and the verb the glossary lists.
		expect(ids('a read-through cache, a read through layer, send Retry-After')).toEqual([
			'read-through-cache "read-through cache"',
			'read-through-cache "read through"',
			'retry-after-header "Retry-After"',
		]);
		expect(ids('the call times out after a second and timed out often')).toEqual(['timeouts "times out"', 'timeouts "timed out"']);
	});

	it('takes no derived word inside a name of capitalised words for a one-word concept', () => {
		const names = compileMatcher([
			{ id: 'encryption', label: 'Encryption', aliases: [] },
			{ id: 'concurrency', label: 'Concurrency', aliases: [] },
			{ id: 'queues', label: 'Queue', aliases: [] },
		]);
		const ids = matchedWords(names);
		expect(ids("certificates from ACME, Let's Encrypt for the public side")).toEqual([]);
		// The concept's own word in a name, a capital a sentence start explains, and code in capitals still match.
		expect(ids('Amazon Simple Queue Service. Encrypt the data, and encrypt it. CREATE INDEX CONCURRENTLY')).toEqual([
			'queues "Queue"',
			'encryption "Encrypt"',
			'encryption "encrypt"',
			'concurrency "CONCURRENTLY"',
		]);
	});

	it('keeps version numbers whole', () => {
		expect(found('OAuth 2.0 flows, not OAuth 2.1')).toEqual(['oauth2@0-9 "OAuth 2.0"']);
	});

	it('keeps identifiers written with underscores whole, so an alias can name one and its pieces state nothing', () => {
		const identifiers = compileMatcher([
			{ id: 'slow-query-log', label: 'Slow query log', aliases: ['pg_stat_statements'] },
			{ id: 'timeouts', label: 'Timeouts', aliases: ['connection timeout'] },
		]);
		const ids = matchedWords(identifiers);
		expect(ids('If pg_stat_statements shows it, set a short lock_timeout.')).toEqual(['slow-query-log "pg_stat_statements"']);
		expect(ids('raise max_connections and the connection_timeout')).toEqual([]);
		// Spaced or hyphenated, the words are still words.
		expect(ids('a timeout, a connection timeout, pg stat statements')).toEqual(['timeouts "timeout"', 'timeouts "connection timeout"']);
	});

	it('prefers the longest phrase and does not match across sentences', () => {
		expect(found('a distributed cache. Cache it')).toEqual([
			'distributed-caching@2-19 "distributed cache"',
			'caching@21-26 "Cache"',
		]);
		expect(found('rate. Limiting')).toEqual([]);
	});

	it('marks negated mentions within their clause', () => {
		expect(found("we don't use a token bucket")).toEqual(['!token-bucket@15-27 "token bucket"']);
		expect(found('no caching, but idempotency')).toEqual(['!caching@3-10 "caching"', 'idempotency@16-27 "idempotency"']);
		expect(found('percentiles, not just a cache')).toEqual(['caching@24-29 "cache"']);
		expect(found('rather than a JWT; instead of RBAC')).toEqual(['!jwt@14-17 "JWT"', '!rbac@30-34 "RBAC"']);
		expect(found("we don't log much since caching helps")).toEqual(['caching@24-31 "caching"']);
	});

	it('matches a phrase across one inserted content word and one short parenthetical, marked loose', () => {
		expect(found('retry with exponential jittered backoff')).toEqual([
			'exponential-backoff@11-39 "exponential jittered backoff"',
			'jitter@23-31 "jittered"',
		]);
		expect(found('token-based (leaky) bucket limiting')).toEqual(['token-bucket@0-26 "token-based (leaky) bucket"']);
		expect(found('rate (per user, per key) limiting')).toEqual(['rate-limiting@0-33 "rate (per user, per key) limiting"']);
		expect(matcher.find('exponential jittered backoff')[0]!.loose).toBe(true);
		expect(matcher.find('exponential backoff')[0]!.loose).toBeUndefined();
	});

	it('never matches loosely across a clause boundary, a function word, two insertions or a long aside', () => {
		expect(found('the rate, and limiting')).toEqual([]);
		expect(found('token; bucket')).toEqual([]);
		expect(found('exponential. Backoff')).toEqual([]);
		expect(found('rate and limiting, rate of limiting, exponential not backoff')).toEqual([]);
		expect(found('exponential fully jittered backoff')).toEqual(['jitter@18-26 "jittered"']);
		expect(found('token enough bucket, exponential properly backoff')).toEqual([]);
		expect(found('token (a much longer aside here) bucket')).toEqual([]);
		expect(found('token (leaky) (again) bucket')).toEqual([]);
	});

	it('lets a loose phrase take only words no word-for-word phrase claims', () => {
		expect(found('the error budget burn rate')).toEqual(['error-budget@4-16 "error budget"']);
		expect(found('the error budget rate')).toEqual(['error-budget@4-16 "error budget"']);
	});

	it('marks a loose match negated like any other', () => {
		expect(found("we don't retry with exponential backoff")).toEqual(['!exponential-backoff@20-39 "exponential backoff"']);
		expect(found("we don't use a token (leaky) bucket")).toEqual(['!token-bucket@15-35 "token (leaky) bucket"']);
	});

	it('matches a two-word phrase said as a predicate, within one clause, over a one-word concept', () => {
		expect(found('The consumers would be designed to be idempotent.')).toEqual([
			'idempotent-consumer@4-48 "consumers would be designed to be idempotent"',
		]);
		expect(found('The cache is distributed.')).toEqual(['distributed-caching@4-24 "cache is distributed"']);
		// No form of "be", a clause boundary, a negation or too long a gap: no predicate.
		expect(found('The consumers handle idempotent work.')).toEqual(['idempotency@21-31 "idempotent"']);
		expect(found('The consumers are fast, and idempotent.')).toEqual(['idempotency@28-38 "idempotent"']);
		expect(found('The consumers are not idempotent.')).toEqual(['!idempotency@22-32 "idempotent"']);
		expect(found('The consumers are, as you would expect of them, idempotent.')).toEqual(['idempotency@48-58 "idempotent"']);
	});

	it('matches a modifier coordinated with another, which share the noun', () => {
		const coordinated = compileMatcher([
			{ id: 'synchronous-replication', label: 'Synchronous replication', aliases: [] },
			{ id: 'asynchronous-replication', label: 'Asynchronous replication', aliases: [] },
			{ id: 'integration-testing', label: 'Integration testing', aliases: [] },
		]);
		const ids = matchedIds(coordinated);
		expect(ids('synchronous or asynchronous replication')).toEqual(['synchronous-replication (loose)', 'asynchronous-replication']);
		// A loose match needs each word alike but for inflection: Porter stems "integrity" as "integration".
		expect(ids('tested for integrity and recovery testing')).toEqual([]);
	});

	it('takes a hyphenated compound as one inserted word, whose noun both phrases share', () => {
		const stacked = compileMatcher([
			{ id: 'asynchronous-replication', label: 'Asynchronous replication', aliases: [] },
			{ id: 'multi-master-replication', label: 'Multi-master replication', aliases: [] },
		]);
		const ids = matchedIds(stacked);
		expect(ids('asynchronous multi-master replication')).toEqual(['asynchronous-replication (loose)', 'multi-master-replication']);
		expect(ids('asynchronous cross-region replication')).toEqual(['asynchronous-replication (loose)']);
		// Two words are two insertions.
		expect(ids('asynchronous multi master replication')).toEqual(['multi-master-replication']);
		expect(ids('asynchronous fast multi-master replication')).toEqual(['multi-master-replication']);
	});

	it("matches a name that holds a conjunction across a list's serial comma, not across other commas", () => {
		const listed = compileMatcher([{ id: 'filtering-and-sorting', label: 'Filtering and sorting', aliases: [] }]);
		const ids = (text: string) => listed.find(text).map((occurrence) => occurrence.conceptId);
		expect(ids('Collections support pagination, filtering, and sorting.')).toEqual(['filtering-and-sorting']);
		expect(ids('We log filtering, then sorting.')).toEqual([]);
		expect(ids('After filtering, sorting runs.')).toEqual([]);
	});
});
