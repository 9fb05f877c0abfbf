/**
 * What a page carries only for the search index: its type, number and topics as Pagefind
 * filters and metadata, and the names and aliases of the concepts its answers state
 * (QuestionSearchData.astro), about 2 KB a question page. Pagefind reads it from the built
 * pages; once the index is written, no reader needs it, so it leaves the pages.
 */

/** The attribute that marks an element holding only data for the index; it holds no element of its kind. */
export const SEARCH_ONLY_ATTRIBUTE = 'data-search-only';

const SEARCH_ONLY_ELEMENT = new RegExp(`<(div|span)\\b[^>]*\\s${SEARCH_ONLY_ATTRIBUTE}(?=[\\s=>])[^>]*>[\\s\\S]*?</\\1>`, 'gi');

/** `html` without its search-only elements. */
export function withoutSearchOnlyData(html: string): string {
	return html.replace(SEARCH_ONLY_ELEMENT, '');
}
