/** The glossary and the comparison measured on the hand-labelled documents in tests/concept-labels/. */
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../src/analysis/glossary-files.ts';
import { evaluateLabelledDocument } from '../../../src/analysis/labelled-documents.ts';
import { evaluate } from '../../../src/analysis/evaluate.ts';
import { compileMatcher } from '../../../src/analysis/matcher.ts';

const glossary = await loadGlossary('content/concepts');

describe('the glossary', () => {
	it('is valid and covers the field with several hundred concepts', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(400);
	});
});

describe("the glossary's common wordings", () => {
	const matcher = compileMatcher(glossary);
	const conceptsIn = (text: string) => matcher.find(text).map((occurrence) => occurrence.conceptId);

	it.each([
		['we track time to detect and time to resolve across incidents', 'mttr'],
		['the pipeline runs secret detection on every push', 'secret-scanning'],
		['canary with automated rollback on SLO alerts', 'slo-based-alerting'],
		['the alert fired on customer-facing symptoms', 'slo-based-alerting'],
		['we declare a severity level and open a channel', 'incident-severity'],
		['each day is written with a MERGE keyed on the natural key', 'upsert'],
		['the backfill reads from a replica, not the primary', 'read-replicas'],
		["first I'd profile the consumer to see where the time goes", 'profiling'],
		['production logs at INFO, and DEBUG is switched on per service', 'log-levels'],
		['each client may only touch its own topics, enforced with ACLs', 'authorization'],
		['releases are signed with Ed25519', 'public-key-cryptography'],
		['the workers read through shared subscriptions', 'competing-consumers'],
		['old segments move to tiered storage', 'storage-tiering'],
		['retention is tiered by age', 'storage-tiering'],
		['the agent falls back to the last known good config', 'rollback'],
		['a new setting goes to a small cohort first', 'canary-release'],
		['the edge site runs workloads as containers', 'containerization'],
		['the edge site runs k3s', 'kubernetes'],
		['clients upload crash dumps after a fault', 'error-tracking'],
		['page on the burn rate of the availability objective', 'slo-based-alerting'],
		['every major release ships migration notes', 'migration-guide'],
		['the icon package is tree-shakable', 'tree-shaking'],
	])('"%s" states %s', (text, conceptId) => {
		expect(conceptsIn(text)).toContain(conceptId);
	});

	it("reads a subnet's network ACLs as network rules, not as who may do what", () => {
		expect(conceptsIn("the subnet's network ACLs block port 22")).not.toContain('authorization');
	});

	it('takes the SQL statement for an upsert only as SQL writes it, in capitals', () => {
		expect(conceptsIn('we merge the branch after review')).not.toContain('upsert');
	});

	it('reads a log level in its name as loggers write it, in capitals, not in the everyday word', () => {
		expect(conceptsIn('we debug it and send more info')).not.toContain('log-levels');
	});

	it('reads profiling in the verb someone says they will do, not in a profile', () => {
		expect(conceptsIn('the user profile page shows their profiles')).not.toContain('profiling');
	});

	it('reads a declared severity as the incident\'s, and other severity levels as log levels', () => {
		expect(conceptsIn('we declare a severity level')).not.toContain('log-levels');
		expect(conceptsIn('logs at different severity levels')).toContain('log-levels');
	});
});

describe('the seed document, as the site shows it', () => {
	it('finds at least 90% of the labelled separators and lists no shared concept as a separator', async () => {
		const { withSiteHints } = await evaluateLabelledDocument('tests/concept-labels/seed.yaml', glossary);
		expect(withSiteHints!.questions.flatMap((score) => score.falseSeparators.map((id) => `Q${score.number} ${id}`))).toEqual([]);
		expect(withSiteHints!.recall).toBeGreaterThanOrEqual(0.9);
	});
});

describe('evaluate', () => {
	it('scores found, missed, false and unlabelled separators', () => {
		const result = evaluate(
			new Map([
				[1, { separators: ['a', 'b'], shared: ['c'] }],
				[2, { separators: ['d'], shared: [] }],
			]),
			new Map([
				[1, { concepts: ['a', 'c', 'x'], terms: [] }],
				[2, { concepts: ['d'], terms: [] }],
			]),
		);
		expect(result.questions[0]).toEqual({ number: 1, found: ['a'], missed: ['b'], falseSeparators: ['c'], unlabelled: ['x'], listed: 3 });
		expect(result.recall).toBeCloseTo(2 / 3);
		expect(result.falseSeparators).toBe(1);
		expect(result.listedOverLabelled).toBeCloseTo(4 / 3);
		expect(result.precision).toBeCloseTo(2 / 4);
	});

	it('counts a labelled broader concept as found when a refinement of it is listed in its place', () => {
		const result = evaluate(
			new Map([[1, { separators: ['encryption', 'encryption-at-rest'], shared: [] }]]),
			new Map([[1, { concepts: ['encryption-at-rest'], terms: [] }]]),
			new Map([['encryption-at-rest', 'encryption']]),
		);
		expect(result.questions[0]).toMatchObject({ found: ['encryption', 'encryption-at-rest'], missed: [], listed: 1 });
		expect(result.precision).toBe(1);
	});

	it('counts a labelled term as found when a listed term names it by stems, and any other listed term as noise', () => {
		const result = evaluate(
			new Map([[1, { separators: ['a'], shared: [], terms: ['presigned URL', 'virus scan'] }]]),
			new Map([[1, { concepts: ['a'], terms: ['presigned upload URLs', 'strong believer'] }]]),
		);
		expect(result.questions[0]).toMatchObject({ found: ['a', 'presigned URL'], missed: ['virus scan'], unlabelled: ['strong believer'] });
		expect(result.recall).toBeCloseTo(2 / 3);
		expect(result.conceptRecall).toBe(1);
		expect(result.precision).toBeCloseTo(2 / 3);
	});

	it('counts a labelled term as found when the label of a listed concept names it, and that concept as useful', () => {
		const result = evaluate(
			new Map([[1, { separators: [], shared: ['webhooks'], terms: ['reconciliation', 'ledger'] }]]),
			new Map([[1, { concepts: ['data-reconciliation', 'webhooks'], terms: [] }]]),
			new Map(),
			new Map([
				['data-reconciliation', 'Data reconciliation'],
				['webhooks', 'Webhooks'],
			]),
		);
		expect(result.questions[0]).toMatchObject({ found: ['reconciliation'], missed: ['ledger'], falseSeparators: ['webhooks'], unlabelled: [] });
		expect(result.precision).toBeCloseTo(1 / 2);
	});

	it('counts a labelled term as found when the words a listed concept highlights hold all of it, not part of it', () => {
		const result = evaluate(
			new Map([[1, { separators: [], shared: [], terms: ['percentage rollouts', 'canary test'] }]]),
			new Map([
				[
					1,
					{
						concepts: ['progressive-delivery', 'canary-release'],
						terms: [],
						mentions: new Map([
							['progressive-delivery', ['percentage rollout']],
							['canary-release', ['canary']],
						]),
					},
				],
			]),
			new Map(),
			new Map([
				['progressive-delivery', 'Progressive delivery'],
				['canary-release', 'Canary release'],
			]),
		);
		expect(result.questions[0]).toMatchObject({ found: ['percentage rollouts'], missed: ['canary test'], unlabelled: ['canary-release'] });
		expect(result.precision).toBeCloseTo(1 / 2);
	});
});
