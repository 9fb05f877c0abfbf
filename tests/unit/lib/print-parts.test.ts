import { describe, expect, it } from 'vitest';
import { printParts, QUESTIONS_PER_PRINT_PART } from '../../../src/lib/print-parts.ts';

const numbered = (...numbers: number[]) => numbers.map((number) => ({ number }));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('printParts', () => {
	it('prints a guide that fits on one page there, in no parts', () => {
		expect(printParts(numbered(...range(1, QUESTIONS_PER_PRINT_PART)))).toEqual([]);
	});

	it('splits a larger guide by question number, so a part keeps its address as questions are added', () => {
		const parts = printParts(numbered(...range(1, 5), 9, 12), 4);
		expect(parts.map(({ slug, first, last, questions }) => [slug, first, last, questions.map((question) => question.number)])).toEqual([
			['1-4', 1, 4, [1, 2, 3, 4]],
			['5-8', 5, 8, [5]],
			['9-12', 9, 12, [9, 12]],
		]);
		const grown = printParts(numbered(...range(1, 5), 6, 9, 12), 4);
		expect(grown.find((part) => part.slug === '9-12')?.questions.map((question) => question.number)).toEqual([9, 12]);
	});

	it('leaves out ranges no question is numbered in', () => {
		expect(printParts(numbered(1, 2, 3, 20), 2).map((part) => part.slug)).toEqual(['1-2', '3-4', '19-20']);
	});
});
