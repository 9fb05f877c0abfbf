import { describe, expect, it } from 'vitest';
import { analyzeQuestion, createAnalysisContext } from '../../../src/analysis/compare.ts';
import { apiQuestions } from '../../../src/lib/api.ts';

const context = createAnalysisContext([
	{ id: 'retries', label: 'Retries', aliases: ['retry'] },
	{ id: 'exponential-backoff', label: 'Exponential backoff', aliases: [], refines: 'retries' },
	{ id: 'dead-letter-queue', label: 'Dead-letter queue', aliases: ['DLQ'] },
	{ id: 'logging', label: 'Logging', aliases: ['log'] },
]);
const labels = new Map([
	['retries', 'Retries'],
	['exponential-backoff', 'Exponential backoff'],
	['dead-letter-queue', 'Dead-letter queue'],
]);
const question = {
	number: 7,
	slug: 'failed-jobs',
	question: 'What do you do with failed jobs?',
	topics: ['Queues'],
	tiers: {
		great: 'Exponential backoff, then a dead-letter queue.',
		mediocre: 'Retry a few times and log it.',
		poor: 'Log it.',
	},
};

describe('the JSON API record of a question', () => {
	const [record] = apiQuestions([question], new Map([[question.slug, analyzeQuestion(question.tiers, context)]]), labels, (slug) => `https://guide.example/questions/${slug}/`);

	it('gives the question, its topics, its three answers and an address for the page and each tier', () => {
		expect(record).toMatchObject({
			number: 7,
			slug: 'failed-jobs',
			title: 'What do you do with failed jobs?',
			topics: ['Queues'],
			url: 'https://guide.example/questions/failed-jobs/',
			tierUrls: {
				great: 'https://guide.example/questions/failed-jobs/#great',
				mediocre: 'https://guide.example/questions/failed-jobs/#mediocre',
				poor: 'https://guide.example/questions/failed-jobs/#poor',
			},
			tiers: question.tiers,
		});
	});

	it('lists the concepts of each tier and of each comparison, labelled, falling back to the id without a label', () => {
		const names = (list: readonly { id: string; label: string }[]) => list.map(({ id, label }) => `${id}=${label}`);
		expect(names(record!.concepts.great)).toEqual(['exponential-backoff=Exponential backoff', 'retries=Retries', 'dead-letter-queue=Dead-letter queue']);
		expect(names(record!.concepts.greatOnly)).toEqual(['exponential-backoff=Exponential backoff', 'dead-letter-queue=Dead-letter queue']);
		expect(names(record!.concepts.shared)).toEqual(['retries=Retries']);
		expect(names(record!.concepts.mediocreOnly)).toEqual(['logging=logging']);
		expect(names(record!.concepts.poorToMediocre)).toEqual(['retries=Retries']);
	});

	it('gives each compared concept the sentence of each compared answer that states it', () => {
		const evidence = (list: readonly { id: string; evidence: object }[], id: string) => list.find((concept) => concept.id === id)?.evidence;
		expect(evidence(record!.concepts.greatOnly, 'dead-letter-queue')).toEqual({ great: 'Exponential backoff, then a dead-letter queue.' });
		expect(evidence(record!.concepts.shared, 'retries')).toEqual({
			great: 'Exponential backoff, then a dead-letter queue.',
			mediocre: 'Retry a few times and log it.',
		});
		expect(evidence(record!.concepts.mediocreOnly, 'logging')).toEqual({ mediocre: 'Retry a few times and log it.' });
		expect(evidence(record!.concepts.poorToMediocre, 'retries')).toEqual({ mediocre: 'Retry a few times and log it.' });
	});

	it('lists the great-only terms apart from concepts, each with its sentence', () => {
		const analysis = analyzeQuestion(question.tiers, context);
		const term = { text: 'ClamAV', start: 0, end: 6, evidence: 'ClamAV scans it.', key: 'clamav', rarity: 0 };
		const [withTerms] = apiQuestions([question], new Map([[question.slug, { ...analysis, greatOnlyTerms: [term] }]]), labels, (slug) => slug);
		expect(withTerms!.terms).toEqual({ greatOnly: [{ term: 'ClamAV', evidence: { great: 'ClamAV scans it.' } }] });
		expect(record!.terms).toEqual({ greatOnly: [] });
	});
});
