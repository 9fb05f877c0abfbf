/**
 * Which pages Pagefind reads the text of. Starlight marks the content of every page it indexes
 * with `data-pagefind-body`, and Pagefind then leaves out every page without it, but only after
 * it has read and kept the text of all of them: the concept pages, the print page and the other
 * pages outside the index took most of its memory (0.8 GB and 0.4 GB of 2.4 GB at 5,000
 * questions). Marking their `<main>` as ignored before indexing makes Pagefind skip that text; the
 * index is the same, and the mark leaves the pages again once the index is written.
 */

/** Starlight's mark of a page whose content is indexed. */
const INDEXED = 'data-pagefind-body';

const MAIN = '<main';
const SKIPPED_MAIN = '<main data-pagefind-ignore="all"';

/** `html` with its `<main>` marked for Pagefind to skip, unless the page is one Pagefind indexes. */
export function skippedByIndexer(html: string): string {
	return html.includes(INDEXED) ? html : html.replace(/<main(?=[\s>])/, SKIPPED_MAIN);
}

/** `html` without the mark `skippedByIndexer` added. */
export function withoutIndexerSkip(html: string): string {
	return html.replace(SKIPPED_MAIN, MAIN);
}
