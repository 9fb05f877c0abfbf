import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../../src/questions/question-schema.ts';

const valid = {
	number: 2,
	slug: 'rate-limiting',
	question: 'Explain how you would design a rate-limiting system for an API.',
	topics: ['APIs'],
	source: { document: 'Technical Interviewer’s Questions', position: 2 },
	tiers: { great: 'A token bucket.', mediocre: 'A counter.', poor: 'A table.' },
};

/** The message a writer sees for each failing field, as `field: message`. */
function problems(data: unknown): string[] {
	const result = questionSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the question file schema', () => {
	it('accepts a complete question and fills the optional fields', () => {
		const parsed = questionSchema.parse(valid);
		expect(parsed.formerSlugs).toEqual([]);
		expect(parsed.concepts).toEqual({ ignore: [], add: {} });
	});

	it('names a missing tier and the section it expects', () => {
		const { mediocre: _, ...tiers } = valid.tiers;
		expect(problems({ ...valid, tiers })).toEqual(['tiers.mediocre: missing; expected a "## Mediocre response" section with the answer text']);
	});

	it('names an empty answer', () => {
		expect(problems({ ...valid, tiers: { ...valid.tiers, poor: '' } })).toEqual(['tiers.poor: is empty; expected the answer text under "## Poor response"']);
	});

	it('explains what a slug and a number must look like', () => {
		expect(problems({ ...valid, slug: 'Rate Limiting', number: 2.5 })).toEqual([
			'number: expected a whole number such as 4',
			'slug: expected lower-case words joined by hyphens, such as "rate-limiting"',
		]);
	});

	it('refuses a question that is only white space', () => {
		expect(problems({ ...valid, question: '   ' })).toEqual(['question: expected the question text']);
	});
});
