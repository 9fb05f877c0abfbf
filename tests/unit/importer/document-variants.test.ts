import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/importer/parse-document.ts';
import { classifyLine, excerpt } from '../../../src/importer/classify-line.ts';
import { documentErrorOf } from '../../support/document-error.ts';

const tiers = (great = '"a"', mediocre = '"b"', poor = '"c"') =>
	`Great Response: ${great}\nMediocre Response: ${mediocre}\nPoor Response: ${poor}\n`;
const only = (text: string) => parseDocument(text, 'x').questions[0]!;

const errorOf = (text: string) => documentErrorOf(() => parseDocument(text, 'x'));

describe('joining the lines of an answer', () => {
	it('joins a line hard-wrapped after a sentence with one space', () => {
		const question = only(`T\n1. Q?\n${tiers('"It must be reviewed before it ships.\nThen I deploy it."')}`);
		expect(question.tiers.great).toBe('It must be reviewed before it ships. Then I deploy it.');
	});

	it('joins a line starting with closing punctuation with no space', () => {
		for (const mark of [')', ']', '}', '.', ',', ';', ':', '!', '?']) {
			expect(only(`T\n1. Q?\n${tiers(`"see /api/v1/resource\n${mark} then"`)}`).tiers.great).toBe(`see /api/v1/resource${mark} then`);
		}
	});

	it('keeps a blank line inside a quoted answer as a paragraph break', () => {
		const question = only(`T\n1. Q?\n${tiers('"First ends here.\n\nSecond paragraph."')}`);
		expect(question.tiers.great).toBe('First ends here.\n\nSecond paragraph.');
	});

	it('keeps a blank line inside an unquoted answer as a paragraph break', () => {
		const question = only(`T\n1. Q?\nGreat Response: First ends here.\n\nSecond paragraph.\nMediocre Response: b\nPoor Response: c\n`);
		expect(question.tiers.great).toBe('First ends here.\n\nSecond paragraph.');
	});

	it('keeps the bullets word processors paste (◦ ▪ ● ○ ■) on their own lines, and reads a label after one', () => {
		const question = only('T\n1. Q?\n● Great Response: Two things:\n◦ Use a queue\n▪ Store the\noffset\n○ Mediocre Response: b\n■ Poor Response: c\n');
		expect(question.tiers).toEqual({ great: 'Two things:\n◦ Use a queue\n▪ Store the offset', mediocre: 'b', poor: 'c' });
	});

	it('keeps each item of a numbered or bulleted list on its own line', () => {
		const numbered = only(`T\n1. Q?\n${tiers('"Two things:\n1. Use a queue\n2. Store the offset"')}`);
		expect(numbered.tiers.great).toBe('Two things:\n1. Use a queue\n2. Store the offset');
		const bullets = only(`T\n1. Q?\nGreat Response: Two things:\n- Use a queue\n* Store the\noffset\nMediocre Response: b\nPoor Response: c\n`);
		expect(bullets.tiers.great).toBe('Two things:\n- Use a queue\n* Store the offset');
	});
});

