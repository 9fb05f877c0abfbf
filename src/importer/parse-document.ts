/**
 * Reads a question document in its plain-text form:
 *
 * ```text
 * Title line
 * Section heading (optional; becomes the topic of the questions below it)
 * 1. Question text
 * Great Response: "…"
 * Mediocre Response: "…"
 * Poor Response: "…"
 * 2. …
 * Last updated …
 * ```
 *
 * Each line is first classified on its own (`classify-line.ts`, where the accepted variants are
 * listed); this reader then takes one step per kind of line. Anything it cannot read with certainty
 * stops the parse with the line number and what was expected.
 *
 * Lines of an answer are joined the way a hard-wrapped paragraph reads: with one space, or with
 * nothing when the next line starts with closing punctuation (`/api/v1/resource` + `) because`).
 * A blank line inside an answer is a paragraph break (`\n\n`); list items keep their line (`\n`).
 * Questions written as a Markdown table are read a row each (`read-table.ts`). A Markdown export
 * (Google Docs, Notion, Obsidian, a chat assistant) is read as Markdown (`markdown-text.ts`): its
 * escapes resolved, its dividers, wrappers and frontmatter skipped, its code blocks kept line by line.
 */
import { TIER_LABELS, TIERS, type Tier, type TierTexts } from '../questions/tiers.ts';
import { LineError } from '../questions/line-error.ts';
import { classifyLine, documentTiers, excerpt, isListItem, listMarker, normalizeLine, stripQuoteMarks, stripWrappingMarks, type ClassifiedLine } from './classify-line.ts';
import { isHtmlWrapperLine, isThematicBreak, readFrontmatter, readMarkdownLine, stripCalloutMarker, unwrapSummary } from './markdown-text.ts';
import { isTableLine, readQuestionTable, startsTable } from './read-table.ts';

export interface DocumentQuestion {
	/** The number the document gives the question (`4.` → 4). */
	position: number;
	/** The question as written. */
	question: string;
	tiers: TierTexts;
	/** 1-based line of the question in the document, for messages. */
	line: number;
	/** The section heading the question stands under, if the document has one. */
	section?: string;
}

export interface ParsedDocument {
	/** The document's title line; the file name when the document has none. */
	title: string;
	questions: DocumentQuestion[];
	/**
	 * The last paragraph of the document's last answer when that answer has more than one: where a
	 * closing remark ("Let me know if you'd like more questions!") lands, which no rule can tell
	 * from the answer's own text, so the import shows it.
	 */
	closingParagraph?: { line: number; text: string };
}

export class DocumentError extends LineError {
	override name = 'DocumentError';
}

const OPENING_QUOTES = ['"', '“'];
const CLOSING_QUOTES = ['"', '”'];
/** A continuation line starting with one of these joins the line before it without a space. */
const CLOSING_PUNCTUATION = /^[)\]}.,;:!?]/;
/** A line ending with these ends a sentence, so the line after it is not its continuation. */
const SENTENCE_END = /[.!?:;"”)]$/;
/** A line starting with a capital starts a sentence rather than continuing one. */
const CAPITAL_START = /^\p{Lu}/u;
/**
 * Text hard-wrapped by hand or by an editor breaks its lines before this many characters; a longer
 * line ending a sentence, followed by one starting with a capital, ends a paragraph, as every line
 * of text copied from a web page or a chat does.
 */
const MAX_WRAPPED_LINE_LENGTH = 100;
/** An unnumbered question wrapped over more lines than this is not taken for one. */
const MAX_WRAPPED_QUESTION_LINES = 3;
/** `Q:` or `Question:` before an unnumbered question, with its marks (`**Q:**`). */
const QUESTION_LABEL = /^(?:\*\*|__)?(?:Q|Question)\s*[:.)](?:\*\*|__)?\s+/i;
/** A line longer than this, or ending like a sentence, is text, never a section heading. */
const MAX_HEADING_LENGTH = 80;

