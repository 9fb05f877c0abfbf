import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../src/analysis/glossary-files.ts';
import { compileMatcher } from '../../../src/analysis/matcher.ts';
import {
	FILL_MIN_SHARE,
	greatOnlyTerms,
	MAX_QUESTIONS_PER_TERM,
	MAX_SHARE_PER_HEAD,
	RARE_WORD_ZIPF,
	specificTerms,
	TECHNICAL_PHRASES_FILE,
	termBudget,
	WORDS_PER_SEPARATOR,
	zipf,
} from '../../../src/analysis/terms.ts';
import { tokenize } from '../../../src/analysis/tokens.ts';

const matcher = compileMatcher([{ id: 'object-storage', label: 'Object storage', aliases: [] }]);
const texts = (text: string) => specificTerms(text, matcher).map((term) => term.text);
/** Without the terms only a question's own words can make specific: those the guide decides (greatOnlyTerms). */
const specific = (text: string) =>
	specificTerms(text, matcher)
		.filter((term) => !term.ownWords)
		.map((term) => term.text);
const question = (great: string, mediocre = 'We store it.', title = 'How would you handle uploads?') => ({ title, great, mediocre });

describe('zipf', () => {
	it('rates everyday words common and technical words rare, a hyphenated word by its rarest part', () => {
		expect(zipf('the')).toBeGreaterThan(6);
		expect(zipf('presigned')).toBe(0);
		expect(zipf('pre-commit')).toBe(Math.min(zipf('pre'), zipf('commit')));
	});
});

