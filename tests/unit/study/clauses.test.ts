import { describe, expect, it } from 'vitest';
import { setAsideSpans, splitClauses } from '../../../src/study/clauses.ts';

const stances = (text: string) => splitClauses(text).map((clause) => [text.slice(clause.start, clause.end).trim(), clause.stance]);

describe('splitClauses', () => {
	it('tells stated clauses from rejected, postponed and vague ones', () => {
		expect(stances('We use a queue. We never added a broker; retries are not needed. Maybe someday we will add tracing. Plus the usual monitoring.')).toEqual([
			['We use a queue', 'stated'],
			['We never added a broker', 'rejected'],
			['retries are not needed', 'rejected'],
			['Maybe someday we will add tracing', 'postponed'],
			['Plus the usual monitoring', 'vague'],
		]);
	});

	it('reads other ways of turning a technique down or putting it off', () => {
		expect(stances('We decided against sharding. Kafka was ruled out. We got rid of the cache. Tracing would be nice to have. We are thinking about adding a CDN. Perhaps a WAF.').map(([, stance]) => stance)).toEqual([
			'rejected',
			'rejected',
			'rejected',
			'postponed',
			'postponed',
			'postponed',
		]);
	});

	it('hedges or negates only what follows "and maybe", "and not", "or never"', () => {
		expect(stances("I'd add caching and maybe some indexes, and we use queues and never a broker.")).toEqual([
			["I'd add caching", 'stated'],
			['maybe some indexes', 'postponed'],
			['and we use queues', 'stated'],
			['never a broker', 'rejected'],
		]);
	});

	it('lets a rejection that names nothing reject what its sentence named before it', () => {
		expect(stances('We looked at a broker but it felt like overkill, so we never added one.')).toEqual([
			['We looked at a broker', 'rejected'],
			['it felt like overkill', 'rejected'],
			['we never added one', 'rejected'],
		]);
	});

	it('keeps "not just X" stated, and a rejection that names its own subject to itself', () => {
		expect(stances('Percentiles, not just averages.')).toEqual([
			['Percentiles', 'stated'],
			['not just averages', 'stated'],
		]);
		expect(stances('A canary felt like overkill, we use a rolling update.')).toEqual([
			['A canary felt like overkill', 'rejected'],
			['we use a rolling update', 'stated'],
		]);
	});

	it('reads "so they don’t…" as a purpose, and "so we never set up…" as a choice', () => {
		expect(stances('We randomise expiry, so entries don’t all expire at once.')).toEqual([
			['We randomise expiry', 'stated'],
			['entries don’t all expire at once', 'stated'],
		]);
		expect(stances('Tracing was costly, so we never set up tracing.')).toEqual([
			['Tracing was costly', 'stated'],
			['we never set up tracing', 'rejected'],
		]);
	});

	it('reads a safeguard or a limit as stating what it guards, not as a rejection', () => {
		expect(stances('Make sure a node drain can never take down more than two pods. You can’t go beyond the partition count.')).toEqual([
			['Make sure a node drain can never take down more than two pods', 'stated'],
			['You can’t go beyond the partition count', 'stated'],
		]);
	});

	it('still rejects what a safeguard or a limit refuses to adopt', () => {
		expect(stances('Make sure we never need a dead-letter queue. We never needed more than one broker.').map(([, stance]) => stance)).toEqual(['rejected', 'rejected']);
	});

	it('lets a but-clause that rejects and points back reject what came before', () => {
		expect(stances('We looked at a schema registry but never set it up. We considered turning off debug logging but decided against it.')).toEqual([
			['We looked at a schema registry', 'rejected'],
			['never set it up', 'rejected'],
			['We considered turning off debug logging', 'rejected'],
			['decided against it', 'rejected'],
		]);
	});

	it('does not let a but-clause that rejects something of its own reject what came before', () => {
		expect(stances('We use a schema registry but never set up contract tests for it.')[0]).toEqual(['We use a schema registry', 'stated']);
	});

	it('reads a negation in a condition after what the clause states as the condition, not a rejection', () => {
		expect(stances("The device rolls back by itself if the new image doesn't boot. We retry unless the broker isn't reachable.").map(([, stance]) => stance)).toEqual([
			'stated',
			'stated',
		]);
	});

	it('still rejects a clause that opens with its condition, or whose own verb is negated', () => {
		expect(stances('And if an update goes bad there is no remote rollback. We never retry if the error is permanent.').map(([, stance]) => stance)).toEqual([
			'rejected',
			'rejected',
		]);
	});

	it('reads "so we skipped them" as turning down what came before, not as a purpose', () => {
		expect(stances('A/B tests take too long to reach significance so we skipped them.')).toEqual([
			['A/B tests take too long to reach significance', 'rejected'],
			['we skipped them', 'rejected'],
		]);
	});

	it('still reads "so we avoid …" as a purpose', () => {
		expect(stances('We add jitter so we avoid a thundering herd.')).toEqual([
			['We add jitter', 'stated'],
			['we avoid a thundering herd', 'stated'],
		]);
	});

	it('reads "something we\'ll add when …" as putting off', () => {
		expect(stances("Load testing is something we'll add when traffic grows. Grafana is something we'd like later.").map(([, stance]) => stance)).toEqual([
			'postponed',
			'postponed',
		]);
	});

	it('does not read "something we\'d do" without a later time or a trigger as putting off', () => {
		expect(stances("Caching is something we'd do from day one.").map(([, stance]) => stance)).toEqual(['stated']);
	});

	it('reads a wishlist, a backlog or next quarter as putting off, and a bare backlog as a queue', () => {
		expect(stances('OIDC is on the wishlist. Accessibility is on the backlog for next quarter. Workers drain the backlog.').map(([, stance]) => stance)).toEqual([
			'postponed',
			'postponed',
			'stated',
		]);
	});
});

describe('setAsideSpans', () => {
	it('finds what "instead of" and "rather than" put aside, and no more', () => {
		const text = 'Instead of exponential backoff we retry at once. Rather than nightly dumps, we stream changes.';
		expect(setAsideSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(['exponential backoff', 'nightly dumps']);
	});
});
