/**
 * One test per thing that Markdown exports do and plain documents do not: each names the tool that
 * writes it, and each failed before the importer read Markdown as Markdown.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/importer/parse-document.ts';
import { readMarkdownLine } from '../../../src/importer/markdown-text.ts';
import { documentErrorOf } from '../../support/document-error.ts';

const md = (text: string) => parseDocument(text, 'x', { markdown: true });
const tiers = 'Great Response: a\nMediocre Response: b\nPoor Response: c\n';

describe('Markdown text of an answer', () => {
	it('reads the backslash escapes Google Docs writes as the characters themselves', () => {
		expect(readMarkdownLine('rl:\\<api\\_key\\> at \\~200, N\\+1, e\\.g\\. \\*after\\* in \\#ops')).toBe('rl:<api_key> at ~200, N+1, e.g. *after* in #ops');
	});

	it('decodes character references, reading `&nbsp;` as a space like a pasted non-breaking space', () => {
		expect(readMarkdownLine('a&amp;b at 100&nbsp;ms')).toBe('a&b at 100 ms');
	});

	it('keeps emphasis, links and inline code as written, and a backslash inside code', () => {
		expect(readMarkdownLine('**delete** the `a\\*b` key, see [docs](https://x.example)')).toBe('**delete** the `a\\*b` key, see [docs](https://x.example)');
	});

	it('keeps a list marker and a line Markdown would read as a heading', () => {
		expect(readMarkdownLine('* backfill 10\\_000 rows')).toBe('* backfill 10_000 rows');
		expect(readMarkdownLine('# not a heading here')).toBe('# not a heading here');
	});

	it('shows an Obsidian wiki link as its text', () => {
		expect(readMarkdownLine('use [[Argon2id]] as in [[Threat modelling|our model]]')).toBe('use Argon2id as in our model');
	});
});

describe('choosing Markdown', () => {
	it('reads a document with Markdown labels as Markdown, and leaves a plain one as written', () => {
		expect(parseDocument('T\n1. Q?\n**Great Response:** a\\_b\nMediocre Response: b\nPoor Response: c\n', 'x').questions[0]!.tiers.great).toBe('a_b');
		expect(parseDocument('T\n1. Q?\nGreat Response: a\\_b\nMediocre Response: b\nPoor Response: c\n', 'x').questions[0]!.tiers.great).toBe('a\\_b');
	});
});

describe('escaped numbers and bullets', () => {
	it('reads a question Google Docs wrote as an escaped number (`1\\.`, a paragraph, not a list) as a question', () => {
		const document = md('# T\n\n1\\. How do you cache?\n\n**Great answer**: a\n\n**Mediocre answer**: b\n\n**Poor answer**: c\n\n2\\. How do you queue?\n\n\\- Great answer: a\n\n**Mediocre answer**: b\n\n**Poor answer**: c\n');
		expect(document.questions.map((question) => question.question)).toEqual(['How do you cache?', 'How do you queue?']);
		expect(document.questions[1]!.tiers).toEqual({ great: 'a', mediocre: 'b', poor: 'c' });
	});

	it('keeps an escaped heading mark as text', () => {
		expect(md('# T\n1. Q?\nGreat Response: a\n\\# not a heading\nMediocre Response: b\nPoor Response: c\n').questions[0]!.tiers.great).toBe('a # not a heading');
	});
});

describe('Markdown structure around questions', () => {
	it('reads YAML frontmatter as the title and skips it (Obsidian)', () => {
		const document = md(`---\ntitle: Security\ntags:\n  - a\n---\n1. Q?\n${tiers}`);
		expect(document.title).toBe('Security');
		expect(document.questions).toHaveLength(1);
	});

	it('takes a `# Title` after the frontmatter as the title, not as the topic of every question', () => {
		const document = md(`---\ntitle: Old\n---\n# Security\n## Secrets\n1. Q?\n${tiers}`);
		expect(document.title).toBe('Security');
		expect(document.questions[0]!.section).toBe('Secrets');
	});

	it('names the line of frontmatter that is not YAML, or never closed', () => {
		expect(documentErrorOf(() => md(`---\ntitle: a\n  bad: [\n---\n1. Q?\n${tiers}`)).message).toMatch(/^line \d+: the frontmatter is not valid YAML/);
		expect(documentErrorOf(() => md(`---\ntitle: a\n1. Q?\n${tiers}`)).message).toMatch(/^line 1: the frontmatter that starts here is never closed/);
	});

	it('reads a title underlined with `===` (pandoc) as the title', () => {
		expect(md(`Backend\n=======\n\n1. Q?\n${tiers}`).title).toBe('Backend');
	});

	it('skips dividers and reads a Notion toggle summary as the question', () => {
		const document = md(`# T\n\n---\n\n<details>\n<summary>1. Q?</summary>\n\n${tiers}\n</details>\n\n---\n`);
		expect(document.questions.map((question) => question.question)).toEqual(['Q?']);
		expect(document.questions[0]!.tiers).toEqual({ great: 'a', mediocre: 'b', poor: 'c' });
	});

	it('keeps a Notion callout inside an answer as a paragraph of it, without its tags', () => {
		const document = md(`# T\n1. Q?\nGreat Response: a\n\n<aside>\n💡 A tip.\n\n</aside>\n\nMediocre Response: b\nPoor Response: c\n`);
		expect(document.questions[0]!.tiers.great).toBe('a\n\n💡 A tip.');
	});

	it('reads Obsidian callouts titled with a label, and a numbered list inside one as the answer’s', () => {
		const document = md('# T\n## Q1\nWhat?\n\n> [!note] Great answer\n> Steps:\n> 1. revoke,\n> 2. rotate.\n\n> [!warning] Mediocre answer\n> b\n\n> [!danger]- Poor answer\n> c\n');
		expect(document.questions).toHaveLength(1);
		expect(document.questions[0]!.tiers).toEqual({ great: 'Steps:\n1. revoke,\n2. rotate.', mediocre: 'b', poor: 'c' });
	});
});

describe('code blocks in an answer', () => {
	it('keeps every line of a fenced block as written, indentation and all, whatever it looks like', () => {
		const document = md('# T\n### 1. Q?\n**Great answer:**\nLike this:\n\n```python\nif ok:\n    # 2. not a question\n    run()\n```\n\n**Mediocre answer:** b\n**Poor answer:** c\n');
		expect(document.questions).toHaveLength(1);
		expect(document.questions[0]!.tiers.great).toBe('Like this:\n\n```python\nif ok:\n    # 2. not a question\n    run()\n```');
	});

	it('drops the indentation of a fence inside a list item from its lines', () => {
		const document = md('# T\n1. Q?\nGreat Response: Run:\n  ```\n  make\n    all\n  ```\nMediocre Response: b\nPoor Response: c\n');
		expect(document.questions[0]!.tiers.great).toBe('Run:\n```\nmake\n  all\n```');
	});
});

describe('paragraphs of text copied from a web page', () => {
	const long = 'The browser resolves the name through DNS, opens a TCP and TLS connection, then sends the request.';
	it('ends a paragraph after a line too long to be hard-wrapped that ends a sentence', () => {
		const question = parseDocument(`T\n1. Q?\nGreat answer:\n${long} It streams in.\nIt builds the DOM.\nMediocre answer: b\nPoor answer: c\n`, 'x').questions[0]!;
		expect(question.tiers.great).toBe(`${long} It streams in.\n\nIt builds the DOM.`);
	});

	it('still joins a long line that breaks off mid-sentence, or a short one', () => {
		const question = parseDocument(`T\n1. Q?\nGreat answer:\n${long} It streams\nin. It builds\nThe DOM.\nMediocre answer: b\nPoor answer: c\n`, 'x').questions[0]!;
		expect(question.tiers.great).toBe(`${long} It streams in. It builds The DOM.`);
	});
});

describe('a closing remark after the last answer', () => {
	it('is pointed out with its line, as no rule tells it from a paragraph of the answer', () => {
		expect(md(`# T\n1. Q?\n${tiers}\nLet me know if you want more!\n`).closingParagraph).toEqual({ line: 7, text: 'Let me know if you want more!' });
		expect(md(`# T\n1. Q?\n${tiers}`).closingParagraph).toBeUndefined();
		expect(md(`# T\n1. Q?\nGreat Response: a\nMediocre Response: b\nPoor Response: "c\n\nd"\n`).closingParagraph).toBeUndefined();
	});
});

describe('a code block never closed', () => {
	it('stops the import at the fence that opens it, not at the end of the document', () => {
		expect(documentErrorOf(() => md('# T\n1. Q?\nGreat Response: Run:\n```sh\nmake\nMediocre Response: b\nPoor Response: c\n')).message).toBe(
			'line 4: the code block in the Great response of question 1 is never closed; expected a line of ``` after its code',
		);
	});
});

describe('numbered lists inside an answer', () => {
	it('reads a list under a question written as a heading as the answer’s, not as questions (chat assistants)', () => {
		const document = md('# T\n### 1. Q one?\n**Great answer:** Steps:\n1. Revoke\n2. Rotate\n**Mediocre answer:** b\n**Poor answer:** c\n### 2. Q two?\n**Great answer:** a\n**Mediocre answer:** b\n**Poor answer:** c\n');
		expect(document.questions.map((question) => question.question)).toEqual(['Q one?', 'Q two?']);
		expect(document.questions[0]!.tiers.great).toBe('Steps:\n1. Revoke\n2. Rotate');
	});

	it('reads a list indented deeper than the questions as the answer’s (Google Docs nested lists)', () => {
		const document = md('# T\n\n1. Q one?\n\n**Great answer**: Steps:\n\n    1. Revoke\n    2. Rotate\n\n**Mediocre answer**: b\n\n**Poor answer**: c\n\n2. Q two?\n\n**Great answer**: a\n\n**Mediocre answer**: b\n\n**Poor answer**: c\n');
		expect(document.questions).toHaveLength(2);
		expect(document.questions[0]!.tiers.great).toBe('Steps:\n\n1. Revoke\n2. Rotate');
	});
});

describe('lists from other tools', () => {
	it('reads a question in a Notion toggle (`- How …?` with the answers indented below) without its bullet', () => {
		const document = md('# T\n\n- How do you store passwords?\n    \n    **Great Response:** Argon2id.\n    \n    **Mediocre Response:** SHA-256.\n    \n    **Poor Response:** AES.\n');
		expect(document.questions.map((question) => question.question)).toEqual(['How do you store passwords?']);
	});

	it('keeps the second-level bullets of Word’s plain text (`o` and a tab, Symbol’s private-use bullet) on their own lines', () => {
		const question = parseDocument('T\n1.\tQ?\nGreat Response: Steps:\n\uF0B7\tRevoke\no\tRotate the key\n\tand log it\nMediocre Response: b\nPoor Response: c\n', 'x').questions[0]!;
		expect(question.tiers.great).toBe('Steps:\n\uF0B7\tRevoke\no\tRotate the key and log it');
	});
});

describe('hard line breaks', () => {
	it('starts a new line of the answer after a Markdown hard break (`\\` or two spaces), and drops the backslash', () => {
		const great = md('# T\n1. Q?\nGreat Response: First line\\\nsecond line  \nthird \\\\\nfourth\nMediocre Response: b\nPoor Response: c\n').questions[0]!.tiers.great;
		expect(great).toBe('First line\nsecond line\nthird \\ fourth');
	});

	it('leaves trailing spaces of a plain document alone, as web pages copy them', () => {
		expect(parseDocument('T\n1. Q?\nGreat Response: one  \ntwo\nMediocre Response: b\nPoor Response: c\n', 'x').questions[0]!.tiers.great).toBe('one two');
	});
});
