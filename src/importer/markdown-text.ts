/**
 * Reads the Markdown that Google Docs, Notion, Obsidian and chat assistants export, line by line,
 * for the text it holds: backslash escapes (`\*`, `\_`, `\#`, which Google Docs puts before every
 * such character) are the characters themselves and character references (`&amp;`) are decoded,
 * everywhere but in code. Emphasis, code and link marks stay as written, as the guide keeps them
 * in answers written as plain text. A real CommonMark parser finds the escapes; only what it has
 * no syntax for (Obsidian's `[[wiki links]]` and callouts, Notion's HTML wrappers, frontmatter)
 * is recognised here.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as parseYaml } from 'yaml';
import { listMarker, normalizeLine } from './classify-line.ts';

/** `[[target]]` or `[[target|shown text]]`: Obsidian shows the text after the bar, else the target. */
const WIKI_LINK = /\[\[([^[\]|]+)(?:\|([^[\]]+))?\]\]/g;

/** The source of `node`, with the escapes and references of its text resolved. */
function sourceText(node: Nodes, source: string): string {
	const start = node.position!.start.offset!;
	const end = node.position!.end.offset!;
	if (node.type === 'text') return node.value;
	if (!('children' in node) || node.children.length === 0) return source.slice(start, end);
	let text = '';
	let at = start;
	for (const child of node.children as Nodes[]) {
		text += source.slice(at, child.position!.start.offset!) + sourceText(child, source);
		at = child.position!.end.offset!;
	}
	return text + source.slice(at, end);
}

/**
 * One line of Markdown as text. A line the parser reads as anything but a paragraph (`# tag` at
 * the start, a lone `>`) is returned unchanged rather than lose its first characters.
 */
export function readMarkdownLine(line: string): string {
	// A list item's marker is kept as written, so that the item stays one after reading.
	const marker = listMarker(line);
	const content = line.slice(marker.length);
	const [block, ...rest] = fromMarkdown(content).children;
	const text = block?.type === 'paragraph' && rest.length === 0 ? marker + sourceText(block, content) : line;
	// `&nbsp;` decodes to what a pasted non-breaking space is, and reads as a space like one.
	return normalizeLine(text.replace(WIKI_LINK, (_link, target: string, shown: string | undefined) => (shown ?? target).trim()));
}

/**
 * `---`, `***`, `___` on a line of their own, a divider between blocks, or `===` under a title
 * (a setext heading, as pandoc writes it): marks, not text.
 */
export function isThematicBreak(line: string): boolean {
	return /^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|={3,})$/.test(line);
}

/** Notion's wrappers (`<aside>`, `<details>`, `</details>`) on a line of their own hold no text. */
export function isHtmlWrapperLine(line: string): boolean {
	return /^<\/?(?:aside|details|div|section|figure|p)(?:\s[^<>]*)?>$/i.test(line);
}

/** The text of a Notion toggle's `<summary>…</summary>` line, or the line itself. */
export function unwrapSummary(line: string): string {
	return /^<summary>(.*)<\/summary>$/i.exec(line)?.[1]!.trim() ?? line;
}

/** An Obsidian callout's first line without its `[!type]` marker: `[!note] Great answer` → `Great answer`. */
export function stripCalloutMarker(line: string): string {
	return line.replace(/^\[![\w-]+\][+-]?\s*/, '');
}

export interface Frontmatter {
	/** Lines the frontmatter takes, both `---` lines included. */
	lines: number;
	/** Its `title` field, when it is a string. */
	title?: string;
}

/**
 * YAML frontmatter between `---` lines at the very top (Obsidian, Jekyll, Hugo); an `error` with
 * its line when it is not valid YAML or never closed.
 */
export function readFrontmatter(lines: readonly string[]): Frontmatter | { line: number; error: string } | undefined {
	// A `---` line opening a document whose next line is no `key:` is a divider, not frontmatter.
	if (lines[0]?.trim() !== '---' || !/^[\w-]+\s*:/.test(lines[1] ?? '')) return undefined;
	const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
	if (end === -1) return { line: 1, error: 'the frontmatter that starts here is never closed; expected a "---" line after its fields' };
	let data: unknown;
	try {
		data = parseYaml(lines.slice(1, end).join('\n'));
	} catch (error) {
		const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0;
		// YAML counts lines from the frontmatter's first field; the line given here is the document's.
		const reason = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		return { line: line + 1, error: `the frontmatter is not valid YAML: ${reason}` };
	}
	const title = typeof data === 'object' && data !== null && 'title' in data ? (data as { title: unknown }).title : undefined;
	return { lines: end + 1, ...(typeof title === 'string' && title.trim() !== '' ? { title: title.trim() } : {}) };
}
