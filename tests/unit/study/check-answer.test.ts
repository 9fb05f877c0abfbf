import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../src/analysis/compare.ts';
import { checkAnswer, type IdeaDescription } from '../../../src/study/check-answer.ts';

const glossary = [
	{ id: 'retries', label: 'Retries', aliases: ['retry'], definition: 'Re-attempting a failed operation.' },
	{
		id: 'exponential-backoff',
		label: 'Exponential backoff',
		aliases: ['backoff'],
		definition: 'Increasing the wait between successive retries so a struggling dependency can recover.',
		refines: 'retries',
	},
	{
		id: 'dead-letter-queue',
		label: 'Dead-letter queue',
		aliases: ['DLQ'],
		definition: 'A separate queue where messages that repeatedly fail are moved so they can be inspected later.',
	},
	{
		id: 'idempotency',
		label: 'Idempotency',
		aliases: ['idempotent'],
		definition: 'An operation that has the same effect whether it runs once or many times.',
		paraphrases: ['same message twice … no harm', 'safe to repeat'],
	},
	{ id: 'monitoring', label: 'Monitoring', aliases: [], definition: 'Watching a running system through its metrics.' },
];
const context = createAnalysisContext(glossary);
const describeIdea = (id: string): IdeaDescription | undefined => glossary.find((concept) => concept.id === id);
const greatText =
	'Failed jobs are retried with exponential backoff. Jobs that still fail go to a dead-letter queue for inspection. I add monitoring of queue depth.';

function check(readerText: string) {
	const result = checkAnswer({
		readerText,
		question: 'How would you process background jobs?',
		greatText,
		greatConcepts: ['retries', 'exponential-backoff', 'dead-letter-queue', 'monitoring'],
		context,
		describe: describeIdea,
	});
	return Object.fromEntries(result.ideas.map((idea) => [idea.conceptId, idea.verdict]));
}

