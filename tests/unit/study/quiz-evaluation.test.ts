import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../../src/analysis/glossary-files.ts';
import { checkLabelledAnswers, scoreChecks, type LabelledAnswer } from '../../../src/study/quiz-evaluation.ts';
import type { AnswerCheck } from '../../../src/study/check-answer.ts';

const answer = (covered: string[]): LabelledAnswer => ({ document: 'd', position: 1, split: 'tune', text: '…', covered });
const checked = (verdicts: Record<string, 'covered' | 'partial' | 'missed'>): AnswerCheck => ({
	ideas: Object.entries(verdicts).map(([conceptId, verdict]) => ({ conceptId, verdict, evidence: [] }) as AnswerCheck['ideas'][number]),
	covered: 0,
	partial: 0,
	total: Object.keys(verdicts).length,
});

describe('scoreChecks', () => {
	it('scores agreement, covered ideas credited and missed ideas credited, partial counting as not credited', () => {
		const refines = new Map([['backoff', 'retries']]);
		const score = scoreChecks(
			[answer(['backoff']), answer([])],
			[checked({ retries: 'covered', backoff: 'partial', dlq: 'missed' }), checked({ retries: 'covered', backoff: 'missed', dlq: 'missed' })],
			refines,
		);
		// Labels: answer 1 covers backoff and so retries; answer 2 covers nothing.
		expect(score.pairs).toBe(6);
		expect(score.agreement).toBeCloseTo(4 / 6);
		expect(score.coveredCredited).toBeCloseTo(1 / 2);
		expect(score.missedCredited).toBeCloseTo(1 / 4);
		expect(score.disagreements).toEqual([
			{ answer: 0, conceptId: 'backoff', labelled: true },
			{ answer: 1, conceptId: 'retries', labelled: false },
		]);
	});
});

describe('checkLabelledAnswers', () => {
	const glossary = loadGlossary('content/concepts');

	it('checks every labelled practice answer against the ideas of its great answer', async () => {
		const { answers, checks } = await checkLabelledAnswers('tests/quiz-labels/practice-answers.yaml', await glossary);
		expect(answers.length).toBeGreaterThanOrEqual(40);
		expect(new Set(answers.map((answer) => `${answer.document}:${answer.position}`)).size).toBeGreaterThanOrEqual(12);
		expect(answers.filter((answer) => answer.split === 'heldout').length / answers.length).toBeGreaterThanOrEqual(1 / 3 - 0.05);
		expect(checks[0]!.ideas.find((idea) => idea.conceptId === 'token-bucket')?.verdict).toBe('covered');
	});

	it('names the file and the answer when a label is not an idea of the great answer', async () => {
		await expect(checkLabelledAnswers('tests/fixtures/quiz-labels/unknown-idea.yaml', await glossary)).rejects.toThrow(
			'tests/fixtures/quiz-labels/unknown-idea.yaml: answer 2: "kubernetes" is not an idea of that great answer',
		);
	});
});