describe('specificTerms', () => {
	it('finds rare noun phrases, acronyms and product names, with their offsets and sentence', () => {
		const text = 'The client gets a presigned URL. We sign mail with DKIM and keep keys in HashiCorp Vault.';
		const terms = specificTerms(text, matcher);
		expect(terms.map((term) => term.text)).toEqual(expect.arrayContaining(['presigned URL', 'DKIM', 'HashiCorp Vault']));
		const dkim = terms.find((term) => term.text === 'DKIM')!;
		expect(text.slice(dkim.start, dkim.end)).toBe('DKIM');
		expect(dkim.evidence).toBe('We sign mail with DKIM and keep keys in HashiCorp Vault.');
	});

	it('keeps a hyphenated compound whole', () => {
		expect(texts('Keys are caught by a pre-commit hook.')).toContain('pre-commit hook');
	});

	it('keeps an identifier from code whole, as a name', () => {
		const found = texts('Every table has a tenant_id column, and we watch pg_stat_activity.');
		expect(found).toEqual(expect.arrayContaining(['tenant_id column', 'pg_stat_activity']));
		expect(found).not.toContain('id column');
	});

	it('drops evaluative prose: adjectives over plain nouns, abstract nouns, single ordinary words', () => {
		const found = specific(
			'A multi-layered approach gives theoretical correctness, granular control and contextual information, and improves compatibility for simpler domains and endpoints.',
		);
		for (const prose of ['multi-layered approach', 'theoretical correctness', 'granular control', 'contextual information', 'compatibility', 'endpoints', 'simpler domains']) {
			expect(found).not.toContain(prose);
		}
		// The plural of an abstract noun is abstract too ("opportunities"): at most a filler, which only a dense answer lists.
		const reviewed = specificTerms('I regularly review the codebase for improvement opportunities.', matcher);
		expect(reviewed.filter((term) => !term.fill).map((term) => term.text)).not.toContain('improvement opportunities');
	});

	it('keeps a participle over a rare noun, not an adjective that judges it', () => {
		expect(texts('Public clients use persisted queries.')).toContain('persisted queries');
		expect(specific('We cache expensive queries.')).not.toContain('expensive queries');
	});

	it('trims leading common modifiers', () => {
		expect(texts('We use a good HashiCorp Vault setup.').some((term) => term.startsWith('good'))).toBe(false);
	});

	it('trims a plain adjective of everyday frequency that judges a name, not a rare one that names a kind', () => {
		const found = texts('Pods get a sensible terminationGracePeriodSeconds and retries use exponential backoff.');
		expect(found).toContain('terminationGracePeriodSeconds');
		expect(found).not.toContain('sensible terminationGracePeriodSeconds');
		expect(found).toContain('exponential backoff');
	});

	it('reads nouns the tagger calls verbs in compounds, and verbs it calls nouns', () => {
		expect(texts('Clients send large files using multipart upload so a failure can resume.')).toContain('multipart upload');
		expect(texts('A worker runs a virus scan, then stores it.')).toContain('virus scan');
		expect(texts('Unfinished multipart uploads are cleaned up.')).toContain('Unfinished multipart uploads');
		// "records" takes an object here: it is the verb, and "API records" is no term.
		expect(texts('The API records the upload as pending.')).not.toContain('API records');
		// A noun and a verb that agree are a subject and its verb, not a compound.
		expect(texts('The same user stays in the bucket as the rollout percentage grows.').join(' ')).not.toMatch(/stays|grows/);
		// A bare noun right after a preposition is its object, not a subject: the next word is no verb of it.
		expect(texts('Rules support targeting by user attributes and percentage rollouts.')).toContain('user attributes');
		expect(texts('We compare the totals with row counts and checksums.')).toContain('row counts');
		// An "adjective" ending an indefinite noun phrase is its head, not one a verb takes as complement.
		expect(texts('Clocks jump back after a leap second or a VM pause.')).toContain('leap second');
		expect(texts('Keep a copy handy, and restore it on a fresh machine.').join(' | ')).not.toMatch(/handy/);
		// After a preposition that opens a clause it may be a subject.
		expect(texts('We add replicas as traffic grows, and shed load until traffic falls.').join(' | ')).not.toMatch(/grows|falls/);
		expect(texts('Rules change with daylight saving time.')).toContain('daylight saving time');
		// A bare noun after a plural one, ending the clause, is its verb: the chunk ends on "rules".
		expect(texts('Store the zone name, because daylight saving time rules change and offsets go wrong.')).toContain('daylight saving time rules');
		expect(texts('We do authentication using industry standards.').join(' ')).not.toMatch(/using/);
		expect(texts('Set appropriate TTLs matching data volatility in a queue architecture using RabbitMQ.').join(' ')).not.toMatch(/matching|using/);
		// A plural-looking word between a relative pronoun and an object is the clause's verb.
		expect(texts('We count out-of-hours pages, because a rotation that wakes people up burns them out.').join(' | ')).not.toMatch(/wakes/);
		// A relative pronoun opens a clause about the noun: "messages" is no verb taking "that" as object.
		expect(texts('The queue holds poison messages that fail repeatedly.')).toContain('poison messages');
		// A capital that only opens the sentence makes no name of an everyday word: tagged as in lower case.
		expect(texts('Poison messages that fail repeatedly go to a DLQ.')).toContain('Poison messages');
		// No verb stands between a participle and its noun ("file" is tagged a verb), and a rare participle names the kind.
		expect(texts('Static assets get long cache lifetimes with fingerprinted file names.')).toContain('fingerprinted file names');
	});

	it('reads a gerund after a singular noun, before a verb that agrees with it, as the head of the subject', () => {
		expect(texts('AWS IoT fleet provisioning works like this.')).toEqual(['AWS IoT fleet provisioning']);
		expect(texts('Connection pooling helps a lot.')).toEqual(['Connection pooling']);
		// After a plural the -ing word opens a clause: "clients retrying" is no term.
		expect(texts('Clients retrying floods the server.')).toEqual([]);
	});

	it("splits a noun phrase at the verb the tagger read into it, where the phrase opens its clause and agrees with the verb", () => {
		// A singular subject and an -s form, a plural one and the bare form: the object is judged on its own.
		expect(texts('The analysis reports confidence intervals, and a test runs weekly.')).toEqual(expect.arrayContaining(['confidence intervals']));
		expect(texts('The analysis reports confidence intervals.').join(' | ')).not.toMatch(/reports/);
		expect(texts('APIs exchange timestamps in ISO 8601.').join(' | ')).not.toMatch(/exchange/);
		expect(texts('The latency budget drives everything.')).toEqual(['latency budget']);
		expect(texts('Unfinished features ship dark behind feature flags.').join(' | ')).not.toMatch(/ship/);
		// A verb that only ends like a participle is no adjective over its object.
		expect(texts('Last-writer-wins suits a profile picture, but counters need CRDTs.')).toContain('CRDTs');
		expect(texts('Last-writer-wins suits a profile picture, but counters need CRDTs.').join(' | ')).not.toMatch(/need/);
		// An object, a subject the next word agrees with, or a word the tagger never reads as a verb stays a compound.
		expect(texts('Rotate the access keys.')).toContain('access keys');
		expect(texts('Access keys rotate every 90 days.')).toContain('Access keys');
		expect(texts('User IDs stay stable.')).toContain('User IDs');
		expect(texts('The client signs URLs with HMAC keys.')).toContain('HMAC keys');
		expect(texts('Clients fetch presigned URLs.')).toContain('presigned URLs');
	});

	it('keeps compounds of concrete everyday nouns, not adjectives over them', () => {
		const found = specificTerms('The office has an explicit coffee machine, and stale flags become a strong believer.', matcher);
		const compound = found.find((term) => term.text === 'coffee machine');
		expect(compound?.everyday).toBe(true);
		expect(compound?.ownWords).toBeUndefined();
		// Common nouns trimmed off a single noun name its kind; an -ing word there is a verb.
		expect(texts('Kill switches are kept separate from release flags.')).toContain('release flags');
		expect(texts('There is one person coordinating and people doing the comms.').join(' ')).not.toMatch(/coordinating|doing/);
		// An adjective over a noun is left to the guide: a term only where no other answer uses its words.
		expect(found.find((term) => term.text === 'strong believer')).toMatchObject({ everyday: true, ownWords: 'words' });
	});

	it('takes no everyday capitalised word for a name, nor a unit after a number or "per"', () => {
		const found = texts('A meeting at 9:00 every Monday in Berlin sends a 2 GB video to Kafka.');
		expect(found).toContain('Kafka');
		for (const ordinary of ['Monday', 'Berlin', 'GB video', 'GB']) expect(found).not.toContain(ordinary);
		expect(texts('You pay per GB ingested into Kafka.')).toEqual(['Kafka']);
	});

	it('keeps a version or level written after an acronym or product name with it, not a count after an everyday word', () => {
		const found = texts('QoS 1 carries telemetry and QoS 2 carries commands.');
		expect(found).toEqual(expect.arrayContaining(['QoS 1', 'QoS 2']));
		// The level tells the mediocre answer's "QoS 1" from the great answer's "QoS 2".
		const great = 'Telemetry goes at QoS 1; commands go at QoS 2, which costs an extra round trip.';
		const listed = greatOnlyTerms([question(great, 'We use QoS 1 so nothing is lost.')], matcher)[0]!.map((term) => term.text);
		expect(listed).toContain('QoS 2');
		expect(listed).not.toContain('QoS 1');
		expect(texts('Do step 2 first, then restart 3 nodes.').join(' | ')).not.toMatch(/\d/);
	});

	it('reads a rare word that opens a sentence as the rare noun it is in lower case, not an everyday one', () => {
		// A capital that opens a sentence makes no name, but a word English lacks is still a rare noun.
		expect(specificTerms('Mender, RAUC or SWUpdate give you most of this.', matcher).find((term) => term.text === 'Mender')).toMatchObject({ ownWords: 'words' });
		expect(texts('Monday, Tuesday or Friday work for the team.')).toEqual([]);
	});

	it('never runs a noun phrase on across a quantifier', () => {
		expect(texts('Set the mode to full for topics many teams read, and pages several nights a week.').join(' | ')).not.toMatch(/many|several/);
	});

	it('takes a capitalised word rare in everyday English for a name whatever the tagger calls it', () => {
		// "Vary" (the HTTP header) is tagged a verb, then a noun after its determiner.
		expect(texts("I'd avoid a Vary on Cookie, which fragments the cache.")).toContain('Vary');
	});

	it('takes a capitalised everyday word where English puts a name for one: an example after its cue, the owner of an eponym', () => {
		// "feast" and "evidently" are everyday English: only where they stand makes them names.
		expect(texts('Each feature is defined once, in code, say in Feast, and shared.')).toContain('Feast');
		expect(texts('Drift is computed daily with something like Evidently.')).toContain('Evidently');
		expect(texts('We measure agreement, Cohen’s kappa or similar, and watch Little\'s law.')).toEqual(expect.arrayContaining(['Cohen’s kappa', "Little's law"]));
		// Not after "like" the verb, nor at a sentence's start, nor a lower-case owner.
		expect(texts('I would like Monday off.')).not.toContain('Monday');
		expect(texts('Feast or famine, it is over.').join(' ')).not.toMatch(/Feast/);
		expect(texts("We read the rater's kappa.")).not.toContain("rater's kappa");
	});

	it('keeps a hyphenated modifier that names a kind, not one that counts or a prefix', () => {
		expect(specific('Adding the column is a metadata-only change and instant.')).toContain('metadata-only change');
		expect(specific('The store gives point-in-time correctness for training joins.')).toContain('point-in-time correctness');
		// A prefix on a rare noun names a kind of that term: "anti-rollback counter".
		expect(specific('Secure boot checks an anti-rollback counter.')).toContain('anti-rollback counter');
		// A number only counts, a prefix only qualifies: left to the guide's words (everyday), or dropped.
		const counted = specificTerms('It was a one-line change in a two-week sprint with a multi-layered approach.', matcher);
		for (const text of ['one-line change', 'two-week sprint']) expect(counted.find((term) => term.text === text)?.everyday).toBe(true);
		expect(counted.map((term) => term.text)).not.toContain('multi-layered approach');
	});

	it('takes a single everyday word in capitals for a keyword from code, not an acronym; a run of them stays a statement', () => {
		const found = texts('Add a LIMIT and read EXPLAIN output, then use the NVIDIA plugin.');
		expect(found.join(' | ')).not.toMatch(/LIMIT|^EXPLAIN$/);
		expect(found.join(' | ')).toMatch(/NVIDIA/);
		expect(texts('Add the constraint as NOT VALID first.')).toContain('NOT VALID');
		expect(texts('Keep ACID guarantees.').join(' ')).toMatch(/ACID/);
	});

	it('takes no capital letter on its own for a name', () => {
		const found = texts('Codes go to Kafka and avoid lookalike characters like 0 and O.');
		expect(found).toContain('Kafka');
		expect(found.join(' | ')).not.toMatch(/\bO\b/);
	});

	it('takes an abstract noun everyday English lacks for a naming word, one it has for prose', () => {
		// "cardinality" is a coinage of the trade, as "liveness" is: the compound names a thing to watch.
		const coined = specificTerms('Watch tag cardinality, since free-form labels explode the index.', matcher).find((term) => term.text === 'tag cardinality');
		expect(coined).toBeDefined();
		expect(coined?.everyday).toBeUndefined();
		expect(specificTerms('An event notification starts the worker.', matcher).find((term) => term.text === 'event notification')).toMatchObject({ fill: true });
	});

	it('leaves out what a glossary concept already names', () => {
		expect(texts('Files go to object storage.')).toEqual([]);
	});

	it("keeps a rare adjective over a concept's whole name, a kind of it the glossary lacks, not an everyday one", () => {
		const clocks = compileMatcher([{ id: 'logical-clocks', label: 'Logical clocks', aliases: [] }]);
		const terms = (text: string) => specificTerms(text, clocks).map((term) => [term.text, term.ownWords]);
		expect(terms('For timestamps near real time, hybrid logical clocks add a counter to physical time.')).toContainEqual(['hybrid logical clocks', 'modifiers']);
		expect(terms('For ordering, simple logical clocks are enough.').flat()).not.toContain('simple logical clocks');
	});

	it("lists no kind of a concept that another concept's name spans whole: that concept's chip shows it", () => {
		const index = { id: 'database-index', label: 'Database index', aliases: ['B-tree index'] };
		const terms = (glossary: Parameters<typeof compileMatcher>[0]) => specificTerms('Add a composite B-tree index on the two columns.', compileMatcher(glossary)).map((term) => term.text);
		expect(terms([index, { id: 'composite-index', label: 'Composite index', aliases: [] }])).not.toContain('composite B-tree index');
		// With no concept across the whole phrase, the kind is a term.
		expect(terms([index])).toContain('composite B-tree index');
	});

	it("keeps a less than everyday adjective over a concept's name, not one that grades a quality or an activity", () => {
		const named = compileMatcher([
			{ id: 'metrics', label: 'Metrics', aliases: ['metric'] },
			{ id: 'regression-testing', label: 'Regression testing', aliases: ['regression tests'] },
			{ id: 'scalability', label: 'Scalability', aliases: [] },
			{ id: 'monitoring', label: 'Monitoring', aliases: [] },
		]);
		const terms = (text: string) => specificTerms(text, named).map((term) => [term.text, term.ownWords]);
		// "metric" after "the primary" ends the phrase: its head noun, though a tagger calls it an adjective.
		expect(terms('Before launch we fix the primary metric, say purchases per user.')).toContainEqual(['primary metric', 'modifiers']);
		expect(terms('Stories are the input for visual regression tests in CI.')).toContainEqual(['visual regression tests', 'modifiers']);
		const graded = terms('It needs organizational scalability and comprehensive monitoring, and good metrics.').flat();
		for (const prose of ['organizational scalability', 'comprehensive monitoring', 'good metrics']) expect(graded).not.toContain(prose);
	});

	it('reads an -ing word everyday English lacks as the name of a technique, not a verb, unless it is a known verb done again', () => {
		expect(texts('We tried interleaving the two rankers.')).toContain('interleaving');
		expect(texts('Variants come from theming.')).toContain('theming');
		expect(texts('We avoid reimplementing the service.')).not.toContain('reimplementing');
	});

	it("keeps a concept's one-word name beside a concrete noun, a particular thing of it, for the question's own words to decide", () => {
		const named = compileMatcher([
			{ id: 'virtual-machines', label: 'Virtual machines', aliases: ['VM'] },
			{ id: 'autoscaling', label: 'Autoscaling', aliases: ['autoscaler'] },
		]);
		const terms = (text: string) => specificTerms(text, named).map((term) => [term.text, term.ownWords]);
		expect(terms('A VM pause can stop the clock for seconds.')).toContainEqual(['VM pause', 'words']);
		expect(terms('Add nodes with the cluster autoscaler.')).toContainEqual(['cluster autoscaler', 'words']);
		// Not an abstract noun beside it ("VM management"), nor the name alone.
		expect(terms('VM management is manual.').flat()).not.toContain('VM management');
		expect(terms('We run one VM.').flat()).not.toContain('VM');
	});

	it("leaves only the name to the question's own words where a name stands beside a concept's one-word name", () => {
		const named = compileMatcher([{ id: 'metrics', label: 'Metrics', aliases: [] }]);
		const terms = (text: string) => specificTerms(text, named).map((term) => [term.text, term.ownWords]);
		expect(terms('We scrape DCGM metrics from each node.')).toContainEqual(['DCGM metrics', 'modifiers']);
		// An everyday noun beside it still needs both words to be the question's own.
		expect(terms('We scrape dashboard metrics from each node.')).toContainEqual(['dashboard metrics', 'words']);
	});

	it('finds verb phrases that name a technique: a rare verb on a concrete object, a state a rare object is kept in, a coined hyphenated verb', () => {
		expect(texts('Teams classify fields in the schema, and a nightly plan runs to detect drift.')).toEqual(expect.arrayContaining(['classify fields', 'detect drift']));
		const thin = specificTerms("I'd keep the gateway thin, with no business logic.", matcher).find((term) => term.text === 'keep the gateway thin');
		// "keep" or "make" the gateway thin say the same: the object and its state are the idea.
		expect(thin?.key).toBe('gatewai thin');
		expect(texts('The producer dual-publishes to both topics.')).toContain('dual-publishes');
	});

	it('finds no verb phrase in evaluative prose, nor with an everyday verb, an abstract object or a negation', () => {
		// "users", said twice on its own, is for the guide's other answers to decide (ownWords), not a verb phrase.
		expect(specific("I'd make sure the job is idempotent, think about the users and take care of the users too.")).toEqual([]);
		expect(texts('We keep things simple, add components and use a canary.')).toEqual([]);
		expect(texts('We reduce variance, enforce isolation and facilitate analysis.')).toEqual([]);
		expect(texts('The job never duplicates rows.')).toEqual([]);
	});

	it("leaves out a piece the tagger broke off a concept's name, not a term that holds one", () => {
		const named = compileMatcher([
			{ id: 'n-plus-one-queries', label: 'N+1 query problem', aliases: [] },
			{ id: 'postgresql', label: 'PostgreSQL', aliases: [] },
		]);
		const found = (text: string) => specificTerms(text, named).map((term) => term.text);
		expect(texts('The classic risk is the N+1 query problem.')).toContain('query problem');
		expect(found('The classic risk is the N+1 query problem.')).not.toContain('query problem');
		expect(found('Isolation uses PostgreSQL row-level security.')).toContain('PostgreSQL row-level security');
		// Nor one that ends inside a name: the number the acronym keeps ends the chunk "HTTP 429", the concept's name.
		const status = compileMatcher([{ id: 'http-429', label: 'HTTP 429', aliases: [] }]);
		expect(texts('We return HTTP 429 responses.')).toContain('HTTP 429');
		expect(specificTerms('We return HTTP 429 responses.', status).map((term) => term.text).join(' | ')).not.toMatch(/HTTP/);
	});
});