interface OpenAnswer {
	question: DocumentQuestion;
	tier: Tier;
	startLine: number;
	text: string;
	/** The answer began with a quote that has not been closed yet. */
	quoted: boolean;
	/** The answer's label stands in a Markdown blockquote or callout, so the quote's lines are its own. */
	inBlockquote: boolean;
	/** The fence (```` ``` ````, `~~~`) and its indentation of a code block being read, whose lines are kept as they are. */
	code?: { fence: string; indent: number; line: number };
	/** A blank line came since the last line of the answer. */
	paragraphBreak: boolean;
	/** The answer's last line as the document has it, to tell a wrapped line from a paragraph. */
	lastLine?: string;
	/** The line the answer's last paragraph starts on, once it has more than one. */
	lastParagraphLine?: number;
	/** A numbered list has begun in the answer, so its next numbers are its items. */
	numberedList?: boolean;
}

interface Line {
	number: number;
	/** The line as the document has it, for messages. */
	raw: string;
	/** The line as read: spaces normalised, blockquote marks and surrounding space dropped. */
	text: string;
	/** `text` with, in a Markdown document, its backslash escapes and character references resolved. */
	shown: string;
	/** The line starts with blockquote marks (`> `). */
	inBlockquote: boolean;
	/** A Markdown hard line break ends the line (`\` or two spaces), so the next line is a new one. */
	hardBreak?: boolean;
	classified: ClassifiedLine;
}

/** A backslash not itself escaped, or two spaces, at the end of a Markdown line: a hard line break. */
const HARD_BREAK = /(?:(?<!\\)(?:\\\\)*\\| {2,})$/;

