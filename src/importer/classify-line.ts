/**
 * Says what one line of a question document is, whatever tool the document was pasted from:
 * plain text (`1. Question`, `Great Response: "…"`), Google Docs and Notion (`Q1:`, `1)`,
 * `Great Response – …`, `Strong answer:`, `Great:`, bullets) or Markdown (`### 1. Question`,
 * `**Great Response:**`). Markdown marks around numbers and labels are part of the label, never of
 * the text that follows.
 */
import type { Tier } from '../questions/tiers.ts';

export type ClassifiedLine =
	| { kind: 'blank' }
	/** A numbered question; `text` is the question without its number and marks. */
	| { kind: 'question'; number: number; text: string }
	/**
	 * The start of an answer: `label` is the word that rates it (`great`, `strong`, `good`, …; see
	 * {@link documentTiers}), `bare` when no "Response" or "Answer" follows it (`Great: …`), `rest`
	 * whatever follows the label on the same line.
	 */
	| { kind: 'tier'; label: string; bare: boolean; rest: string }
	/** A Markdown heading without a number (`## Backend`): a section or the title. */
	| { kind: 'heading'; text: string }
	/** `Last updated …`, allowed only as the last non-empty line. */
	| { kind: 'trailer'; text: string }
	/** Any other line; `listItem` for `- x`, `• x`, `1. x` and other list items, whose marker stays in `text`. */
	| { kind: 'text'; text: string; listItem: boolean };

/** Characters that word processors insert without showing them. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Spaces that look like a space but are not one. */
const ODD_SPACES = /[\u00A0\u2007\u202F\u3000]/g;

/**
 * Bullets of Markdown and of word processors' pasted or exported lists (`•`, `◦`, `▪`, `●`, …),
 * with the Symbol and Wingdings bullets that Word's plain text keeps as private-use characters.
 */
const BULLET = '[-*+•◦▪▫●○■□‣⁃►▸\uF0B7\uF0A7\uF0D8\uF076\uF0FC]';
/** Emphasis marks that may wrap a number or label: `**`, `__`, `*`, `_`. */
const MARKS = String.raw`(?:\*\*|__|\*|_)?`;
const QUESTION_LINE = new RegExp(
	String.raw`^(?:#{1,6}\s+)?${MARKS}(?:Q(?:uestion)?\s*)?(\d+)(?:[.):]|\s+[–—-])${MARKS}\s+(\S.*)$`,
	'i',
);
/** A question's number on a line of its own, its text on the next (`Question 1`, `**Q1.**`, `### 1.`); a bare number is not one. */
const QUESTION_NUMBER_LINE = new RegExp(String.raw`^(?:#{1,6}\s+)?${MARKS}(?:Q(?:uestion)?\s*(\d+)[.):]?|(\d+)[.):])${MARKS}$`, 'i');
/**
 * The words documents rate their sample answers with, by the tier each names. "Good" is the great
 * answer beside "mediocre" and the mediocre one beside "great": {@link documentTiers} decides.
 */
const TIER_WORDS: Record<Tier, readonly string[]> = {
	great: ['great', 'excellent', 'strong', 'best', 'ideal', 'exemplary', 'outstanding'],
	mediocre: ['mediocre', 'average', 'okay', 'ok', 'fair', 'acceptable', 'adequate', 'decent', 'middling'],
	poor: ['poor', 'weak', 'bad', 'worst'],
};
const RELATIVE_WORD = 'good';
const LABEL_WORDS = [...Object.values(TIER_WORDS).flat(), RELATIVE_WORD].join('|');
/** Emoji that documents put before a label (`✅ Great answer:`, `⚠️ Mediocre`). */
const EMOJI = String.raw`(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+\s*)?`;
/** A short aside between a label and its colon: `Great Response (5/5):`, `Great answer ✅:`. */
const ASIDE = String.raw`(?:\s*\([^()]{1,40}\))?(?:\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+)?`;
// `Great Response: …`, `Strong answer – …`, a line of its own (`Great answer`, `### Great answer`,
// the answer on the lines below), or the word alone before a colon (`Great: …`) or as a heading
// (`### Great`), which are "bare".
const TIER_LINE = new RegExp(
	String.raw`^(?:${BULLET}\s+)?(#{1,6}\s+)?${MARKS}${EMOJI}${MARKS}(${LABEL_WORDS})(?:\s+(?:response|answer)${ASIDE}${MARKS}\s*(?::|–|—|-(?=\s)|$)|(${ASIDE}${MARKS}\s*:|${MARKS}$))${MARKS}(?:\s+|$)(.*)$`,
	'iu',
);
const HEADING_LINE = /^#{1,6}\s+(.*?)\s*#*$/;
const TRAILER_LINE = /^(?:\*\*|__|\*|_)?last\s+updated\b/i;
/** A list item's marker; `o` and a tab is how Word's plain text writes a second-level bullet. */
const LIST_MARKER = new RegExp(String.raw`^(?:${BULLET}|o(?=\t)|\d+[.)])\s+(?=\S)`);