describe('accepted document formats', () => {
	const expectOneQuestion = (text: string, question = 'What is a cache?') => {
		const document = parseDocument(text, 'x');
		expect(document.questions).toHaveLength(1);
		expect(document.questions[0]!.question).toBe(question);
		expect(document.questions[0]!.tiers).toEqual({ great: 'a', mediocre: 'b', poor: 'c' });
		return document;
	};

	it.each([
		['### 1. What is a cache?'],
		['**1. What is a cache?**'],
		['**1.** What is a cache?'],
		['Q1. What is a cache?'],
		['Q1: What is a cache?'],
		['1) What is a cache?'],
		['   1. What is a cache?'],
	])('reads the question line %s', (line) => {
		expect(expectOneQuestion(`T\n${line}\n${tiers()}`).questions[0]!.position).toBe(1);
	});

	it.each([
		['**Great Response:** "a"', '**Mediocre Response:** "b"', '**Poor Response:** "c"'],
		['- Great Response: a', '- Mediocre Response: b', '- Poor Response: c'],
		['Great Response – a', 'Mediocre Response — b', 'Poor Response: c'],
		['**Great Response**: a', '__Mediocre Answer__: b', '  Poor Response: "c"'],
	])('reads the tier lines %s / %s / %s', (great, mediocre, poor) => {
		expectOneQuestion(`T\n1. What is a cache?\n${great}\n${mediocre}\n${poor}\n`);
	});

	it.each([
		['Strong answer: a', 'Average answer: b', 'Weak answer: c'],
		['Excellent Response: a', 'OK Response: b', 'Bad Response: c'],
		['Best answer – a', 'Acceptable answer – b', 'Worst answer – c'],
	])('reads other words for the three tiers: %s / %s / %s', (great, mediocre, poor) => {
		expectOneQuestion(`T\n1. What is a cache?\n${great}\n${mediocre}\n${poor}\n`);
	});

	it('reads a label after an emoji or with a short aside or an emoji before its colon', () => {
		expectOneQuestion('T\n1. What is a cache?\n✅ Great answer: a\n**⚠️ Mediocre Response (3/5):** b\n❌ Poor (what to avoid): c\n');
		expectOneQuestion('T\n1. What is a cache?\nGreat answer ✅: a\nMediocre answer ⚠️: b\nPoor answer (1/5) ❌: c\n');
	});

	it('reads "Good" as the great answer beside a middling word, and as the mediocre one beside "Great"', () => {
		expectOneQuestion('T\n1. What is a cache?\nGood answer: a\nOkay answer: b\nBad answer: c\n');
		expectOneQuestion('T\n1. What is a cache?\nGreat answer: a\nGood answer: b\nPoor answer: c\n');
	});

	it('refuses "Good" in a document that also rates answers both great and mediocre, naming its line', () => {
		const error = errorOf(`T\n1. Q?\n${tiers()}2. R?\nGreat Response: a\nGood Response: b\nMediocre Response: c\n`);
		expect(error.line).toBe(8);
		expect(error.message).toMatch(/"Good" could name the great or the mediocre answer, as this document also rates answers "Great", "Mediocre", "Poor"/);
	});

	it('reads a rating word alone before a colon as a tier label', () => {
		expectOneQuestion('T\n1. What is a cache?\nGreat: a\n**Mediocre:** b\n- Poor: "c"\n');
	});

	it('reads a label on a line of its own, plain or as a heading, with the answer on the lines below', () => {
		const question = only('# T\n## 1. Q?\n### Great answer\n\nFirst.\n\nSecond.\n\nMediocre Response\nb\n### Poor\nc\n');
		expect(question.tiers).toEqual({ great: 'First.\n\nSecond.', mediocre: 'b', poor: 'c' });
		expect(classifyLine('Great')).toMatchObject({ kind: 'text' });
	});

	it('keeps a word and a colon inside an answer as its text when its tier is not what the question lacks', () => {
		const question = only('T\n1. Q?\nGreat Response: Two options.\nBest: a queue.\nMediocre Response: b\nGreat: never this.\nPoor Response: "c\nBad: quoted."\n');
		expect(question.tiers).toEqual({ great: 'Two options. Best: a queue.', mediocre: 'b Great: never this.', poor: 'c Bad: quoted.' });
	});

	it('numbers the questions of a document that numbers none, each a line directly followed by a label', () => {
		const document = parseDocument(
			'# Guide\n\n## Backend\n\n### What is a cache?\n\n**Great answer:** a\n\nMore.\n\n**Mediocre answer:** b\n**Poor answer:** c\n\nFrontend\n\n**Q:** What is the DOM?\nGreat: a\nMediocre: b\nPoor: c\nLast updated 2026\n',
			'x',
		);
		expect(document.title).toBe('Guide');
		expect(document.questions.map(({ position, question, section, tiers }) => ({ position, question, section, great: tiers.great, poor: tiers.poor }))).toEqual([
			{ position: 1, question: 'What is a cache?', section: 'Backend', great: 'a\n\nMore.', poor: 'c' },
			{ position: 2, question: 'What is the DOM?', section: 'Frontend', great: 'a', poor: 'c' },
		]);
	});

	it('reads a question number on a line of its own, the question on the line after it', () => {
		const document = parseDocument('T\n\nQuestion 1\nHow do you roll out a schema change?\n\nGreat: a\nMediocre: b\nPoor: c\n\n**Q2.**\n\nWhat is a covering\nindex?\nGreat: a\nMediocre: b\nPoor: c\n### 3.\nWhat is a cache?\nGreat: a\nMediocre: b\nPoor: c\n', 'x');
		expect(document.questions.map(({ position, question, tiers }) => [position, question, tiers.poor])).toEqual([
			[1, 'How do you roll out a schema change?', 'c'],
			[2, 'What is a covering index?', 'c'],
			[3, 'What is a cache?', 'c'],
		]);
		expect(classifyLine('42')).toMatchObject({ kind: 'text' });
		expect(errorOf('T\nQuestion 1\nGreat: a\nMediocre: b\nPoor: c\n')).toMatchObject({ line: 2, message: expect.stringContaining('question 1 has no text') });
	});

	it('joins an unnumbered question wrapped over lines that break off mid-sentence, and never the end of an answer to the next question', () => {
		const document = parseDocument(
			'Guide\n\nHow would you deduplicate events arriving\nout of order in a\nstreaming pipeline?\nGreat: a\nMediocre: b\nPoor: c\n\nsee the docs, which say more,\nWhat is a watermark?\nGreat: a\nMediocre: b\nPoor: c\n\n## How do you size\na Kafka topic?\nGreat: a\nMediocre: b\nPoor: c\n',
			'x',
		);
		expect(document.questions.map(({ question, tiers }) => [question, tiers.poor])).toEqual([
			['How would you deduplicate events arriving out of order in a streaming pipeline?', 'c\n\nsee the docs, which say more,'],
			['What is a watermark?', 'c'],
			['How do you size a Kafka topic?', 'c'],
		]);
	});

	it('reads answers written as Markdown blockquotes without the quote marks', () => {
		const question = only('T\n1. Q?\n**Great answer**\n\n> First line\n> goes on.\n>\n> > Second.\n\n> **Mediocre answer:** b >= c\n\nPoor Response: >5 ms\n');
		expect(question.tiers).toEqual({ great: 'First line goes on.\n\nSecond.', mediocre: 'b >= c', poor: '>5 ms' });
	});

	it('reads tiers in any order', () => {
		expectOneQuestion('T\n1. What is a cache?\nPoor Response: c\nGreat Response: a\nMediocre Response: b\n');
	});

	it('joins a question wrapped over two lines', () => {
		expectOneQuestion(`T\n1. What is\na cache?\n${tiers()}`);
	});

	it('normalises zero-width and non-breaking spaces in labels and text', () => {
		const document = expectOneQuestion(`T\n\u200B1.\u00A0What is\u00A0a cache?\nGreat\u00A0Response: "a"\nMediocre Response: "b\u200B"\nPoor Response: "c"\n`);
		expect(document.title).toBe('T');
	});

	it('uses section headings, plain or Markdown, as the topics of the questions under them', () => {
		const document = parseDocument(
			`# Guide\n\n## Backend\n\n1. What is a cache?\n${tiers()}\nFrontend\n2. What is the DOM?\n${tiers()}\n**Data**\n\n3. What is a join?\n${tiers()}`,
			'x',
		);
		expect(document.title).toBe('Guide');
		expect(document.questions.map((question) => [question.question, question.section])).toEqual([
			['What is a cache?', 'Backend'],
			['What is the DOM?', 'Frontend'],
			['What is a join?', 'Data'],
		]);
		expect(document.questions[0]!.tiers.poor).toBe('c');
	});

	it('never puts Markdown marks around labels into the answer or question text', () => {
		const question = only('T\n**1. What is a cache?**\n**Great Response:** "a"\n**Mediocre Response:** b\n- **Poor Response:** c\n');
		expect([question.question, question.tiers.great, question.tiers.mediocre, question.tiers.poor]).toEqual(['What is a cache?', 'a', 'b', 'c']);
	});
});

