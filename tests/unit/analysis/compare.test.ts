import { describe, expect, it } from 'vitest';
import { analyzeQuestion, createAnalysisContext, statedConcepts } from '../../../src/analysis/compare.ts';

const context = createAnalysisContext([
	{ id: 'retries', label: 'Retries', aliases: ['retry', 'retry it'] },
	{ id: 'exponential-backoff', label: 'Exponential backoff', aliases: [], refines: 'retries' },
	{ id: 'jitter', label: 'Jitter', aliases: [], refines: 'exponential-backoff' },
	{ id: 'dead-letter-queue', label: 'Dead-letter queue', aliases: ['DLQ'] },
	{ id: 'monitoring', label: 'Monitoring', aliases: ['monitor'] },
	{ id: 'idempotency', label: 'Idempotency', aliases: ['idempotent'] },
]);
const ids = (text: string, options?: Parameters<typeof statedConcepts>[2]) =>
	statedConcepts(text, context, options).map((concept) => concept.conceptId);

describe('statedConcepts', () => {
	it('lists concepts in order of first mention, with every mention', () => {
		const [retries] = statedConcepts('Retry, then retry again, then monitor.', context);
		expect(retries).toMatchObject({ conceptId: 'retries', position: 0 });
		expect(retries!.occurrences.map((occurrence) => occurrence.start)).toEqual([0, 12]);
		expect(ids('Retry, then retry again, then monitor.')).toEqual(['retries', 'monitoring']);
	});

	it('implies the broader concepts of a refinement, transitively', () => {
		const stated = statedConcepts('Exponential backoff with jitter.', context);
		expect(stated.map((concept) => [concept.conceptId, concept.impliedBy ?? null])).toEqual([
			['exponential-backoff', null],
			['retries', 'exponential-backoff'],
			['jitter', null],
		]);
	});

	it('does not count negated mentions', () => {
		expect(ids("We don't retry; we monitor.")).toEqual(['monitoring']);
	});

	it('applies hints: ignore a match, add what wording cannot show', () => {
		expect(ids('Retry and monitor.', { ignore: ['monitoring'], add: ['idempotency'] })).toEqual(['retries', 'idempotency']);
	});
});

