import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentError, parseDocument, renderDocument } from '../../../src/importer/parse-document.ts';
import { classifyLine } from '../../../src/importer/classify-line.ts';
import { readFixture, readSeed } from '../../support/fixtures.ts';

describe('parseDocument on the seed document', () => {
	const seed = parseDocument(readSeed(), 'seed');

	it('reads the title with its curly apostrophe and all 19 questions in order', () => {
		expect(seed.title).toBe('Technical Interviewer’s Questions');
		expect(seed.questions.map((question) => question.position)).toEqual(
			Array.from({ length: 19 }, (_, index) => index + 1),
		);
	});

	it('gives every question three non-empty tiers', () => {
		for (const question of seed.questions) {
			expect(question.tiers.great.length).toBeGreaterThan(100);
			expect(question.tiers.mediocre).not.toBe('');
			expect(question.tiers.poor).not.toBe('');
		}
	});

	it('joins the answers that Q1 breaks across lines back exactly, with no invented space', () => {
		const [first] = seed.questions;
		expect(first!.tiers.great).toContain('(like /api/v1/resource) because it’s'.replace('’', "'"));
		expect(first!.tiers.mediocre).toBe(
			'I usually put the version in the URL like /api/v1/resource. It makes it clear which version is being used. When we need to make changes, we create a new version and let users know they should update. We try to keep the old version working for a while before removing it.',
		);
	});

	it('keeps em dashes and strips only the surrounding quotes', () => {
		const rateLimiting = seed.questions[1]!;
		expect(rateLimiting.question).toBe('Explain how you would design a rate-limiting system for an API.');
		expect(rateLimiting.tiers.great).toContain('tiered rate limits—different limits for authenticated');
		expect(rateLimiting.tiers.great.startsWith("I'd implement a token bucket")).toBe(true);
		expect(rateLimiting.tiers.poor.endsWith('good tracking for auditing purposes.')).toBe(true);
	});

	it('stops at the "Last updated" trailer', () => {
		const last = seed.questions.at(-1)!;
		expect(last.tiers.poor).not.toContain('Last updated');
		expect(last.tiers.poor.endsWith('caching for frequently accessed data.')).toBe(true);
	});
});

describe('parseDocument on copy-pasted input', () => {
	it('accepts a BOM, CRLF line endings, blank lines, curly quotes and a trailer', () => {
		const document = parseDocument(readFixture('crlf-bom-curly.txt'), 'fallback');
		expect(document.title).toBe('Windows Paste');
		expect(document.questions).toHaveLength(1);
		expect(document.questions[0]!.tiers).toEqual({
			great: 'An operation that gives the same result when repeated, so clients can retry safely.',
			mediocre: 'Doing it twice is fine.',
			poor: 'Not sure.',
		});
	});

	it('uses the fallback title when the document starts with a question', () => {
		const document = parseDocument('1. Q?\nGreat Response: "a"\nMediocre Response: "b"\nPoor Response: "c"\n', 'notes');
		expect(document.title).toBe('notes');
	});

	it('keeps hostile text exactly as written', () => {
		const [question] = parseDocument(readFixture('hostile.txt'), 'x').questions;
		expect(question!.question).toBe('Does <script>alert("q")</script> run in the question?');
		expect(question!.tiers.great).toContain('</details><details open>');
		expect(question!.tiers.poor.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
	});
});

describe('parseDocument errors name the line and what was expected', () => {
	const cases: [fixture: string, line: number, message: RegExp][] = [
		['missing-tier.txt', 4, /question 1 has no Mediocre response; expected a line starting "Mediocre Response:" but found the end of the document/],
		['unnumbered-question.txt', 6, /unexpected text "What is a queue\?"; expected a numbered question such as "2\. …"/],
		['text-before-first-question.txt', 2, /unexpected text "Prepared by the platform team" before the first question; only a title line may come first/],
		['duplicate-number.txt', 6, /question number 1 is used twice \(first on line 2\)/],
		['empty-answer.txt', 4, /the Mediocre response of question 1 is empty/],
		['unclosed-quote.txt', 3, /the Great response of question 1 opens a quote that is never closed/],
	];
	it.each(cases)('%s → line %i', (fixture, line, message) => {
		let caught: unknown;
		try {
			parseDocument(readFixture(fixture), 'x');
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(DocumentError);
		expect((caught as DocumentError).line).toBe(line);
		expect((caught as DocumentError).message).toMatch(message);
		expect((caught as DocumentError).message.startsWith(`line ${line}: `)).toBe(true);
	});

	it('reports a question missing its last tier at the end of the document', () => {
		expect(() => parseDocument('T\n1. Q?\nGreat Response: "a"\nMediocre Response: "b"\n', 'x')).toThrow(
			'line 4: question 1 has no Poor response; expected a line starting "Poor Response:" but found the end of the document',
		);
	});

	it('rejects a document without questions', () => {
		expect(() => parseDocument('Just a title\n', 'x')).toThrow(/has no questions/);
	});
});

describe('renderDocument', () => {
	const text = fc
		.string({ unit: fc.constantFrom(...'abcXYZ 019 .,;:!?-—–’‘“”"\'()[]{}<>/\\*_`#|~&$%^=+@é漢🙂'.split('')), minLength: 1 })
		.map((value) => value.trim())
		.filter((value) => value.length > 0 && !/^["“]|["”]$/.test(value));
	const question = fc.record({
		position: fc.integer({ min: 1, max: 999 }),
		question: text,
		tiers: fc.record({ great: text, mediocre: text, poor: text }),
	});
	const document = fc.record({
		// A title is a line read as text: no question, label, heading or trailer. One wrapped in
		// emphasis or starting as a blockquote is read without those marks.
		title: text.filter((value) => classifyLine(value).kind === 'text' && !/^(\*\*|__|\*|_).+\1$/.test(value) && !/^>(?: |$)/.test(value)),
		questions: fc.uniqueArray(question, { minLength: 1, maxLength: 5, selector: (entry) => entry.position }),
	});

	it('renders questions that parse back to the same questions', () => {
		fc.assert(
			fc.property(document, (original) => {
				const parsed = parseDocument(renderDocument(original), 'x');
				expect(parsed.title).toBe(original.title);
				expect(parsed.questions.map(({ line: _line, ...rest }) => rest)).toEqual(original.questions);
			}),
			{ numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
		);
	});
});