/** A fence that opens or closes a Markdown code block. */
const CODE_FENCE = /^(`{3,}|~{3,})/;
/**
 * Line starts that say a document is written in Markdown, whatever its file is called: a heading,
 * a label or number in bold, an Obsidian callout, a Notion wrapper. Characters inside a line are
 * no evidence: a plain-text answer may well hold `*`, `\*` or `<details>`, and keeps them.
 */
const MARKDOWN_EVIDENCE = /^\s*(?:#{1,6}\s|(?:[-*+]\s+)?(?:\*\*|__)\S|>\s*\[![\w-]+\]|<(?:details|aside|summary)>)/;

export interface ParseOptions {
	/** Read lines as Markdown; by default, when some line is unmistakably Markdown. */
	markdown?: boolean;
}

/** A classified Markdown line with the escapes and references of its texts resolved. */
function showClassified(classified: ClassifiedLine): ClassifiedLine {
	switch (classified.kind) {
		case 'question':
		case 'heading':
		case 'trailer':
		case 'text':
			return { ...classified, text: readMarkdownLine(classified.text) };
		case 'tier':
			return { ...classified, rest: readMarkdownLine(classified.rest) };
		default:
			return classified;
	}
}

/** Appends one line to an answer by the joining rule above. */
function appendToAnswer(answer: OpenAnswer, text: string, listItem: boolean, line: number): void {
	const { lastLine = '' } = answer;
	const unwrapped = lastLine.length > MAX_WRAPPED_LINE_LENGTH && SENTENCE_END.test(lastLine) && CAPITAL_START.test(text);
	answer.lastLine = text;
	if (answer.text === '') answer.text = text;
	else if (answer.paragraphBreak || unwrapped) {
		answer.text += `\n\n${text}`;
		answer.lastParagraphLine = line;
	}
	else if (listItem) answer.text += `\n${text}`;
	else if (CLOSING_PUNCTUATION.test(text)) answer.text += text;
	else answer.text += ` ${text}`;
	answer.paragraphBreak = false;
}

/**
 * Parses a document. `fallbackTitle` names documents whose first line is already a question.
 * @throws {DocumentError} for anything malformed, naming the line and what was expected.
 */
export function parseDocument(text: string, fallbackTitle: string, options: ParseOptions = {}): ParsedDocument {
	const rawLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const frontmatter = readFrontmatter(rawLines);
	if (frontmatter && 'error' in frontmatter) throw new DocumentError(frontmatter.line, frontmatter.error);
	const markdown = options.markdown ?? (frontmatter !== undefined || rawLines.some((line) => MARKDOWN_EVIDENCE.test(line)));
	const lines: Line[] = rawLines.map((raw, index) => {
		const normalized = normalizeLine(raw);
		let text = stripQuoteMarks(normalized).trim();
		const inBlockquote = text !== normalized.trim();
		if (index < (frontmatter?.lines ?? 0)) text = '';
		else if (markdown) {
			// Dividers and Notion's wrappers hold no text; a callout's title or a toggle's summary is its line.
			text = isThematicBreak(text) || isHtmlWrapperLine(text) ? '' : unwrapSummary(inBlockquote ? stripCalloutMarker(text) : text);
		}
		const hardBreak = markdown && text !== '' && HARD_BREAK.test(raw);
		if (hardBreak) text = text.replace(/\\$/, '').trimEnd();
		const classified = classifyLine(text);
		if (!markdown) return { number: index + 1, raw, text, shown: text, inBlockquote, classified };
		const shown = readMarkdownLine(text);
		// Google Docs escapes a number or bullet that starts a paragraph outside a list (`1\. How …?`,
		// `\- Great answer:`): the reader sees a question or a label, so it is one.
		const seen = classified.kind === 'text' && shown !== text ? classifyLine(shown) : undefined;
		const read = seen?.kind === 'question' || seen?.kind === 'tier' ? seen : showClassified(classified);
		return { number: index + 1, raw, text, shown, inBlockquote, hardBreak, classified: read };
	});
	const nonBlank = lines.filter((line) => line.classified.kind !== 'blank');
	const lastTextLine = nonBlank.at(-1)?.number ?? 1;
	const tierOf = tierReader(lines);
	// A document that numbers none of its questions (`## How would you …?` headings) marks them by
	// what follows: a line, plain or a heading, directly followed by an answer's label.
	const numbered = lines.some((line) => line.classified.kind === 'question');
	// For each line, the index of the next non-blank one: looked up for every line, so found once.
	const nextNonBlankIndex: (number | undefined)[] = [];
	for (let index = lines.length - 1, next: number | undefined; index >= 0; index -= 1) {
		nextNonBlankIndex[index] = next;
		if (lines[index]!.classified.kind !== 'blank') next = index;
	}

	const questions: DocumentQuestion[] = [];
	const firstLineOfNumber = new Map<number, number>();
	let title: string | undefined = frontmatter?.title;
	let section: string | undefined;
	let current: DocumentQuestion | undefined;
	let answer: OpenAnswer | undefined;
	/** How the current question's line is written: how deep it is indented, and whether as a heading. */
	let questionStyle = { indent: 0, heading: false };
	/** The previous line was the question line itself, so a text line continues the question. */
	let questionOpen = false;
	let previousBlank = false;

	const missingTier = (): Tier | undefined => (current ? TIERS.find((tier) => current!.tiers[tier] === '') : undefined);

	let lastParagraph: ParsedDocument['closingParagraph'];
	const closeAnswer = () => {
		if (!answer) return;
		if (answer.code) {
			throw new DocumentError(
				answer.code.line,
				`the code block in the ${TIER_LABELS[answer.tier]} response of question ${answer.question.position} is never closed; expected a line of ${answer.code.fence} after its code`,
			);
		}
		const { tier, question, startLine } = answer;
		if (answer.quoted) {
			throw new DocumentError(
				startLine,
				`the ${TIER_LABELS[tier]} response of question ${question.position} opens a quote that is never closed; expected a closing " at the end of the answer`,
			);
		}
		const value = stripQuotes(answer.text.trim());
		if (value === '') {
			throw new DocumentError(
				startLine,
				`the ${TIER_LABELS[tier]} response of question ${question.position} is empty; expected the answer text after "${TIER_LABELS[tier]} Response:"`,
			);
		}
		question.tiers[tier] = value;
		// A quote around the answer says where it ends; a paragraph inside it is the answer's own.
		const framed = startsWithOpeningQuote(answer.text.trim());
		lastParagraph = answer.lastParagraphLine === undefined || framed ? undefined : { line: answer.lastParagraphLine, text: value.slice(value.lastIndexOf('\n\n') + 2) };
		answer = undefined;
	};

	const finishQuestion = (lineNumber: number, found: string) => {
		closeAnswer();
		const missing = missingTier();
		if (current && missing) {
			throw new DocumentError(
				lineNumber,
				`question ${current.position} has no ${TIER_LABELS[missing]} response; expected a line starting "${TIER_LABELS[missing]} Response:" but found ${found}`,
			);
		}
	};

	/** Whether the line at `index` could start an unnumbered question: its next line is a label. */
	const labelFollows = (index: number) => {
		const next = nextNonBlankIndex[index];
		return !numbered && next !== undefined && lines[next]!.classified.kind === 'tier';
	};

	/**
	 * Whether an unnumbered question starts at `index`: its line is directly followed by a label, or,
	 * after a blank line, it is wrapped over a few lines that each break off mid-sentence ("How would
	 * you deduplicate events arriving out of order" / "in a streaming pipeline?") before the label.
	 * A line ending a sentence is no wrap, nor a capital after it: those end the previous answer's
	 * paragraph and start a question of one line.
	 */
	const questionStartsAt = (index: number, afterBlank: boolean) => {
		if (labelFollows(index)) return true;
		if (numbered || !afterBlank) return false;
		for (let last = index; last < index + MAX_WRAPPED_QUESTION_LINES - 1; last += 1) {
			const line = lines[last]!;
			const next = lines[last + 1];
			const wrapped = (line.classified.kind === 'text' && !line.classified.listItem) || (line.classified.kind === 'heading' && last === index);
			if (!wrapped || SENTENCE_END.test(line.text) || next?.classified.kind !== 'text' || next.classified.listItem || CAPITAL_START.test(next.text)) return false;
			if (labelFollows(last + 1)) return true;
		}
		return false;
	};

	/**
	 * Whether a numbered line inside an answer is an item of the answer's list rather than the next
	 * question: it stands in the answer's blockquote or callout (`> 1. Revoke`), or it is written
	 * unlike the question (indented deeper, as a nested list is, or no heading under a `### 1. …`
	 * question) and repeats a question's number or continues a list begun in the answer.
	 */
	const numberedItem = (open: OpenAnswer, number: number, raw: string, quotedLine: boolean) => {
		if (open.inBlockquote && quotedLine) return true;
		const style = styleOf(raw);
		const unlikeQuestion = style.indent >= questionStyle.indent + 2 || (questionStyle.heading && !style.heading);
		return unlikeQuestion && (firstLineOfNumber.has(number) || open.numberedList === true);
	};

	/** Whether every tier of the current question is given, counting the answer being read. */
	const answered = () => current === undefined || TIERS.every((tier) => current!.tiers[tier] !== '' || answer?.tier === tier);

	/** A plain line right before a question, short and not a sentence, is a section heading. */
	const isSectionHeading = (index: number, lineText: string, afterBlank: boolean): boolean => {
		if (lineText.length > MAX_HEADING_LENGTH || /[.!?,;:"”]$/.test(lineText)) return false;
		if ((answer || questionOpen) && !afterBlank) return false;
		const next = nextNonBlankIndex[index];
		return next !== undefined && (lines[next]!.classified.kind === 'question' || questionStartsAt(next, next > index + 1));
	};

	const startQuestion = (lineNumber: number, position: number, text: string, raw: string) => {
		finishQuestion(lineNumber, `the next question "${excerpt(raw)}"`);
		const earlier = firstLineOfNumber.get(position);
		if (earlier !== undefined) {
			throw new DocumentError(
				lineNumber,
				`question number ${position} is used twice (first on line ${earlier}); expected each question to have its own number`,
			);
		}
		firstLineOfNumber.set(position, lineNumber);
		questionStyle = styleOf(raw);
		current = {
			position,
			question: text,
			tiers: { great: '', mediocre: '', poor: '' },
			line: lineNumber,
			...(section === undefined ? {} : { section }),
		};
		questions.push(current);
		questionOpen = true;
	};

	/** Reads the question table starting at `index` into questions; returns its lines, 0 if it names no questions. */
	const readTable = (index: number): number => {
		let end = index;
		while (end < lines.length && isTableLine(lines[end]!.text)) end += 1;
		const table = readQuestionTable(lines.slice(index, end).map((line) => line.text), lines[index]!.number);
		if (table === undefined) return 0;
		if ('error' in table) throw new DocumentError(table.line, table.error);
		lastParagraph = undefined;
		for (const row of table.rows) {
			startQuestion(row.line, row.number ?? (questions.at(-1)?.position ?? 0) + 1, row.question, lines[row.line - 1]!.raw);
			if (row.topic !== undefined) current!.section = row.topic;
			for (const tier of TIERS) {
				const value = stripQuotes(row.tiers[tier]);
				if (value === '') {
					throw new DocumentError(row.line, `the ${TIER_LABELS[tier]} response of question ${current!.position} is empty; expected the answer text in its column`);
				}
				current!.tiers[tier] = value;
			}
		}
		questionOpen = false;
		return table.lines;
	};

	/** Lines before this index were read as the rows of a question table. */
	let resumeAt = 0;

	for (const [index, { number: lineNumber, raw, text, shown, inBlockquote, classified }] of lines.entries()) {
		if (index < resumeAt) continue;
		/** The line before ended with a hard break, so this one starts a line of its own. */
		const newLine = lines[index - 1]?.hardBreak === true;
		const wasBlank = previousBlank;
		previousBlank = classified.kind === 'blank';

		if (answer?.code) {
			// A code block's lines are kept as written, indentation included, whatever they look like.
			const line = stripQuoteMarks(normalizeLine(raw));
			const indent = Math.min(answer.code.indent, /^ */.exec(line)![0].length);
			answer.text += `\n${line.slice(indent)}`;
			if (line.trim().startsWith(answer.code.fence) && /^(`+|~+)$/.test(line.trim())) answer.code = undefined;
			previousBlank = false;
			continue;
		}
		const fence = answer && !answer.quoted ? CODE_FENCE.exec(text)?.[1] : undefined;
		if (answer && fence) {
			appendToAnswer(answer, text, true, lineNumber);
			answer.code = { fence, indent: /^ */.exec(stripQuoteMarks(normalizeLine(raw)))![0].length, line: lineNumber };
			continue;
		}
		if (answer && !answer.quoted && classified.kind === 'question' && numberedItem(answer, classified.number, raw, inBlockquote)) {
			answer.numberedList = true;
			appendToAnswer(answer, shown, true, lineNumber);
			continue;
		}

		if (answer?.quoted) {
			if (classified.kind === 'tier' && !classified.bare) {
				throw new DocumentError(
					answer.startLine,
					`the ${TIER_LABELS[answer.tier]} response of question ${answer.question.position} opens a quote that is never closed before the next response on line ${lineNumber}; expected a closing " at the end of the answer`,
				);
			}
			// Every other line inside a quoted answer belongs to it, even one that looks like a
			// question or a trailer: the paste broke the answer here.
			if (classified.kind === 'blank') {
				if (answer.text !== '') answer.paragraphBreak = true;
				continue;
			}
			appendToAnswer(answer, shown, newLine || isListItem(text), lineNumber);
			if (endsWithClosingQuote(text)) {
				answer.quoted = false;
				closeAnswer();
			}
			continue;
		}

		const tableLines = startsTable(text, lines[index + 1]?.text) ? readTable(index) : 0;
		if (tableLines > 0) {
			previousBlank = false;
			resumeAt = index + tableLines;
			continue;
		}

		if ((classified.kind === 'text' || classified.kind === 'heading') && questionStartsAt(index, wasBlank) && answered()) {
			// A question in a list item (a Notion toggle: `- How would you …?`) is read without its bullet.
			const questionText = stripWrappingMarks(classified.text);
			startQuestion(lineNumber, (questions.at(-1)?.position ?? 0) + 1, questionText.slice(listMarker(questionText).length).replace(QUESTION_LABEL, ''), raw);
			continue;
		}

		switch (classified.kind) {
			case 'blank':
				if (answer && answer.text !== '') answer.paragraphBreak = true;
				// A question's number on a line of its own still waits for its text below.
				questionOpen = current !== undefined && current.question === '' && !answer;
				continue;

			case 'trailer':
				if (lineNumber !== lastTextLine) {
					throw new DocumentError(
						lineNumber,
						`"${excerpt(raw)}" may only be the last line of the document, but more text follows on line ${nonBlank.find((line) => line.number > lineNumber)!.number}; expected it at the end, or remove it`,
					);
				}
				finishQuestion(lineNumber, `"${excerpt(raw)}"`);
				continue;

			case 'question':
				startQuestion(lineNumber, classified.number, classified.text, raw);
				continue;

			case 'tier': {
				const { bare, rest } = classified;
				const tier = tierOf(classified.label);
				// A word and a colon alone (`Best: …`) inside an answer starts the next one only if
				// the question still lacks that tier; otherwise it is the answer's own text.
				if (bare && answer && (answer.tier === tier || answer.question.tiers[tier] !== '')) {
					appendToAnswer(answer, shown, newLine || isListItem(text), lineNumber);
					continue;
				}
				if (!current) {
					throw new DocumentError(
						lineNumber,
						`found a ${TIER_LABELS[tier]} response before any question; expected a numbered question such as "1. How would you …"`,
					);
				}
				closeAnswer();
				if (current.question === '') {
					throw new DocumentError(current.line, `question ${current.position} has no text; expected the question on the line after its number`);
				}
				if (current.tiers[tier] !== '') {
					throw new DocumentError(
						lineNumber,
						missingTier()
							? `question ${current.position} already has a ${TIER_LABELS[tier]} response; expected its ${TIER_LABELS[missingTier()!]} response but found "${excerpt(raw)}"`
							: `question ${current.position} already has all three responses; expected the next numbered question but found "${excerpt(raw)}"`,
					);
				}
				questionOpen = false;
				answer = { question: current, tier, startLine: lineNumber, text: rest, quoted: false, inBlockquote, paragraphBreak: false, lastLine: text };
				if (startsWithOpeningQuote(rest)) {
					if (rest.length > 1 && endsWithClosingQuote(rest)) closeAnswer();
					else answer.quoted = true;
				}
				continue;
			}

			case 'heading':
				// A note's first `# Heading` is the title it shows, over the frontmatter's `title`.
				if (questions.length === 0 && (title === undefined || (title === frontmatter?.title && /^#\s/.test(text)))) title = classified.text;
				else {
					closeAnswer();
					if (current) finishQuestion(lineNumber, `the heading "${excerpt(raw)}"`);
					section = classified.text;
					current = undefined;
				}
				questionOpen = false;
				continue;

			case 'text': {
				const lineText = classified.text;
				if (!current && title === undefined && questions.length === 0) {
					title = stripWrappingMarks(lineText);
					continue;
				}
				if (current && isSectionHeading(index, lineText, wasBlank)) {
					finishQuestion(lineNumber, `the heading "${excerpt(raw)}"`);
					section = stripWrappingMarks(lineText);
					current = undefined;
					continue;
				}
				if (answer) {
					// An unquoted answer continues until the next recognised line.
					if (wasBlank) answer.paragraphBreak = answer.text !== '';
					appendToAnswer(answer, lineText, newLine || classified.listItem, lineNumber);
					continue;
				}
				if (current && questionOpen) {
					current.question += current.question === '' || CLOSING_PUNCTUATION.test(lineText) ? lineText : ` ${lineText}`;
					continue;
				}
				if (!current) {
					throw new DocumentError(
						lineNumber,
						questions.length === 0
							? `unexpected text "${excerpt(raw)}" before the first question; only a title line may come first, then numbered questions such as "1. How would you …"`
							: `unexpected text "${excerpt(raw)}" after the heading "${section}"; expected a numbered question such as "${questions.at(-1)!.position + 1}. …"`,
					);
				}
				if (missingTier() === 'great' && TIERS.every((tier) => current!.tiers[tier] === '')) {
					throw new DocumentError(
						lineNumber,
						`question ${current.position} has no Great response; expected a line starting "Great Response:" but found "${excerpt(raw)}"`,
					);
				}
				throw new DocumentError(
					lineNumber,
					`unexpected text "${excerpt(raw)}"; expected a numbered question such as "${current.position + 1}. …" or a line starting "${TIER_LABELS[missingTier() ?? 'great']} Response:"`,
				);
			}
		}
	}
	finishQuestion(lastTextLine, 'the end of the document');

	if (questions.length === 0) {
		throw new DocumentError(
			lastTextLine,
			'the document has no questions; expected numbered questions such as "1. How would you …", each followed by Great, Mediocre and Poor responses',
		);
	}
	return { title: title ?? fallbackTitle, questions, ...(lastParagraph ? { closingParagraph: lastParagraph } : {}) };
}

/**
 * The tier of a rating word, for the words this document uses ({@link documentTiers}).
 * @throws {DocumentError} on the first line of a word that could name two tiers here.
 */
function tierReader(lines: readonly Line[]): (label: string) => Tier {
	const labelLines = lines.flatMap(({ number, classified }) => (classified.kind === 'tier' ? [{ number, label: classified.label }] : []));
	const tiers = documentTiers(labelLines.map(({ label }) => label));
	if ('ambiguous' in tiers) {
		const first = labelLines.find(({ label }) => label === tiers.ambiguous)!;
		const others = [...new Set(labelLines.map(({ label }) => label).filter((label) => label !== tiers.ambiguous))].map(capitalize);
		throw new DocumentError(
			first.number,
			`"${capitalize(tiers.ambiguous)}" could name the great or the mediocre answer, as this document also rates answers ${others.map((label) => `"${label}"`).join(', ')}; expected one word per tier, such as Great, Mediocre and Poor`,
		);
	}
	return tiers.tierOf;
}

/** How deep a line is indented (a tab as four spaces) after any blockquote marks, and whether it is a heading. */
function styleOf(raw: string): { indent: number; heading: boolean } {
	const line = stripQuoteMarks(normalizeLine(raw)).replace(/\t/g, '    ');
	return { indent: line.length - line.trimStart().length, heading: line.trimStart().startsWith('#') };
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function startsWithOpeningQuote(text: string): boolean {
	return OPENING_QUOTES.some((quote) => text.startsWith(quote));
}

function endsWithClosingQuote(text: string): boolean {
	return CLOSING_QUOTES.some((quote) => text.endsWith(quote));
}

/** Removes one pair of surrounding quotes, straight or curly. */
function stripQuotes(text: string): string {
	if (text.length >= 2 && startsWithOpeningQuote(text) && endsWithClosingQuote(text)) {
		return text.slice(1, -1).trim();
	}
	return text;
}

/** Renders questions back to the document form that {@link parseDocument} reads. */
export function renderDocument(document: {
	title: string;
	questions: Omit<DocumentQuestion, 'line'>[];
}): string {
	const lines = [document.title];
	for (const question of document.questions) {
		lines.push(`${question.position}. ${question.question}`);
		for (const tier of TIERS) lines.push(`${TIER_LABELS[tier]} Response: "${question.tiers[tier]}"`);
	}
	return `${lines.join('\n')}\n`;
}