describe('checkAnswer', () => {
	it('credits an idea named outright, with the words that earned it, and the broader ideas it implies', () => {
		const result = checkAnswer({
			readerText: 'We use exponential backoff.',
			question: 'Jobs?',
			greatText,
			greatConcepts: ['retries', 'exponential-backoff'],
			context,
			describe: describeIdea,
		});
		expect(result.ideas).toEqual([
			{ conceptId: 'retries', verdict: 'covered', evidence: [{ start: 7, end: 26 }] },
			{ conceptId: 'exponential-backoff', verdict: 'covered', evidence: [{ start: 7, end: 26 }] },
		]);
		expect(result.covered).toBe(2);
		expect(result.total).toBe(2);
	});

	it('credits an idea said in other words', () => {
		expect(check('Jobs that keep failing are moved to a separate queue so someone can inspect them.')['dead-letter-queue']).toBe('covered');
	});

	it('lets a name whose words stand apart share a word with a concept named within it', () => {
		const caching = [
			{ id: 'caching', label: 'Caching', aliases: [], definition: 'Keeping copies of results.' },
			{ id: 'cache-invalidation', label: 'Cache invalidation', aliases: [], definition: 'Removing entries when the source changes.' },
			{ id: 'dead-letter-queue', label: 'Dead-letter topic', aliases: [], definition: 'Where failures go.' },
			{ id: 'pub-sub', label: 'Message topic', aliases: [], definition: 'Broadcast to subscribers.' },
		];
		const verdicts = (readerText: string) =>
			Object.fromEntries(
				checkAnswer({
					readerText,
					question: 'Design?',
					greatText: 'Caching with cache invalidation. Failures go to a dead-letter topic; a message topic fans out.',
					greatConcepts: caching.map((concept) => concept.id),
					context: createAnalysisContext(caching),
					describe: (id) => caching.find((concept) => concept.id === id),
				}).ideas.map((idea) => [idea.conceptId, idea.verdict]),
			);
		expect(verdicts('Caching everywhere, properly invalidated.')).toMatchObject({ caching: 'covered', 'cache-invalidation': 'covered' });
		// "topic" belongs to the dead-letter topic here, not to a message topic.
		expect(verdicts('Messages that fail go to a dead-letter topic.')['pub-sub']).toBe('missed');
	});

	it('credits an idea whose words are spread over the clauses of one sentence, not over sentences', () => {
		// Definition words only, so they must weigh twice a sentence's score (paraphrase.ts).
		expect(check('Failed ones, the messages, get moved and inspected later.')['dead-letter-queue']).toBe('covered');
		expect(check('Some fail. Messages pile up. Logs get moved. We inspect.')['dead-letter-queue']).toBe('missed');
	});

	it('does not credit rejected, postponed or set-aside ideas, and says they were set aside', () => {
		expect(check('A dead-letter queue felt like overkill, so we never added one.')['dead-letter-queue']).toBe('missed');
		expect(check('Maybe someday we will add a DLQ.')['dead-letter-queue']).toBe('missed');
		const result = checkAnswer({
			readerText: 'Instead of exponential backoff we retry at once.',
			question: 'Jobs?',
			greatText,
			greatConcepts: ['retries', 'exponential-backoff'],
			context,
			describe: describeIdea,
		});
		expect(result.ideas.map((idea) => idea.verdict)).toEqual(['covered', 'missed']);
		expect(result.ideas[1]).toMatchObject({ setAside: true, greatSentence: 'Failed jobs are retried with exponential backoff.' });
	});

	it('gives partial credit for the broader idea alone, naming what was said', () => {
		const result = checkAnswer({
			readerText: 'If a job fails we retry it.',
			question: 'Jobs?',
			greatText,
			greatConcepts: ['retries', 'exponential-backoff'],
			context,
			describe: describeIdea,
		});
		expect(result.ideas[1]).toMatchObject({ verdict: 'partial', broader: 'retries', evidence: [{ start: 18, end: 23 }] });
		expect(result.partial).toBe(1);
	});

	it('never lets an umbrella word earn a specific idea, and counts a wave at a topic as partial', () => {
		expect(check('Plus the usual monitoring.')).toMatchObject({ monitoring: 'partial', 'dead-letter-queue': 'missed' });
		expect(check('We have monitoring.')).toMatchObject({ monitoring: 'covered', 'dead-letter-queue': 'missed', 'exponential-backoff': 'missed' });
	});

	it('credits a one-word idea named as a verb, which the matcher leaves alone', () => {
		const logging = [{ id: 'logging', label: 'Logging', aliases: [], definition: 'Recording events.' }];
		const result = checkAnswer({
			readerText: 'We log every failure, and so on.',
			question: 'Errors?',
			greatText: 'I use logging.',
			greatConcepts: ['logging'],
			context: createAnalysisContext(logging),
			describe: (id) => logging.find((concept) => concept.id === id),
		});
		expect(result.ideas).toEqual([{ conceptId: 'logging', verdict: 'covered', evidence: [{ start: 3, end: 6 }] }]);
		// Logging in is signing in.
		const signIn = checkAnswer({
			readerText: 'Users log in with a password.',
			question: 'Auth?',
			greatText: 'I use logging.',
			greatConcepts: ['logging'],
			context: createAnalysisContext(logging),
			describe: (id) => logging.find((concept) => concept.id === id),
		});
		expect(signIn.ideas[0]!.verdict).toBe('missed');
	});

	it('credits a name whose words stand apart in one sentence, but not across sentences or a rejection', () => {
		const deadLetter = (readerText: string) => check(readerText)['dead-letter-queue'];
		expect(deadLetter('The queue, for letters, holds dead ones.')).toBe('covered');
		expect(deadLetter('The queue is full. Letters pile up. Some are dead.')).toBe('missed');
		expect(deadLetter('Queues are fine, but we never keep dead letters.')).toBe('missed');
	});

	it('shows the great answer’s sentence for a missed idea', () => {
		const result = checkAnswer({ readerText: 'Nothing relevant.', question: 'Jobs?', greatText, greatConcepts: ['dead-letter-queue'], context, describe: describeIdea });
		expect(result.ideas[0]).toEqual({ conceptId: 'dead-letter-queue', verdict: 'missed', greatSentence: 'Jobs that still fail go to a dead-letter queue for inspection.' });
	});

	it('never counts a broader idea the great answer only implies, though one it states is covered by a narrower one', () => {
		// The great answer names backoff but not retries: retries is only inferred, so it is no idea
		// of that answer (issue 12), and "exponential backoff" earns one idea, not two.
		const implied = checkAnswer({
			readerText: 'We use exponential backoff.',
			question: 'Jobs?',
			greatText: 'Failed jobs wait with exponential backoff.',
			greatConcepts: ['retries', 'exponential-backoff'],
			context,
			describe: describeIdea,
		});
		expect(implied.ideas.map((idea) => idea.conceptId)).toEqual(['exponential-backoff']);
		expect([implied.covered, implied.total]).toEqual([1, 1]);
		// Stated by the great answer ("retried"), the broader idea is an idea, and the narrower one covers it.
		expect(check('We use exponential backoff.')).toMatchObject({ retries: 'covered', 'exponential-backoff': 'covered' });
	});

	it('credits an idea said the way the glossary knows people say it, unless it is rejected or set aside', () => {
		const idempotent = (readerText: string) =>
			checkAnswer({
				readerText,
				question: 'Jobs?',
				greatText: 'Handlers are idempotent.',
				greatConcepts: ['idempotency'],
				context,
				describe: describeIdea,
			}).ideas[0]!;
		// The "no" of "does no harm" is part of the idea, not a rejection of it.
		const text = 'Handling the same message twice does no harm, because every handler checks first.';
		const covered = idempotent(text);
		expect(covered.verdict).toBe('covered');
		expect(covered.verdict === 'covered' && covered.evidence.map((span) => text.slice(span.start, span.end))).toEqual(['same message twice does no harm']);
		expect(idempotent('It is not safe to repeat a payment, so we never retry.').verdict).toBe('missed');
		expect(idempotent('Maybe someday handling the same message twice will do no harm.').verdict).toBe('missed');
		expect(idempotent('Rather than handlers that are safe to repeat, we lock the row.').verdict).toBe('missed');
	});
});

