/** Replaces Starlight's `virtual:starlight/pagefind-config`: the options its Search hands to Pagefind's UI. */
import { SEARCH_INPUT } from './label-search-input.ts';
import { lazyVocabulary } from './load-vocabulary.ts';
import { searchOptions, searchWordsPath } from './options.ts';

/**
 * Searches the box's text again, now spelt with the guide's words. Pagefind's UI searches when the
 * box's value changes, not on every `input` event: the value changes and changes back before its
 * next update, which then searches it once.
 */
function searchAgain(): void {
	const input = document.querySelector<HTMLInputElement>(SEARCH_INPUT);
	if (!input?.value) return;
	const typed = input.value;
	for (const value of [`${typed} `, typed]) {
		input.value = value;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}
}

const vocabulary = lazyVocabulary(searchWordsPath(import.meta.env.BASE_URL), searchAgain);
// Start the download when the reader is about to type, so that even a pasted first query is spelt.
document.addEventListener('focusin', (event) => {
	if (event.target instanceof HTMLElement && event.target.matches(SEARCH_INPUT)) vocabulary();
});
export const pagefindUserConfig = searchOptions(import.meta.env.BASE_URL, vocabulary);