describe('analyzeQuestion', () => {
	it('makes the refinement the separator and the broader concept shared', () => {
		const analysis = analyzeQuestion(
			{
				great: 'Retry mechanisms with exponential backoff, a dead-letter queue, and idempotent handlers.',
				mediocre: 'If a task fails, we could retry it a few times before moving it to a DLQ. We monitor it.',
				poor: 'We run a cron job.',
			},
			context,
		);
		expect(analysis.greatVsMediocre).toMatchObject({
			betterOnly: ['exponential-backoff', 'idempotency'],
			shared: ['retries', 'dead-letter-queue'],
			weakerOnly: ['monitoring'],
		});
		expect(analysis.mediocreVsPoor).toMatchObject({
			betterOnly: ['retries', 'dead-letter-queue', 'monitoring'],
			shared: [],
			weakerOnly: [],
		});
	});

	it('adds hinted concepts to one tier only', () => {
		const analysis = analyzeQuestion({ great: 'Retry.', mediocre: 'Retry.', poor: 'Nothing.' }, context, {
			add: { great: ['jitter'] },
		});
		// exponential-backoff is only inferred from the hinted jitter: not a separator.
		expect(analysis.greatVsMediocre.betterOnly).toEqual(['jitter']);
		expect(analysis.greatVsMediocre.shared).toEqual(['retries']);
	});

	it('gives each listed concept the sentence of each answer that states it, as written', () => {
		const analysis = analyzeQuestion(
			{
				great: 'We queue the job. On failure, exponential backoff spreads the retries. Poison messages go to a DLQ.',
				mediocre: 'We retry it. Eventually it goes to a dead-letter queue.',
				poor: 'It fails.',
			},
			context,
			{ add: { great: ['idempotency'] } },
		);
		const { evidence } = analysis.greatVsMediocre;
		expect(evidence['exponential-backoff']).toEqual({ better: 'On failure, exponential backoff spreads the retries.', weaker: undefined });
		expect(evidence['dead-letter-queue']).toEqual({
			better: 'Poison messages go to a DLQ.',
			weaker: 'Eventually it goes to a dead-letter queue.',
		});
		// A concept implied by a narrower one is evidenced by the sentence of that narrower mention.
		expect(evidence['retries']?.better).toBe('On failure, exponential backoff spreads the retries.');
		// A hint has no sentence to show.
		expect(evidence['idempotency']).toEqual({ better: undefined, weaker: undefined });
		expect(analysis.mediocreVsPoor.evidence['retries']).toEqual({ better: 'We retry it.', weaker: undefined });
	});

	it('never lists an inferred broader concept as a separator', () => {
		const analysis = analyzeQuestion({ great: 'Jitter.', mediocre: 'Nothing here.', poor: '' }, context);
		expect(analysis.tiers.great.map((concept) => concept.conceptId)).toEqual(['jitter', 'exponential-backoff', 'retries']);
		expect(analysis.greatVsMediocre.betterOnly).toEqual(['jitter']);
	});

	it('lists a refinement without its broader concept when both are stated', () => {
		const analysis = analyzeQuestion({ great: 'Retry with exponential backoff.', mediocre: 'Nothing here.', poor: '' }, context);
		expect(analysis.greatVsMediocre.betterOnly).toEqual(['exponential-backoff']);
		const weaker = analyzeQuestion({ great: 'Nothing here.', mediocre: 'Retry with exponential backoff.', poor: '' }, context);
		expect(weaker.greatVsMediocre.weakerOnly).toEqual(['exponential-backoff']);
	});

	it('lists an umbrella concept only in a sentence with a specific concept, and after specific ones', () => {
		const umbrella = createAnalysisContext([
			{ id: 'monitoring', label: 'Monitoring', aliases: ['monitor'], umbrella: true },
			{ id: 'retries', label: 'Retries', aliases: ['retry'] },
			{ id: 'exponential-backoff', label: 'Exponential backoff', aliases: [], refines: 'retries' },
			{ id: 'idempotency', label: 'Idempotency', aliases: ['idempotent'] },
		]);
		const once = analyzeQuestion({ great: 'Monitoring helps. Idempotent handlers.', mediocre: 'Nothing.', poor: '' }, umbrella);
		expect(once.greatVsMediocre.betterOnly).toEqual(['idempotency']);
		const more = analyzeQuestion(
			{ great: 'Idempotent handlers and exponential backoff. We monitor the retries.', mediocre: 'Nothing.', poor: '' },
			umbrella,
		);
		expect(more.greatVsMediocre.betterOnly).toEqual(['exponential-backoff', 'idempotency', 'monitoring']);
	});

	it('lists no umbrella concept that only frames a sentence', () => {
		const umbrella = createAnalysisContext([
			{ id: 'distributed-systems', label: 'Distributed systems', aliases: [], umbrella: true },
			{ id: 'consistent-hashing', label: 'Consistent hashing', aliases: [] },
		]);
		const framed = (great: string) => analyzeQuestion({ great, mediocre: 'Nothing.', poor: '' }, umbrella).greatVsMediocre.betterOnly;
		expect(framed('For distributed systems, I use consistent hashing.')).toEqual(['consistent-hashing']);
		expect(framed('Consistency in distributed systems needs consistent hashing.')).toEqual(['consistent-hashing']);
		expect(framed('Distributed systems partition data with consistent hashing.')).toEqual(['consistent-hashing', 'distributed-systems']);
		expect(framed('For performance and distributed systems, I use consistent hashing.')).toEqual(['consistent-hashing']);
	});

	it('lists no broad concept that only heads a sentence stating another, but a specific one', () => {
		const headed = createAnalysisContext([
			{ id: 'error-handling', label: 'Error handling', aliases: [] },
			{ id: 'error-response-format', label: 'Error response format', aliases: [], refines: 'error-handling' },
			{ id: 'inp', label: 'INP', aliases: [] },
			{ id: 'long-tasks', label: 'Long tasks', aliases: [] },
		]);
		const listed = (great: string) => analyzeQuestion({ great, mediocre: 'Nothing.', poor: '' }, headed).greatVsMediocre.betterOnly;
		expect(listed('For error handling, I break up long tasks.')).toEqual(['long-tasks']);
		// Said of itself, or heading a sentence that states nothing else, the broad concept is stated.
		expect(listed('Error handling matters, and I break up long tasks.')).toEqual(['error-handling', 'long-tasks']);
		expect(listed('For error handling, I log everything.')).toEqual(['error-handling']);
		// A concept nothing refines teaches from the head of its sentence.
		expect(listed('For INP, I break up long tasks.')).toEqual(['inp', 'long-tasks']);
	});

	it('lists no concept that only qualifies another word ("authenticated requests")', () => {
		const qualifying = createAnalysisContext([
			{ id: 'authentication', label: 'Authentication', aliases: ['authenticate'] },
			{ id: 'rate-limiting', label: 'Rate limiting', aliases: [] },
		]);
		const listed = (great: string) => analyzeQuestion({ great, mediocre: 'Nothing.', poor: '' }, qualifying).greatVsMediocre.betterOnly;
		expect(listed('Rate limiting gives authenticated requests higher limits.')).toEqual(['rate-limiting']);
		// As a predicate, or as the noun itself, the concept is stated.
		expect(listed('Requests are authenticated and rate limiting applies.')).toEqual(['authentication', 'rate-limiting']);
		expect(listed('Authentication comes before rate limiting.')).toEqual(['authentication', 'rate-limiting']);
	});

	it("lists no concept the question's title names: it is the topic", () => {
		const analysis = analyzeQuestion(
			{ great: 'Retries with idempotent handlers.', mediocre: 'Nothing.', poor: '' },
			context,
			{},
			'How do you design retries for failed jobs?',
		);
		expect(analysis.greatVsMediocre.betterOnly).toEqual(['idempotency']);
		expect(analyzeQuestion({ great: 'Retries with idempotent handlers.', mediocre: 'Nothing.', poor: '' }, context).greatVsMediocre.betterOnly).toEqual([
			'retries',
			'idempotency',
		]);
	});
});