/** The marker that starts a list item (`- `, `• `, `1. `), or `''` for a line that is none. */
export const listMarker = (text: string): string => LIST_MARKER.exec(text)?.[0] ?? '';

/** Whether a line of an answer is an item of a bulleted or numbered list, which keeps its line. */
export const isListItem = (text: string): boolean => listMarker(text) !== '';

/**
 * Replaces non-breaking spaces with spaces, drops zero-width characters and trailing space, so that
 * what looks alike reads alike. Nothing else of the line changes.
 */
export function normalizeLine(line: string): string {
	return line.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/\s+$/, '');
}

/**
 * Drops the Markdown blockquote marks that start a line (`> text`, `> > text`): a quoted answer in
 * Markdown is marked, not written, with them. A `>` not followed by a space (`>= 3`) is text.
 */
export function stripQuoteMarks(line: string): string {
	return line.replace(/^\s*(?:>(?: |$))+/, '');
}

/** Removes emphasis marks that wrap the whole of `text` (`**Backend**` → `Backend`). */
export function stripWrappingMarks(text: string): string {
	const match = /^(\*\*|__|\*|_)(.+)\1$/.exec(text.trim());
	return match ? match[2]!.trim() : text.trim();
}

/**
 * Classifies a line that has been through {@link normalizeLine}, on its own; leading indentation
 * is ignored. What a line means in context (a numbered line inside a quoted answer is a list item,
 * not a question) is the reader's decision.
 */
export function classifyLine(raw: string): ClassifiedLine {
	const line = raw.trim();
	if (line === '') return { kind: 'blank' };
	const tier = TIER_LINE.exec(line);
	// A rating word alone on its line is a label only as a heading: plain "Great" is a sentence.
	const [, headingMark, label, bare, rest] = tier ?? [];
	if (tier && (bare === undefined || bare.includes(':') || headingMark !== undefined)) {
		return { kind: 'tier', label: label!.toLowerCase(), bare: bare !== undefined, rest: closeMarks(rest!) };
	}
	const question = QUESTION_LINE.exec(line);
	if (question) return { kind: 'question', number: Number(question[1]), text: closeMarks(question[2]!, line) };
	const questionNumber = QUESTION_NUMBER_LINE.exec(line);
	if (questionNumber) return { kind: 'question', number: Number(questionNumber[1] ?? questionNumber[2]), text: '' };
	if (TRAILER_LINE.test(line)) return { kind: 'trailer', text: line };
	const heading = HEADING_LINE.exec(line);
	if (heading) return { kind: 'heading', text: stripWrappingMarks(heading[1]!) };
	return { kind: 'text', text: line, listItem: isListItem(line) };
}

/**
 * Drops emphasis marks left over from a label: a run that opened before the number and closes at
 * the end of the line (`**1. Question**`), or one that closes right where the text starts.
 */
function closeMarks(text: string, whole = ''): string {
	let result = text.trim();
	const opened = /^(?:#{1,6}\s+)?(\*\*|__|\*|_)/.exec(whole)?.[1];
	if (opened && result.endsWith(opened) && !result.slice(0, -opened.length).includes(opened)) {
		result = result.slice(0, -opened.length).trim();
	}
	return result;
}

/**
 * Which tier each rating word of a document names, from all the words it uses: the fixed ones by
 * their list, "good" by the others (great beside "mediocre" or "poor" alone, mediocre beside
 * "great"). Returns the word that cannot be placed when the document also uses both a great and a
 * mediocre word.
 */
export function documentTiers(labels: Iterable<string>): { tierOf: (label: string) => Tier } | { ambiguous: string } {
	const used = new Set(labels);
	const fixed = (label: string) => (Object.keys(TIER_WORDS) as Tier[]).find((tier) => TIER_WORDS[tier].includes(label));
	const usesTier = (tier: Tier) => [...used].some((label) => fixed(label) === tier);
	let good: Tier = 'great';
	if (usesTier('great')) {
		if (usesTier('mediocre') && used.has(RELATIVE_WORD)) return { ambiguous: RELATIVE_WORD };
		good = 'mediocre';
	}
	return { tierOf: (label) => fixed(label) ?? good };
}

/** Shows a line for an error message: shortened, with invisible and control characters escaped. */
export function excerpt(line: string): string {
	const shown = line.length > 60 ? `${line.slice(0, 57)}…` : line;
	return shown.replace(/[^\P{C}]|[^\P{Z} ]|[\u200B-\u200D\u2060\uFEFF\u00AD]/gu, (character) =>
		`\\u{${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`,
	);
}