describe('greatOnlyTerms', () => {
	it('lists terms the mediocre answer does not state, rarest first', () => {
		const [terms] = greatOnlyTerms([question('Upload with a presigned URL, then run a virus scan with ClamAV.', 'We run a virus scan.')], matcher);
		const listed = terms!.map((term) => term.text);
		expect(listed).toContain('presigned URL');
		expect(listed).toContain('ClamAV');
		expect(listed.some((term) => /virus/.test(term))).toBe(false);
	});

	it('treats the same head noun with a shared modifier as stated', () => {
		const [terms] = greatOnlyTerms([question('Clients resume a multipart upload session.', 'We support multipart uploads.')], matcher);
		expect(terms!.map((term) => term.text)).not.toContain('multipart upload session');
	});

	it('does not list a term that only echoes the question title', () => {
		const [terms] = greatOnlyTerms([question('WebSocket gateways hold the connections.', 'We use servers.', 'How would you scale WebSocket gateways?')], matcher);
		expect(terms!.map((term) => term.text)).not.toContain('WebSocket gateways');
	});

	it("does not list the title's subject with an everyday head, only with a rare one", () => {
		const title = 'How do you handle errors in a backend?';
		const great = 'Sort failures into error categories and group them by error fingerprinting. The rest is long enough for both.';
		const listed = greatOnlyTerms([question(great, 'We log them.', title)], matcher)[0]!.map((term) => term.text);
		expect(listed).not.toContain('error categories');
		expect(listed).toContain('error fingerprinting');
		// On another question the same words are not the topic.
		expect(greatOnlyTerms([question(great)], matcher)[0]!.map((term) => term.text)).toContain('error categories');
		// Porter stems "producers" and "produce" alike; the rate producers produce at is no echo of the producers.
		const queue = 'A consumer cannot keep up with the producers. What do you do?';
		const lag = 'Compare consumer lag with the produce rate over time, then add consumers up to the partition count.';
		const queueTerms = greatOnlyTerms([question(lag, 'We add more servers.', queue)], matcher)[0]!.map((term) => term.text);
		expect(queueTerms).toContain('produce rate');
		expect(queueTerms).not.toContain('consumer lag');
	});

	it("uses the comparison's mentions when given, as if it had found them", () => {
		const named = compileMatcher([{ id: 'n-plus-one-queries', label: 'N+1 query problem', aliases: [] }]);
		const great = 'The classic risk is the N+1 query problem, so a DataLoader batches lookups. The rest is long enough.';
		const asked = question(great);
		const listed = (terms: ReturnType<typeof greatOnlyTerms>) => terms[0]!.map((term) => term.text);
		const found = listed(greatOnlyTerms([asked], named));
		expect(found).not.toContain('query problem');
		expect(listed(greatOnlyTerms([{ ...asked, mentions: { great: named.find(great), mediocre: [] } }], named))).toEqual(found);
		// Without the mention (a hint ignored it), the piece is a term again.
		expect(listed(greatOnlyTerms([{ ...asked, mentions: { great: [], mediocre: [] } }], named))).toContain('query problem');
	});

	it("takes no part of the title's hyphenated modifier for its subject", () => {
		const great = 'Large tenants move to their own shard, because routing goes through a tenant directory. The rest is long enough.';
		const listed = (title: string) => greatOnlyTerms([question(great, 'We add a column.', title)], matcher)[0]!.map((term) => term.text);
		expect(listed('How would you build a multi-tenant SaaS backend?')).toContain('tenant directory');
		expect(listed('How would you store tenant data?')).not.toContain('tenant directory');
	});

	it(`drops terms that more than ${MAX_QUESTIONS_PER_TERM} questions state: the guide's vocabulary, not a separator`, () => {
		const many = Array.from({ length: MAX_QUESTIONS_PER_TERM + 1 }, () =>
			question('We call Kafka from a presigned URL. The answer is long enough to have room for both of these terms.'),
		);
		for (const terms of greatOnlyTerms(many, matcher)) expect(terms.map((term) => term.text)).not.toContain('Kafka');
		const few = greatOnlyTerms(many.slice(0, MAX_QUESTIONS_PER_TERM), matcher);
		expect(few[0]!.map((term) => term.text)).toContain('Kafka');
	});

	it('lists only as many terms as the answer has room for beside its concept separators', () => {
		const great = `${'We keep the upload. '.repeat(10)}Use a presigned URL, ClamAV, Amazon SES, DKIM and DMARC.`;
		const budget = termBudget({ title: 'Uploads?', great, mediocre: '' });
		expect(budget).toBe(Math.round((4 * 10 + 10) / WORDS_PER_SEPARATOR));
		expect(budget).toBeGreaterThan(5);
		expect(greatOnlyTerms([question(great)], matcher)[0]!.length).toBe(5);
		expect(greatOnlyTerms([{ ...question(great), conceptSeparators: budget - 2 }], matcher)[0]!.map((term) => term.text)).toHaveLength(2);
		expect(greatOnlyTerms([{ ...question(great), conceptSeparators: budget + 3 }], matcher)[0]).toEqual([]);
	});

	it('keeps a compound of everyday nouns only when its head noun is particular to the question', () => {
		const filler = ' The rest of this answer is long enough to leave room for several terms here.';
		const questions = [
			question(`A worker runs a virus scan and logs database changes.${filler}`),
			question(`We review database changes.${filler}`),
			question(`Risky changes wait for review.${filler}`),
		];
		const [first] = greatOnlyTerms(questions, matcher);
		expect(first!.map((term) => term.text)).toContain('virus scan');
		expect(first!.map((term) => term.text)).not.toContain('database changes');
	});

	it('drops a term whose head is a common word most of the guide uses, unless the head is a name', () => {
		const filler = ' The rest of this answer is long enough to leave room for several terms here.';
		const count = Math.ceil(1 / MAX_SHARE_PER_HEAD) + 4;
		const questions = Array.from({ length: count }, (_, index) =>
			question(index === 0 ? `We return slow query results and use Amazon SES.${filler}` : `Question ${index} has results to show.${filler}`),
		);
		const listed = greatOnlyTerms(questions, matcher)[0]!.map((term) => term.text);
		expect(listed).toContain('Amazon SES');
		expect(listed).not.toContain('query results');
		// A rare lower-case modifier names a kind of the common head; an acronym does not.
		const database = Array.from({ length: count }, (_, index) =>
			question(index === 0 ? `Rules come from the tz database, a Luhn database checks them, and an HTTP database serves them.${filler}` : `Question ${index} has a database.${filler}`),
		);
		const named = greatOnlyTerms(database, matcher)[0]!.map((term) => term.text);
		expect(named).toContain('tz database');
		// A capitalised name everyday English lacks is as rare a modifier ("Luhn check").
		expect(named).toContain('Luhn database');
		expect(named).not.toContain('HTTP database');
		// In a guide where few answers use "results", the same term is listed.
		expect(greatOnlyTerms([questions[0]!], matcher)[0]!.map((term) => term.text)).toContain('query results');
	});

	it('ranks a capitalised name spelled as an everyday word as rare as a coined one, not an acronym', () => {
		const great = 'Models run in a server such as Triton, not a Flask app. The rest of this answer is long enough to leave room.';
		const ranked = greatOnlyTerms([question(great)], matcher)[0]!.map((term) => term.text);
		// "triton" is commoner English than "flask": only the names' places in the answer order them.
		expect(ranked.indexOf('Triton')).toBeLessThan(ranked.indexOf('Flask app'));
		expect(ranked.indexOf('Triton')).toBeGreaterThanOrEqual(0);
		const cpu = specificTerms('Requests fall back to the CPU.', matcher).find((term) => term.text === 'CPU');
		expect(cpu?.rarity).toBe(zipf('CPU'));
	});

	describe("what only the question's own words make specific", () => {
		const filler = ' The rest of this answer is long enough to leave room for several terms here.';
		const listed = (greats: string[]) =>
			greatOnlyTerms(
				greats.map((great) => question(great + filler)),
				matcher,
			)[0]!.map((term) => term.text);

		it('lists an adjective over a noun and a single rare noun that no other great answer uses', () => {
			const great = 'Quotas stop a noisy tenant, a worker validates the type by magic bytes, and it generates thumbnails.';
			// The adjective stays on a rare noun too: "magic bytes", not "bytes".
			expect(listed([great, 'We add a cache.'])).toEqual(expect.arrayContaining(['noisy tenant', 'magic bytes', 'thumbnails']));
			// Another answer using a word makes it the guide's vocabulary ("strong believer" beside "strong consistency").
			const shared = listed([great, 'A noisy alert pages someone, and we keep thumbnails small.']);
			expect(shared).not.toContain('noisy tenant');
			expect(shared).not.toContain('thumbnails');
			// A noun that only ends like an abstract one ("sessions") names a thing; an abstract one is a term only as a coinage everyday English lacks.
			expect(listed(['Commands use persistent sessions and a careful implementation.', 'We add a cache.'])).toContain('persistent sessions');
			expect(listed(['Commands use persistent sessions and a careful implementation.', 'We add a cache.']).join(' | ')).not.toMatch(/implementation/);
			expect(listed(['We keep liveness separate from compatibility.', 'We add a cache.'])).toContain('liveness');
			expect(listed(['We keep liveness separate from compatibility.', 'We add a cache.'])).not.toContain('compatibility');
			// A past participle only says what state the noun is in; a rare one names a kind, as a rare adjective does.
			expect(listed(['We rely on a maintained library.', 'We add a cache.'])).not.toContain('maintained library');
			expect(listed(['Producers write to a bounded queue that makes them slow down.', 'We add a cache.'])).toContain('bounded queue');
		});

		it('lists an everyday noun the answer comes back to on its own, not one it says once or in a compound', () => {
			const great = 'A nightly job compares our roster with the provider report, and the roster uses double-entry bookkeeping.';
			expect(listed([great, 'We add a cache.'])).toContain('roster');
			expect(listed(['A nightly job compares our roster with the provider report.', 'We add a cache.'])).not.toContain('roster');
			// "roster entries" names the entries: the answer is not about the roster itself.
			expect(listed(['Each write adds roster entries, and the roster uses double-entry bookkeeping, so the roster balances.', 'We add a cache.'])).not.toContain('roster');
			expect(greatOnlyTerms([question(great + filler, 'We keep a roster of payments.')], matcher)[0]!.map((term) => term.text)).not.toContain('roster');
			expect(listed([great, 'Finance reads the roster.'])).not.toContain('roster');
			// Its repetition alone makes it a term, so what is done with it still names the technique.
			expect(texts('Routes move into the gateway, and I would keep the gateway thin.')).toContain('keep the gateway thin');
		});

		it('lists no everyday word that prose repeats', () => {
			const great = 'The team tells users about things, and the team asks users which things matter to users.';
			const terms = listed([great, 'We add a cache.', 'Users see a spinner.']);
			for (const word of ['team', 'users', 'things']) expect(terms).not.toContain(word);
		});

		it('lists a compound with an abstract modifier only when no other great answer uses the modifier', () => {
			const great = 'Complaint webhooks feed a suppression list.';
			expect(listed([great, 'We add a cache.'])).toContain('suppression list');
			expect(listed([great, 'Alert suppression hides repeats.'])).not.toContain('suppression list');
		});

		it('lists a compound of everyday nouns whose head the guide uses everywhere when its modifiers are the question\'s own', () => {
			const great = 'Store the zone name, because daylight saving time rules change and offsets go wrong.';
			const others = ['Lifecycle rules clean up uploads.', 'Routing rules pick a shard.', 'Firewall rules stay in code.'];
			expect(listed([great, ...others])).toContain('daylight saving time rules');
			expect(listed([great, 'Daylight comes early here.', ...others])).not.toContain('daylight saving time rules');
		});

		it('lists a compound with an abstract head only in an answer dense with other terms, last, and not when the mediocre answer uses its head', () => {
			const sparse = 'An event notification starts the worker.';
			expect(listed([sparse, 'We add a cache.'])).not.toContain('event notification');
			const dense = 'The client gets a presigned URL, ClamAV scans the file, DKIM and DMARC sign the mail, and an event notification starts the worker.';
			const terms = listed([dense, 'We add a cache.']);
			expect(terms.length).toBeGreaterThanOrEqual(FILL_MIN_SHARE * termBudget(question(dense + filler)));
			expect(terms.at(-1)).toBe('event notification');
			expect(
				greatOnlyTerms([question(dense + filler, 'The bucket sends notifications to a worker.'), question('We add a cache.' + filler)], matcher)[0]!.map((term) => term.text),
			).not.toContain('event notification');
		});

		it('lists a verb phrase the mediocre answer does not state by stems, when no other great answer uses its words', () => {
			const great = 'Teams classify fields in the schema.';
			expect(listed([great, 'We add a cache.'])).toContain('classify fields');
			expect(greatOnlyTerms([question(great + filler, 'We classify each field by hand.')], matcher)[0]!.map((term) => term.text)).not.toContain('classify fields');
			expect(listed([great, 'Forms have many fields.'])).not.toContain('classify fields');
		});

		it('gives them what budget the other terms leave', () => {
			// "thumbnails" is rarer in English than "sender", yet only the question makes it a term.
			const great = `Workers render thumbnails and protect the sender reputation.${filler}`;
			const [terms] = greatOnlyTerms([{ ...question(great), conceptSeparators: termBudget(question(great)) - 1 }], matcher);
			expect(terms!.map((term) => term.text)).toEqual(['sender reputation']);
		});
	});
});

