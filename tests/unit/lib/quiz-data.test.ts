import { describe, expect, it } from 'vitest';
import { analyzeQuestion, createAnalysisContext } from '../../../src/analysis/compare.ts';
import type { Concept } from '../../../src/analysis/concept-schema.ts';
import { quizIdeas, quizNames } from '../../../src/lib/quiz-data.ts';

const glossary: Concept[] = [
	{ id: 'retries', label: 'Retries', aliases: ['retry'], umbrella: false, definition: 'Trying a failed operation again.', paraphrases: ['try … again'] },
	{ id: 'exponential-backoff', label: 'Exponential backoff', aliases: [], umbrella: false, definition: 'Waiting longer before each retry.', refines: 'retries' },
	{ id: 'dead-letter-queue', label: 'Dead-letter queue', aliases: ['DLQ'], umbrella: false, definition: 'Where messages that keep failing are kept aside.' },
	{ id: 'logging', label: 'Logging', aliases: ['log'], umbrella: false, definition: 'Recording what a program does.', paraphrases: ['write … down'] },
];
const concepts = new Map(glossary.map((concept) => [concept.id, concept]));

describe('what the quiz downloads', () => {
	it('names every concept, with its hierarchy, and describes none', () => {
		const { concepts: names } = quizNames(glossary);
		expect(names.map((concept) => concept.id)).toEqual(['retries', 'exponential-backoff', 'dead-letter-queue', 'logging']);
		expect(names[1]).toEqual({ id: 'exponential-backoff', label: 'Exponential backoff', aliases: [], refines: 'retries' });
		expect(names[0]).not.toHaveProperty('definition');
	});

	it("describes a question's ideas only: what its great answer states or implies, with their patterns", () => {
		const analysis = analyzeQuestion({ great: 'Exponential backoff, then a dead-letter queue.', mediocre: 'Log it.', poor: 'Hope.' }, createAnalysisContext(glossary));
		const { ideas } = quizIdeas(analysis, concepts);
		expect(ideas.map((idea) => idea.id).sort()).toEqual(['dead-letter-queue', 'exponential-backoff', 'retries']);
		expect(ideas.find((idea) => idea.id === 'retries')).toEqual({ id: 'retries', definition: 'Trying a failed operation again.', paraphrases: ['try … again'] });
		expect(ideas.find((idea) => idea.id === 'dead-letter-queue')).not.toHaveProperty('paraphrases');
	});
});
