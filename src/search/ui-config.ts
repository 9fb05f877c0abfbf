/** Replaces Starlight's `virtual:starlight/pagefind-config`: the options its Search hands to Pagefind's UI. */
import { SEARCH_INPUT } from './label-search-input.ts';
import { searchOptions, searchWordsPath } from './options.ts';
import spellingUrl from './spelling.ts?on-demand';
import type { Vocabulary } from './vocabulary.ts';

let vocabulary: Vocabulary | undefined;
let loading: Promise<void> | undefined;
/**
 * The guide's words once loaded; focusing the box or the first search starts loading them, and searches again once
 * they are (spelling.ts). Until then, or if they never come, words are searched as typed.
 */
function spelling(): Vocabulary | undefined {
	loading ??= (import(/* @vite-ignore */ spellingUrl) as Promise<typeof import('./spelling.ts')>)
		.then(({ startSpelling }) => startSpelling(searchWordsPath(import.meta.env.BASE_URL), SEARCH_INPUT, (loaded) => (vocabulary = loaded)))
		// The error names the words' URL; search goes on as typed.
		.catch(console.warn);
	return vocabulary;
}
// The dialog focuses its box as it opens: loading the words then, not at the first search, has them
// in place before a reader has typed or pasted a query, so that search rarely runs twice.
document.addEventListener('focusin', ({ target }) => (target as Element).matches(SEARCH_INPUT) && spelling());
export const pagefindUserConfig = searchOptions(import.meta.env.BASE_URL, spelling);
