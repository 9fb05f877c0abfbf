/**
 * Pagefind's UI names its search box only by a `title`, which axe-core reports (label-title-only).
 * Once the UI has drawn the box, it gets the same name as an `aria-label`.
 */
/** Pagefind's search box in Starlight's dialog. */
export const SEARCH_INPUT = '#starlight__search .pagefind-ui__search-input';

new MutationObserver((_, observer) => {
	const input = document.querySelector<HTMLInputElement>(SEARCH_INPUT);
	if (!input) return;
	input.setAttribute('aria-label', input.title || input.placeholder);
	observer.disconnect();
}).observe(document.documentElement, { childList: true, subtree: true });
