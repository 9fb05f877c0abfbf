import { describe, expect, it } from 'vitest';
import type { Concept } from '../../../src/analysis/concept-schema.ts';
import { guideData, type Question } from '../../../src/lib/guide-model.ts';
import { loadGlossary } from '../../../src/analysis/glossary-files.ts';
import { readQuestionFolder } from '../../../src/questions/question-folder.ts';
import { questionSchema } from '../../../src/questions/question-schema.ts';

const glossary = new Map<string, Concept>(
	[
		{ id: 'retries', label: 'Retries', aliases: ['retry'] },
		{ id: 'dead-letter-queue', label: 'Dead-letter queue', aliases: ['DLQ'] },
	].map((concept) => [concept.id, concept as Concept]),
);

const question = (number: number, slug: string, topics: string[], concepts?: unknown): Question => ({
	...questionSchema.parse({
		number,
		slug,
		question: `Question ${number}?`,
		topics,
		source: { document: 'Doc', position: number },
		tiers: { great: 'Retry, then a DLQ.', mediocre: 'Retry.', poor: 'Give up.' },
		...(concepts ? { concepts } : {}),
	}),
	filePath: `content/questions/${slug}.md`,
});

describe('the guide every page sees', () => {
	const guide = guideData([question(2, 'second', ['Queues']), question(1, 'first', ['APIs', 'Queues'])], glossary);

	it('orders questions by number and analyses each against the glossary', () => {
		expect(guide.questions.map((q) => q.slug)).toEqual(['first', 'second']);
		expect(guide.analyses.get('first')!.greatVsMediocre.betterOnly).toEqual(['dead-letter-queue']);
		expect(guide.labels.get('dead-letter-queue')).toBe('Dead-letter queue');
		expect(guide.uses.get('retries')!.map((use) => use.slug)).toEqual(['first', 'second']);
	});

	it('groups topics once, for topic pages and the sidebar alike', () => {
		expect(guide.topics.map((topic) => [topic.name, topic.questions.map((q) => q.number)])).toEqual([
			['APIs', [1]],
			['Queues', [1, 2]],
		]);
		expect(guide.sidebar.topics).toBe(guide.topics);
	});

	it('names the file and field of a hint that names no concept', () => {
		expect(() => guideData([question(1, 'first', [], { add: { great: ['no-such-concept'] } })], glossary)).toThrow(
			'content/questions/first.md: field "concepts.add.great" names "no-such-concept", which is not a concept in content/concepts/',
		);
	});
});

describe('the guide of the committed content', () => {
	/** The guide as pages read it, with every Map and Set in its iteration order. */
	const rendered = (questions: readonly Question[], concepts: readonly Concept[]) =>
		JSON.stringify(guideData(questions, new Map(concepts.map((concept) => [concept.id, concept]))), (_key, value: unknown) =>
			value instanceof Map || value instanceof Set ? [...value] : value,
		);

	// Astro's loaders hand entries over in an order nothing promises; a page must not depend on it.
	// (`npm run test:full` also builds the site twice and compares the bytes.)
	it('is the same whatever order the questions and concepts arrive in', async () => {
		const questions = (await readQuestionFolder('content/questions')).map(({ shownPath, file }) => ({
			...questionSchema.parse({ ...file.frontmatter, tiers: file.tiers }),
			filePath: shownPath,
		}));
		const concepts = await loadGlossary('content/concepts');
		expect(questions.length).toBeGreaterThan(10);
		expect(rendered([...questions].reverse(), [...concepts].reverse())).toBe(rendered(questions, concepts));
	});
});
