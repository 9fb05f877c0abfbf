import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, markdownLink, copiedLinkLabel } from '../../../src/lib/links.ts';

/** Parses Markdown and returns the single link it must contain. */
function parseLink(markdown: string) {
	const paragraph = fromMarkdown(markdown).children[0] as { type: string; children: { type: string; url: string }[] };
	expect(paragraph.type).toBe('paragraph');
	expect(paragraph.children).toHaveLength(1);
	const [link] = paragraph.children;
	expect(link!.type).toBe('link');
	return { url: link!.url, label: toString(link) };
}

describe('markdownLink', () => {
	it('writes the issue’s example exactly', () => {
		expect(
			markdownLink(
				copiedLinkLabel(2, 'Explain how you would design a rate-limiting system for an API.'),
				'https://example.org/questions/rate-limiting/#great',
			),
		).toBe('[Q2. Explain how you would design a rate-limiting system for an API.](https://example.org/questions/rate-limiting/#great)');
	});

	it('escapes brackets, parentheses and backticks so the link stays one valid link', () => {
		const label = 'Q7. What does `a[0]` (or [b](c)) mean?';
		const markdown = markdownLink(label, 'https://example.org/questions/x_(y)/#poor');
		expect(markdown).toBe('[Q7. What does \\`a\\[0\\]\\` \\(or \\[b\\]\\(c\\)\\) mean?](https://example.org/questions/x_%28y%29/#poor)');
		expect(parseLink(markdown)).toEqual({ url: 'https://example.org/questions/x_%28y%29/#poor', label });
	});

	it('keeps any title as the link text', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1 }).filter((title) => title.trim() === title && !/[\n\r]/.test(title) && title.length > 0), (title) => {
				expect(parseLink(markdownLink(title, 'https://example.org/q/1/')).label).toBe(title.replace(/\t/g, '\t'));
			}),
			{ numRuns: 300 },
		);
	});
});

describe('absoluteUrl', () => {
	it('resolves against the site, keeping the base path', () => {
		expect(absoluteUrl('/interview-guide/questions/x/#great', 'https://example.org')).toBe('https://example.org/interview-guide/questions/x/#great');
		expect(absoluteUrl('/questions/x/', undefined)).toBe('/questions/x/');
	});
});