describe('the lexicon of technical phrases', () => {
	const entries = readFileSync(TECHNICAL_PHRASES_FILE, 'utf8')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'));

	it('holds only phrases of everyday words that no glossary concept names: rarity and the glossary find the others', async () => {
		const stems = (text: string) => tokenize(text).map((token) => token.stem).join(' ');
		const names = new Set((await loadGlossary('content/concepts')).flatMap((concept) => [concept.label, ...concept.aliases].map(stems)));
		expect(entries.length).toBeGreaterThan(1500);
		expect(entries.filter((entry) => tokenize(entry).some((token) => zipf(token.text) < RARE_WORD_ZIPF))).toEqual([]);
		expect(entries.filter((entry) => names.has(stems(entry)))).toEqual([]);
	});

	it('lists a fixed technical phrase of everyday words that the guide uses elsewhere, not an everyday phrase outside the lexicon', () => {
		const other = question('Each run writes a log, and a quick check reads it. The rest is long enough for both of them.');
		const listed = (great: string) => greatOnlyTerms([question(great, 'We apply it.'), other], matcher)[0]!.map((term) => term.text);
		const great = 'Start with a dry run of the migration against a copy, then a quick run on production. The rest is long enough.';
		expect(listed(great)).toContain('dry run');
		expect(listed(great)).not.toContain('quick run');
		// Also where the chunker has no candidate of it: a single everyday noun, a participle over one.
		const broker = 'The broker keeps a retained message per topic, and the primary holds a lease on the partition. The rest is long enough.';
		expect(listed(broker)).toEqual(expect.arrayContaining(['retained message', 'lease']));
	});

	it('matches an entry in its form but for number: no verb for a noun, no verb or noun for a gerund', () => {
		const found = (text: string) => specificTerms(text, matcher).filter((term) => term.established).map((term) => term.text);
		expect(found('Workers take advisory locks before they run.')).toEqual(['advisory locks']);
		expect(found('We lease machines by the month.')).toEqual([]);
		expect(found('Training uses early stopping.')).toEqual(['early stopping']);
		expect(found('The loop may stop early on an early stop signal.')).toEqual([]);
	});
});
