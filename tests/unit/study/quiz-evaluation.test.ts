import { describe, expect, it } from 'vitest';
import { scoreChecks, type LabelledAnswer } from '../../../src/study/quiz-evaluation.ts';
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
