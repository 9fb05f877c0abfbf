/**
 * Parses a question document in its plain-text form:
 *
 * ```text
 * Title line
 * 1. Question text
 * Great Response: "…"
 * Mediocre Response: "…"
 * Poor Response: "…"
 * 2. …
 * Last updated …
 * ```
 *
 * Documents are copy-pasted from word processors and chat tools, so the parser accepts a byte-order
 * mark, CRLF line endings, blank lines, straight or curly quotes and answers broken across lines.
 * Anything it cannot read with certainty stops the parse with the line number and what was expected.
 */
import { TIER_LABELS, TIERS, type Tier, type TierTexts } from '../questions/tiers.ts';
import { LineError } from '../questions/line-error.ts';

export interface DocumentQuestion {
	/** The number the document gives the question (`4.` → 4). */
	position: number;
	/** The question as written. */
	question: string;
	tiers: TierTexts;
	/** 1-based line of the question in the document, for messages. */
	line: number;
}

export interface ParsedDocument {
	/** The document's title line; the file name when the document has none. */
	title: string;
	questions: DocumentQuestion[];
}

export class DocumentError extends LineError {
	override name = 'DocumentError';
}

const QUESTION_LINE = /^(\d+)[.)]\s+(\S.*)$/;
const TIER_LINE = /^(great|mediocre|poor)\s+(?:response|answer)\s*:\s*(.*)$/i;
const TRAILER_LINE = /^last\s+updated\b/i;
const OPENING_QUOTES = ['"', '“'];
const CLOSING_QUOTES = ['"', '”'];

/** Splits document text into lines with the BOM, CR characters and trailing spaces removed. */
function documentLines(text: string): string[] {
	return text
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n/)
		.map((line) => line.replace(/\s+$/, ''));
}

