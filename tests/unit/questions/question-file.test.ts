import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import {
	escapeMarkdownText,
	parseQuestionFile,
	QuestionFileError,
	serializeQuestionFile,
	type QuestionFrontmatter,
} from '../../../src/questions/question-file.ts';
import { parseDocument } from '../../../src/importer/parse-document.ts';
import { readFixture } from '../../support/fixtures.ts';

const frontmatter: QuestionFrontmatter = {
	number: 7,
	slug: 'hostile',
	question: 'Does <script> run?',
	topics: ['Security'],
	source: { document: 'Doc', position: 1 },
};

describe('question files', () => {
	it('round-trip hostile answer text exactly and keep it out of Markdown syntax', () => {
		const [question] = parseDocument(readFixture('hostile.txt'), 'x').questions;
		const file = serializeQuestionFile({ frontmatter: { ...frontmatter, question: question!.question }, tiers: question!.tiers });
		const parsed = parseQuestionFile(file);
		expect(parsed.tiers).toEqual(question!.tiers);
		expect(parsed.frontmatter.question).toBe(question!.question);
		// GitHub renders the body: no HTML, links, lists or headings may come out of answer text.
		const body = fromMarkdown(file.slice(file.indexOf('## Great')));
		const types = new Set<string>();
		const walk = (node: { type: string; children?: unknown[] }) => {
			types.add(node.type);
			node.children?.forEach((child) => walk(child as typeof node));
		};
		walk(body);
		expect([...types].sort()).toEqual(['heading', 'paragraph', 'root', 'text']);
	});

	it('escape any text so that Markdown parses it back unchanged', () => {
		const line = fc
			.string({ unit: fc.constantFrom(...'ab 1.)-+=*_`#<>[]()!&|~\\{}:/"\'\t—'.split('')), minLength: 1 })
			.map((value) => value.trim())
			.filter(Boolean);
		fc.assert(
			fc.property(line, (text) => {
				const file = serializeQuestionFile({ frontmatter, tiers: { great: text, mediocre: 'm', poor: 'p' } });
				expect(parseQuestionFile(file).tiers.great).toBe(text);
			}),
			{ numRuns: 500 },
		);
	});

	it('keep the lines and indentation of code in an answer, which Markdown would strip or read as a code block', () => {
		const code = 'Like this:\n```python\nif ok:\n    run()\n\t\tdone()\n```\n\n    indented after a blank line';
		const file = serializeQuestionFile({ frontmatter, tiers: { great: code, mediocre: 'm', poor: 'p' } });
		expect(parseQuestionFile(file).tiers.great).toBe(code);
	});

	it('keep paragraphs of a hand-edited answer', () => {
		const file = serializeQuestionFile({ frontmatter, tiers: { great: 'One.\n\nTwo.', mediocre: 'm', poor: 'p' } });
		expect(parseQuestionFile(file).tiers.great).toBe('One.\n\nTwo.');
	});

	it('report a missing section as absent rather than empty', () => {
		const file = serializeQuestionFile({ frontmatter, tiers: { great: 'g', mediocre: 'm', poor: 'p' } }).replace(
			/## Mediocre response\n\nm\n\n/,
			'',
		);
		expect(parseQuestionFile(file).tiers).toEqual({ great: 'g', poor: 'p' });
	});

	it.each([
		['no frontmatter', '## Great response\n\nx\n', 1, /expected the file to start with frontmatter/],
		['bad YAML', '---\nnumber: [1\n---\n', 2, /frontmatter is not valid YAML/],
		['unknown heading', '---\nnumber: 1\n---\n\n## Great response\n\nx\n\n## Notes\n\ny\n', 9, /unexpected heading "Notes"/],
		['text before the first tier', '---\nnumber: 1\n---\n\nIntro\n\n## Great response\n\nx\n', 5, /unexpected text before the first answer/],
		['a tier twice', '---\nnumber: 1\n---\n\n## Great response\n\nx\n\n## Great response\n\ny\n', 9, /appears twice/],
	])('reject %s with its line', (_name, text, line, message) => {
		let caught: unknown;
		try {
			parseQuestionFile(text);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(QuestionFileError);
		expect((caught as QuestionFileError).line).toBe(line);
		expect((caught as Error).message).toMatch(message);
	});

	it('escape block markers only where they start a line', () => {
		expect(escapeMarkdownText('- item - dash')).toBe('\\- item - dash');
		expect(escapeMarkdownText('1. one 2. two')).toBe('1\\. one 2. two');
		expect(escapeMarkdownText('a <b> & c')).toBe('a \\<b\\> \\& c');
	});
});