describe('questions written as a Markdown table', () => {
	const header = '| # | Topic | Question | Great answer | Mediocre answer | Poor answer |\n|---|:--|---|---|---|---|\n';

	it('reads one question a row, with its number, topic, line breaks and escaped pipes', () => {
		const document = parseDocument(
			`# SRE\n\n${header}| 3 | Reliability | How do you set an SLO? | Start from user journeys.<br>Then an error budget. | Pick 99.9%. | Aim for 100%. |\n| 4 | | What does \`a \\| b\` do? | "Pipes a into b." | It pipes. | Nothing. |\n`,
			'x',
		);
		expect(document.title).toBe('SRE');
		expect(document.questions.map(({ position, question, section, tiers, line }) => ({ position, question, section, tiers, line }))).toEqual([
			{ position: 3, question: 'How do you set an SLO?', section: 'Reliability', tiers: { great: 'Start from user journeys.\nThen an error budget.', mediocre: 'Pick 99.9%.', poor: 'Aim for 100%.' }, line: 5 },
			{ position: 4, question: 'What does `a | b` do?', tiers: { great: 'Pipes a into b.', mediocre: 'It pipes.', poor: 'Nothing.' }, line: 6 },
		]);
	});

	it('numbers the rows of a table without a number column in order, under the heading above it, with any tier words', () => {
		const document = parseDocument('T\n\n## Backend\n\nQuestion | **Strong** | Average | Weak\n--- | --- | --- | ---\n| What is a cache? | a | b | c |\n| What is a queue? | a | b | c |\n', 'x');
		expect(document.questions.map(({ position, question, section, tiers }) => [position, question, section, tiers.great])).toEqual([
			[1, 'What is a cache?', 'Backend', 'a'],
			[2, 'What is a queue?', 'Backend', 'a'],
		]);
	});

	it('keeps a table inside an answer that is not a question table as the answer\'s text', () => {
		const question = only('T\n1. What is a cache?\nGreat Response: compare:\n| Store | Latency |\n|---|---|\n| Redis | 1 ms |\nMediocre Response: b\nPoor Response: c\n');
		expect(question.tiers.great).toBe('compare: | Store | Latency | |---|---| | Redis | 1 ms |');
	});

	it('refuses a row with a cell too many or too few, a column it has no place for, or an empty answer, naming the line', () => {
		expect(errorOf(`T\n${header}| 1 | x | What? | a | b |\n`)).toMatchObject({ line: 4, message: expect.stringContaining('this table row has 5 cells but the header has 6') });
		expect(errorOf('T\n| Question | Great | Mediocre | Poor | Notes |\n|---|---|---|---|---|\n| What? | a | b | c | d |\n')).toMatchObject({
			line: 2,
			message: expect.stringContaining('column "Notes" is not one the guide reads'),
		});
		expect(errorOf(`T\n${header}| 1 | x | What? | a |  | c |\n`)).toMatchObject({ line: 4, message: expect.stringContaining('the Mediocre response of question 1 is empty') });
	});
});