/** Shortens a line for quoting in an error message. */
function excerpt(line: string): string {
	return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

interface OpenAnswer {
	question: DocumentQuestion;
	tier: Tier;
	startLine: number;
	parts: string[];
	/** The answer began with a quote that has not been closed yet. */
	quoted: boolean;
}

/**
 * Parses a document. `fallbackTitle` names documents whose first line is already a question.
 * @throws {DocumentError} for anything malformed, naming the line and what was expected.
 */
export function parseDocument(text: string, fallbackTitle: string): ParsedDocument {
	const lines = documentLines(text);
	const questions: DocumentQuestion[] = [];
	const firstLineOfNumber = new Map<number, number>();
	let title: string | undefined;
	let current: DocumentQuestion | undefined;
	let answer: OpenAnswer | undefined;

	const expectedTier = (): Tier | undefined =>
		current ? TIERS.find((tier) => current!.tiers[tier] === '') : undefined;

	const closeAnswer = () => {
		if (!answer) return;
		let value = answer.parts.join('').trim();
		if (answer.quoted) {
			throw new DocumentError(
				answer.startLine,
				`the ${TIER_LABELS[answer.tier]} response of question ${answer.question.position} opens a quote that is never closed; expected a closing " at the end of the answer`,
			);
		}
		value = stripQuotes(value);
		if (value === '') {
			throw new DocumentError(
				answer.startLine,
				`the ${TIER_LABELS[answer.tier]} response of question ${answer.question.position} is empty; expected the answer text after "${TIER_LABELS[answer.tier]} Response:"`,
			);
		}
		answer.question.tiers[answer.tier] = value;
		answer = undefined;
	};

	const finishQuestion = (lineNumber: number, found: string) => {
		closeAnswer();
		const missing = expectedTier();
		if (current && missing) {
			throw new DocumentError(
				lineNumber,
				`question ${current.position} has no ${TIER_LABELS[missing]} response; expected a line starting "${TIER_LABELS[missing]} Response:" but found ${found}`,
			);
		}
	};

	let lineNumber = 0;
	let lastTextLine = 1;
	for (const line of lines) {
		lineNumber += 1;

		if (answer?.quoted) {
			if (TIER_LINE.test(line)) {
				throw new DocumentError(
					answer.startLine,
					`the ${TIER_LABELS[answer.tier]} response of question ${answer.question.position} opens a quote that is never closed before the next response on line ${lineNumber}; expected a closing " at the end of the answer`,
				);
			}
			// Any other line inside a quoted answer belongs to it, even one that looks like a question:
			// the paste broke the answer here, so the pieces are joined back exactly as they were.
			answer.parts.push(line);
			if (endsWithClosingQuote(line)) {
				answer.quoted = false;
				closeAnswer();
			}
			continue;
		}
		if (line.trim() === '') continue;
		lastTextLine = lineNumber;

		if (TRAILER_LINE.test(line)) {
			finishQuestion(lineNumber, `"${excerpt(line)}"`);
			break;
		}

		const questionMatch = QUESTION_LINE.exec(line);
		if (questionMatch) {
			finishQuestion(lineNumber, `the next question "${excerpt(line)}"`);
			const position = Number(questionMatch[1]);
			const earlier = firstLineOfNumber.get(position);
			if (earlier !== undefined) {
				throw new DocumentError(
					lineNumber,
					`question number ${position} is used twice (first on line ${earlier}); expected each question to have its own number`,
				);
			}
			firstLineOfNumber.set(position, lineNumber);
			current = {
				position,
				question: questionMatch[2]!.trim(),
				tiers: { great: '', mediocre: '', poor: '' },
				line: lineNumber,
			};
			questions.push(current);
			continue;
		}

		const tierMatch = TIER_LINE.exec(line);
		if (tierMatch) {
			const tier = tierMatch[1]!.toLowerCase() as Tier;
			if (!current) {
				throw new DocumentError(
					lineNumber,
					`found a ${TIER_LABELS[tier]} response before any question; expected a numbered question such as "1. How would you …"`,
				);
			}
			closeAnswer();
			const expected = expectedTier();
			if (expected !== tier) {
				throw new DocumentError(
					lineNumber,
					expected
						? `question ${current.position} has no ${TIER_LABELS[expected]} response; expected a line starting "${TIER_LABELS[expected]} Response:" but found "${excerpt(line)}"`
						: `question ${current.position} already has all three responses; expected the next numbered question but found "${excerpt(line)}"`,
				);
			}
			const rest = tierMatch[2]!;
			answer = {
				question: current,
				tier,
				startLine: lineNumber,
				parts: [rest],
				quoted: startsWithOpeningQuote(rest) && !(rest.length > 1 && endsWithClosingQuote(rest)),
			};
			if (!answer.quoted && startsWithOpeningQuote(rest)) closeAnswer();
			continue;
		}

		if (answer) {
			// An unquoted answer continues until the next recognised line.
			answer.parts.push(line);
			continue;
		}
		if (!current && title === undefined && questions.length === 0) {
			title = line.trim();
			continue;
		}
		if (!current) {
			throw new DocumentError(
				lineNumber,
				`unexpected text "${excerpt(line)}" before the first question; only a title line may come first, then numbered questions such as "1. How would you …"`,
			);
		}
		if (expectedTier() === 'great') {
			throw new DocumentError(
				lineNumber,
				`question ${current.position} has no Great response; expected a line starting "Great Response:" but found "${excerpt(line)}"`,
			);
		}
		throw new DocumentError(
			lineNumber,
			`unexpected text "${excerpt(line)}"; expected a numbered question such as "${current.position + 1}. …" or a line starting "Great Response:"`,
		);
	}
	finishQuestion(lastTextLine, 'the end of the document');

	if (questions.length === 0) {
		throw new DocumentError(
			lastTextLine,
			'the document has no questions; expected numbered questions such as "1. How would you …", each followed by Great, Mediocre and Poor responses',
		);
	}
	return { title: title ?? fallbackTitle, questions };
}

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