describe('checkAnswer: the verb of a name ending in -ing', () => {
	const verbGlossary = [
		{ id: 'profiling', label: 'Performance profiling', aliases: [], definition: 'Measuring where a program spends its time, function by function.' },
		{ id: 'logging', label: 'Logging', aliases: [], definition: 'Recording what a program does as it runs.' },
		{ id: 'structured-logging', label: 'Structured logging', aliases: [], definition: 'Records as key-value fields instead of free text.', refines: 'logging' },
	];
	const verbContext = createAnalysisContext(verbGlossary);
	const verdicts = (readerText: string) =>
		Object.fromEntries(
			checkAnswer({
				readerText,
				question: 'The service is slow. What do you do?',
				greatText: 'Run performance profiling on the service, with structured logging around the fix.',
				greatConcepts: ['profiling', 'structured-logging'],
				context: verbContext,
				describe: (id) => verbGlossary.find((concept) => concept.id === id),
			}).ideas.map((idea) => [idea.conceptId, idea.verdict]),
		);

	it('credits the idea when the verb takes an object', () => {
		expect(verdicts('If that is not it, profile it.').profiling).toBe('covered');
		expect(verdicts('Then profile the consumer.').profiling).toBe('covered');
	});

	it('credits neither a noun of the same spelling nor a verb that a broader concept owns', () => {
		expect(verdicts('The slow page is the user profile.').profiling).toBe('missed');
		expect(verdicts('Each profile loads slowly.').profiling).toBe('missed');
		expect(verdicts('We log the error.')['structured-logging']).not.toBe('covered');
	});
});

describe('checkAnswer: the head noun of a name the question spells out', () => {
	const lbGlossary = [{ id: 'load-balancing', label: 'Load balancing', aliases: ['load balancer'], definition: 'Spreading incoming requests across several instances.' }];
	const lbContext = createAnalysisContext(lbGlossary);
	const verdict = (readerText: string, question: string) =>
		checkAnswer({
			readerText,
			question,
			greatText: 'The load balancer drops idle connections first.',
			greatConcepts: ['load-balancing'],
			context: lbContext,
			describe: (id) => lbGlossary.find((concept) => concept.id === id),
		}).ideas[0]!.verdict;

	it('credits the idea when the reader shortens the question’s name and points back at it', () => {
		expect(verdict('The balancer closes connections idle for 60 seconds.', 'Behind our load balancer, some requests fail. Why?')).toBe('covered');
	});

	it('credits nothing for the bare word, a question that does not spell the name out, or a rejection', () => {
		expect(verdict('Keep the books in balance.', 'Behind our load balancer, some requests fail. Why?')).toBe('missed');
		expect(verdict('The balancer closes connections idle for 60 seconds.', 'Some requests fail. Why?')).toBe('missed');
		expect(verdict('It is not the balancer.', 'Behind our load balancer, some requests fail. Why?')).toBe('missed');
	});
});

describe('checkAnswer: a list of percentages', () => {
	const rolloutGlossary = [
		{ id: 'canary', label: 'Canary release', aliases: [], definition: 'Releasing to a small slice of traffic first.', paraphrases: ['percent … percent'] },
	];
	const rolloutContext = createAnalysisContext(rolloutGlossary);
	const verdict = (readerText: string) =>
		checkAnswer({
			readerText,
			question: 'How would you ship a new version?',
			greatText: 'A canary release at one percent, then five, then everyone.',
			greatConcepts: ['canary'],
			context: rolloutContext,
			describe: (id) => rolloutGlossary.find((concept) => concept.id === id),
		}).ideas[0]!.verdict;

	it('reads percent signs as the word, and a comma between percentages as one list', () => {
		expect(verdict('Our own devices first, then 1%, then 10%, then everyone.')).toBe('covered');
		expect(verdict('Send it 1%, 5%, 25% of real traffic.')).toBe('covered');
	});

	it('does not join one percentage with another across a clause or a sentence', () => {
		expect(verdict('99% of devices report within 15 minutes.')).toBe('missed');
		expect(verdict('CPU at 80%, memory at 95%. Alert at 99%.')).toBe('missed');
	});
});
