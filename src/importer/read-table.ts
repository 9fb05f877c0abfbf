/**
 * Questions written as a Markdown (GFM) table, one question a row:
 *
 * ```text
 * | # | Topic | Question | Great answer | Mediocre answer | Poor answer |
 * |---|-------|----------|--------------|-----------------|-------------|
 * | 1 | SRE   | How do you set an SLO? | Start from user journeys… | Pick 99.9%. | Aim for 100%. |
 * ```
 *
 * The header names the columns: the question, the three answers (any label the line reader
 * accepts: "Great answer", "**Strong**", …), and optionally the number ("#", "No.") and the topic
 * ("Topic", "Section", "Category"). A column the guide has no place for is an error, so that
 * nothing in the document is dropped. A `\|` in a cell is a pipe; a `<br>` is a line break, the
 * only way a table cell can hold one.
 */
import { TIERS, type Tier, type TierTexts } from '../questions/tiers.ts';
import { classifyLine, documentTiers, stripWrappingMarks } from './classify-line.ts';

/** What a column of the table holds. */
type Column = { kind: 'number' } | { kind: 'topic' } | { kind: 'question' } | { kind: 'tier'; tier: Tier };

/** One row of the table, read. */
export interface TableRow {
	/** 1-based line in the document. */
	line: number;
	/** From the number column; rows of a table without one are numbered in order. */
	number?: number;
	topic?: string;
	question: string;
	tiers: TierTexts;
}

/** A table's header, a delimiter row and the rows below it, or why it cannot be read. */
export type TableReading = { rows: TableRow[]; lines: number } | { error: string; line: number };

const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/;
const NUMBER_HEADER = /^(?:#|no\.?|nr\.?|number|n)$/i;
const TOPIC_HEADER = /^(?:topics?|sections?|categor(?:y|ies)|areas?)$/i;
const QUESTION_HEADER = /^(?:questions?|q|prompt|interview questions?)$/i;
const LINE_BREAK = /<br\s*\/?>/gi;

/** A line that may be a table row: it holds a pipe that is not escaped (the outer pipes are optional). */
export function isTableLine(text: string): boolean {
	return /(?<!\\)\|/.test(text);
}

/** Whether a table starts here: a row, then a delimiter row (`|---|---|`, `--- | ---`). */
export function startsTable(text: string, next: string | undefined): boolean {
	return isTableLine(text) && next !== undefined && next.includes('|') && DELIMITER_ROW.test(next.trim());
}

/** The cells of a row: split at pipes that are not escaped, the outer pipes dropped, `\|` read as `|`. */
export function tableCells(text: string): string[] {
	const cells = text
		.trim()
		.replace(/^\|/, '')
		.replace(/(?<!\\)\|$/, '')
		.split(/(?<!\\)\|/);
	return cells.map((cell) => cell.trim().replaceAll('\\|', '|'));
}

/** The columns a header row names, or `undefined` when it is not the header of a question table. */
function headerColumns(cells: readonly string[]): Column[] | { unknown: string } | undefined {
	const names = cells.map((cell) => stripWrappingMarks(cell));
	// A header cell is read as a label line with its colon: "Great", "Great answer", "**Strong**".
	const labels = names.map((name) => {
		const classified = classifyLine(`${name}:`);
		return classified.kind === 'tier' && classified.rest === '' ? classified.label : undefined;
	});
	const tiers = documentTiers(labels.filter((label) => label !== undefined));
	const tierOf = 'ambiguous' in tiers ? undefined : tiers.tierOf;
	const columns = names.map((name, at): Column | undefined => {
		if (QUESTION_HEADER.test(name)) return { kind: 'question' };
		if (NUMBER_HEADER.test(name)) return { kind: 'number' };
		if (TOPIC_HEADER.test(name)) return { kind: 'topic' };
		const label = labels[at];
		return label !== undefined && tierOf ? { kind: 'tier', tier: tierOf(label) } : undefined;
	});
	const count = (test: (column: Column | undefined) => boolean) => columns.filter(test).length;
	const isQuestionTable =
		count((column) => column?.kind === 'question') === 1 && TIERS.every((tier) => count((column) => column?.kind === 'tier' && column.tier === tier) === 1);
	if (!isQuestionTable || count((column) => column?.kind === 'number') > 1 || count((column) => column?.kind === 'topic') > 1) return undefined;
	const unknown = columns.findIndex((column) => column === undefined);
	return unknown >= 0 ? { unknown: cells[unknown]! } : (columns as Column[]);
}

/** A cell as the text of a question or answer: a line break for each `<br>`. */
function cellText(cell: string): string {
	return cell.replace(LINE_BREAK, '\n').replace(/[ \t]*\n[ \t]*/g, '\n').trim();
}

/**
 * Reads the question table whose header is `texts[0]` (1-based document line `firstLine`).
 * Returns `undefined` when the lines do not start such a table (a header naming a question and
 * the three answers, then a delimiter row).
 */
export function readQuestionTable(texts: readonly string[], firstLine: number): TableReading | undefined {
	if (!startsTable(texts[0] ?? '', texts[1])) return undefined;
	const header = tableCells(texts[0]!);
	const columns = headerColumns(header);
	if (columns === undefined) return undefined;
	if ('unknown' in columns) {
		return {
			line: firstLine,
			error: `the table's column "${columns.unknown}" is not one the guide reads; expected a Question column, Great, Mediocre and Poor answer columns, and optionally "#" and "Topic"`,
		};
	}
	const rows: TableRow[] = [];
	let index = 2;
	for (; index < texts.length && isTableLine(texts[index]!); index += 1) {
		const line = firstLine + index;
		const cells = tableCells(texts[index]!);
		if (cells.length !== columns.length) {
			return {
				line,
				error: `this table row has ${cells.length} cells but the header has ${columns.length} (${header.join(', ')}); expected one cell per column, with a | inside a cell written as \\|`,
			};
		}
		const row: TableRow = { line, question: '', tiers: { great: '', mediocre: '', poor: '' } };
		for (const [at, column] of columns.entries()) {
			const cell = cells[at]!;
			if (column.kind === 'question') row.question = cellText(cell);
			else if (column.kind === 'tier') row.tiers[column.tier] = cellText(cell);
			else if (column.kind === 'topic' && cell !== '') row.topic = cellText(cell);
			else if (column.kind === 'number' && cell !== '') {
				if (!/^\d+\.?$/.test(cell)) return { line, error: `the number cell "${cell}" is not a question number; expected a whole number such as 4` };
				row.number = Number.parseInt(cell, 10);
			}
		}
		if (row.question === '') return { line, error: 'the Question cell of this table row is empty; expected the question text' };
		rows.push(row);
	}
	return { rows, lines: index };
}
