/**
 * The on-disk form of one question: `content/questions/<slug>.md`.
 *
 * Frontmatter holds what identifies and classifies the question; the body holds the three answers
 * as `## Great response` / `## Mediocre response` / `## Poor response` sections, so the file reads
 * well on GitHub. Answer text is data: it is written with every Markdown-significant character
 * escaped and read back with a real Markdown parser, so the text that comes out is exactly the text
 * that went in, whatever characters it holds.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { TIER_LABELS, TIERS, type Tier, type TierTexts } from './tiers.ts';
import { LineError } from './line-error.ts';

/** Frontmatter of a question file, before validation by the content schema. */
export interface QuestionFrontmatter {
	number: number;
	slug: string;
	question: string;
	topics: string[];
	source: { document: string; position: number };
	importedHash?: string;
	[field: string]: unknown;
}

export interface QuestionFileContent {
	frontmatter: QuestionFrontmatter;
	tiers: TierTexts;
}

/** What a question file holds as read, before anything is checked beyond its syntax. */
export interface RawQuestionFile {
	frontmatter: Record<string, unknown>;
	tiers: Partial<TierTexts>;
}

export class QuestionFileError extends LineError {
	override name = 'QuestionFileError';
}

const SECTION_HEADING = /^(great|mediocre|poor)\s+(?:response|answer)$/i;

/** Characters that Markdown or GFM may read as syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>&|~#]/g;
/** Line starts that would begin a block: list items, thematic breaks, setext underlines. */
const BLOCK_MARKER = /^[-+=]/;
const ORDERED_LIST_MARKER = /^(\d+)([.)])/;
/** Indentation, which Markdown would take for a code block or drop from a paragraph's later lines. */
const INDENTATION = /^[ \t]+/;

/** Escapes text so that Markdown renders it, and parses it back, as exactly that text. */
export function escapeMarkdownText(text: string): string {
	return text
		.split('\n')
		.map((line) =>
			line
				.replace(INLINE_SYNTAX, '\\$&')
				.replace(BLOCK_MARKER, '\\$&')
				.replace(ORDERED_LIST_MARKER, '$1\\$2')
				.replace(INDENTATION, (indent) => [...indent].map((character) => `&#${character.codePointAt(0)};`).join('')),
		)
		.join('\n');
}

/** Writes a question file. Paragraphs of an answer are separated by a blank line. */
export function serializeQuestionFile({ frontmatter, tiers }: QuestionFileContent): string {
	const yaml = stringifyYaml(frontmatter, { lineWidth: 0 }).trimEnd();
	const sections = TIERS.map(
		(tier) =>
			`## ${TIER_LABELS[tier]} response\n\n${tiers[tier]
				.split(/\n{2,}/)
				.map((paragraph) => escapeMarkdownText(paragraph))
				.join('\n\n')}\n`,
	);
	return `---\n${yaml}\n---\n\n${sections.join('\n')}`;
}

/**
 * Reads a question file into its frontmatter and answer texts.
 * @throws {QuestionFileError} when the frontmatter or the sections cannot be read.
 */
export function parseQuestionFile(text: string): RawQuestionFile {
	const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalized);
	if (!match) {
		throw new QuestionFileError(1, 'expected the file to start with frontmatter between two "---" lines');
	}
	let frontmatter: unknown;
	try {
		frontmatter = parseYaml(match[1]!);
	} catch (error) {
		const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0;
		throw new QuestionFileError(line + 1, `the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
	}
	if (typeof frontmatter !== 'object' || frontmatter === null || Array.isArray(frontmatter)) {
		throw new QuestionFileError(2, 'expected the frontmatter to be a set of fields such as "number: 1"');
	}
	const bodyStartLine = match[0].split('\n').length;
	return {
		frontmatter: frontmatter as Record<string, unknown>,
		tiers: parseTierSections(normalized.slice(match[0].length), bodyStartLine),
	};
}

function parseTierSections(body: string, lineOffset: number): Partial<TierTexts> {
	const tiers: Partial<TierTexts> = {};
	const paragraphs: Partial<Record<Tier, string[]>> = {};
	let current: Tier | undefined;
	for (const node of fromMarkdown(body).children) {
		const line = (node.position?.start.line ?? 1) + lineOffset - 1;
		if (node.type === 'heading') {
			const label = toString(node).trim();
			const section = SECTION_HEADING.exec(label);
			if (node.depth !== 2 || !section) {
				throw new QuestionFileError(
					line,
					`unexpected heading "${label}"; expected "## Great response", "## Mediocre response" or "## Poor response"`,
				);
			}
			current = section[1]!.toLowerCase() as Tier;
			if (paragraphs[current]) {
				throw new QuestionFileError(line, `the ${TIER_LABELS[current]} response appears twice; expected it once`);
			}
			paragraphs[current] = [];
			continue;
		}
		if (!current) {
			throw new QuestionFileError(line, 'unexpected text before the first answer; expected "## Great response"');
		}
		paragraphs[current]!.push(toString(node));
	}
	for (const tier of TIERS) {
		if (paragraphs[tier]) tiers[tier] = paragraphs[tier]!.join('\n\n').trim();
	}
	return tiers;
}
