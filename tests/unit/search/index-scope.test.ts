import { describe, expect, it } from 'vitest';
import { skippedByIndexer, withoutIndexerSkip } from '../../../src/search/index-scope.ts';

describe('skippedByIndexer', () => {
	it('marks the main content of a page that is not indexed, and the mark comes off again', () => {
		const page = '<html><body><header>h</header><main class="x" lang="en"><p>Concept</p></main></body></html>';
		const marked = skippedByIndexer(page);
		expect(marked).toBe('<html><body><header>h</header><main data-pagefind-ignore="all" class="x" lang="en"><p>Concept</p></main></body></html>');
		expect(withoutIndexerSkip(marked)).toBe(page);
	});

	it('leaves an indexed page and a page without <main> as they are', () => {
		const indexed = '<main data-pagefind-body class="x"><p>Question</p></main>';
		expect(skippedByIndexer(indexed)).toBe(indexed);
		expect(skippedByIndexer('<p>Redirecting…</p>')).toBe('<p>Redirecting…</p>');
	});

	it('does not take another element whose name starts with main', () => {
		expect(skippedByIndexer('<mainly>x</mainly>')).toBe('<mainly>x</mainly>');
	});
});