describe('paraphrases in the other answer', () => {
	const withParaphrases = createAnalysisContext([
		{ id: 'rollback', label: 'Rollback', aliases: [], paraphrases: ['roll … back'] },
		{ id: 'load-shedding', label: 'Load shedding', aliases: [], paraphrases: ['drop … requests'] },
		{ id: 'metrics', label: 'Metrics', aliases: [] },
		{ id: 'kpi', label: 'KPI', aliases: ['KPIs'], paraphrases: ['key metrics'] },
		{ id: 'canary-release', label: 'Canary release', aliases: [] },
		{ id: 'ttl', label: 'TTL', aliases: [] },
		{ id: 'time-based-expiration', label: 'Time-based expiration', aliases: [], paraphrases: ['cache … TTL'] },
	]);
	const compare = (great: string, mediocre: string) =>
		analyzeQuestion({ great, mediocre, poor: 'We hope.' }, withParaphrases).greatVsMediocre;

	it('makes a concept the weaker answer says in its own words shared, with its sentence as evidence', () => {
		const comparison = compare('We use a canary release and a rollback.', 'If a deploy breaks, we roll it back. That is all.');
		expect(comparison.betterOnly).toEqual(['canary-release']);
		expect(comparison.shared).toContain('rollback');
		expect(comparison.evidence.rollback).toEqual({ better: 'We use a canary release and a rollback.', weaker: 'If a deploy breaks, we roll it back.' });
	});

	it('never adds a separator from a paraphrase, and not in a clause that rejects it', () => {
		expect(compare('We ship.', 'We roll it back.').weakerOnly).toEqual([]);
		expect(compare('We keep a rollback plan.', "We never roll anything back.").betterOnly).toEqual(['rollback']);
	});

	it('does not take a word of a hyphenated compound, or a phrase whose head names another concept, for the paraphrase', () => {
		expect(compare('We use load shedding.', 'A drop-down lists the requests.').betterOnly).toEqual(['load-shedding']);
		expect(compare('We use load shedding.', 'Under load we drop low-priority requests.').betterOnly).toEqual([]);
		expect(compare('We track business KPIs.', 'We track key metrics like latency.').betterOnly).toEqual(['kpi']);
		expect(compare('We track business KPIs.', 'Our key metrics are on one page.').betterOnly).toEqual(['kpi']);
	});

	it('takes a concept the pattern reaches across a gap for what the paraphrase is said of, not a head it qualifies', () => {
		expect(compare('Time-based expiration keeps it simple.', 'We cache it with an appropriate TTL.').betterOnly).toEqual([]);
		expect(compare('Time-based expiration keeps it simple.', 'We cache TTL values.').betterOnly).toEqual(['time-based-expiration']);
	});

	it('makes a concept shared when a clause of the weaker answer holds enough of its glossary words, not two words by chance', () => {
		const described = createAnalysisContext([
			{ id: 'ab-testing', label: 'A/B testing', aliases: ['split testing'], definition: 'Showing two variants to random groups of users and comparing a metric to decide which change works better.' },
			{ id: 'idempotent-pipelines', label: 'Idempotent pipelines', aliases: [], definition: 'Data pipeline steps that give the same result however many times they run over the same input.' },
		]);
		const compareDescribed = (great: string, mediocre: string, question = 'How would you improve relevance?') =>
			analyzeQuestion({ great, mediocre, poor: 'We hope.' }, described, {}, question).greatVsMediocre;
		const ownWords = compareDescribed('We A/B test ranking changes.', 'I would show the change to some random users and compare which variant works better.');
		expect(ownWords.betterOnly).toEqual([]);
		expect(ownWords.evidence['ab-testing']?.weaker).toBe('I would show the change to some random users and compare which variant works better.');
		expect(compareDescribed('We A/B test ranking changes.', 'Some users will like the change.').betterOnly).toEqual(['ab-testing']);
		// Words of the question weigh little: every answer to it uses them.
		expect(compareDescribed('Every step is an idempotent pipeline.', 'The pipeline steps run on the same input.', 'How would you run pipeline steps?').betterOnly).toEqual(['idempotent-pipelines']);
		expect(compareDescribed('Every step is an idempotent pipeline.', 'The steps give the same result however many times they run.').betterOnly).toEqual([]);
	});

	it('makes a concept shared when one sentence of the weaker answer says it across its clauses, and the broader concept it implies too', () => {
		const conflicts = createAnalysisContext([
			{ id: 'conflict-resolution', label: 'Conflict resolution', aliases: [], definition: 'Deciding which value survives when replicas disagree.' },
			{ id: 'last-write-wins', label: 'Last write wins', aliases: ['latest timestamp wins'], definition: 'Keep the most recent write, based on its timestamp.', refines: 'conflict-resolution' },
			{ id: 'crdt', label: 'CRDT', aliases: [] },
		]);
		const compareConflicts = (mediocre: string) =>
			analyzeQuestion({ great: 'For conflict resolution I use last write wins, and CRDTs for counters.', mediocre, poor: 'We hope.' }, conflicts, {}, 'How would you run a database in two regions?').greatVsMediocre;
		expect(compareConflicts('When both change, we would keep the most recent change, based on the timestamp.').betterOnly).toEqual(['crdt']);
		// Words spread over sentences state nothing: each sentence must hold enough of the idea.
		expect(compareConflicts('We keep backups. The most recent one is fine. It is based on a timestamp.').betterOnly).toEqual(['last-write-wins', 'crdt']);
	});
});