describe('trailer and errors', () => {
	it('accepts "Last updated" only as the last non-empty line', () => {
		expect(parseDocument(`T\n1. Q?\n${tiers()}\nLast updated 2024\n\n`, 'x').questions).toHaveLength(1);
		const error = errorOf(`T\n1. Q?\n${tiers()}Last updated 2024\n2. R?\n${tiers()}`);
		expect(error.line).toBe(6);
		expect(error.message).toMatch(/"Last updated 2024" may only be the last line of the document, but more text follows on line 7/);
	});

	it('shows invisible characters escaped in error messages', () => {
		expect(excerpt('a\u0000b\u200Bc\td')).toBe('a\\u{0000}b\\u{200B}c\\u{0009}d');
		expect(errorOf('T\nstray\u0007 text\n1. Q?\n' + tiers()).message).toContain('stray\\u{0007} text');
	});

	it('refuses a tier given twice, naming the line', () => {
		const error = errorOf('T\n1. Q?\nGreat Response: a\nGreat Response: b\n');
		expect(error.line).toBe(4);
		expect(error.message).toMatch(/question 1 already has a Great response; expected its Mediocre response/);
	});

	it('classifies a numbered sentence in an answer as text, not a question, when the number is not a label', () => {
		expect(classifyLine('1.5 seconds is the limit')).toMatchObject({ kind: 'text' });
	});
});

describe('paragraphs and lists survive the question file', () => {
	it('reads back the exact text after writing it', async () => {
		const { serializeQuestionFile, parseQuestionFile } = await import('../../../src/questions/question-file.ts');
		const question = only(`T\n1. Q?\n${tiers('"Two things:\n1. Use a queue\n- Store *the* offset\n\nThen # check."')}`);
		const file = serializeQuestionFile({
			frontmatter: { number: 1, slug: 'q', question: 'Q?', topics: [], source: { document: 'T', position: 1 } },
			tiers: question.tiers,
		});
		expect(parseQuestionFile(file).tiers).toEqual(question.tiers);
		expect(question.tiers.great).toBe('Two things:\n1. Use a queue\n- Store *the* offset\n\nThen # check.');
	});
});
