/**
 * How the search dialog queries Pagefind: one index of question pages, and concept and topic pages
 * in a second index merged in with a low weight, so that a question that matches comes before any
 * concept or topic page. Pure, so that `npm run eval:search` measures exactly what readers get.
 */
import type { Vocabulary } from './vocabulary.ts';

/** Where the second index is written, under the site's base. */
export const SECONDARY_INDEX_FOLDER = 'pagefind-concepts';

/** The file of the guide's words for spelling correction (vocabulary.ts), in the second index's folder. */
export const SEARCH_WORDS_FILE = 'words.json';

/** The second index's folder under `base`, as Pagefind's `mergeIndex` takes it. */
const secondaryIndexPath = (base: string) => `${base.replace(/\/$/, '')}/${SECONDARY_INDEX_FOLDER}/`;

/** Where the guide's words for spelling correction are served (vocabulary.ts). */
export const searchWordsPath = (base: string) => `${secondaryIndexPath(base)}${SEARCH_WORDS_FILE}`;

/**
 * Scores of the second index are multiplied by this. Low enough that a concept page only comes
 * first when no question page matches the query at all. At 0.05, a concept named like the query
 * ("what is monitoring": Monitoring, Real user monitoring, APM, Synthetic monitoring) came above
 * questions that discuss it; at 0.02 one does (Monitoring), and concept pages still come
 * right after the questions that discuss them, where a reader scrolls to.
 */
export const SECONDARY_INDEX_WEIGHT = 0.02;

/**
 * Pagefind's ranking. `metaWeights` makes metadata searchable: the question page's title counts
 * most; the names of the concepts its answers state count, but below the words written in them,
 * and those the question itself names (what it is about) above the others.
 */
export const RANKING = {
	metaWeights: { title: 5, subject: 1, concepts: 0.5 },
} as const;

/**
 * Options for Pagefind's search UI (spread into `new PagefindUI(…)` by Starlight's Search).
 * `vocabulary` gives the guide's words once they are loaded, to drop question words and correct misspelt words.
 */
export function searchOptions(base: string, vocabulary: () => Vocabulary | undefined = () => undefined) {
	return {
		// The index answers in a few milliseconds even at a thousand questions: no 300 ms wait.
		debounceTimeoutMs: 0,
		// Search on the page's own thread, not Pagefind's Web Worker: handing thousands of matches
		// back from the worker cost more than the search blocks the page (about 18 ms of the 100 ms
		// budget at 5,000 questions, docs/benchmark.md), and the first search saves the worker's
		// 43 KB script.
		noWorker: true,
		// Until the guide's words have loaded the query is searched as typed, and once they have it is
		// searched again (spelling.ts): the question words stay out of the first visit's JS with them.
		processTerm: (query: string) => vocabulary()?.searchFor(query) ?? query,
		ranking: RANKING,
		openFilters: [] as string[],
		showEmptyFilters: false,
		mergeIndex: [{ bundlePath: secondaryIndexPath(base), indexWeight: SECONDARY_INDEX_WEIGHT }],
	};
}
