/**
 * The guide's words for the search box, fetched on the first search rather than with every page:
 * most visits never search. Until they arrive (and if they never do) words are searched as typed;
 * when they arrive, `onLoad` lets the dialog search again what the reader typed meanwhile.
 */
import { Vocabulary } from './vocabulary.ts';

/** A getter for the vocabulary at `url`; its first call starts the download. */
export function lazyVocabulary(url: string, onLoad: () => void = () => {}): () => Vocabulary | undefined {
	let vocabulary: Vocabulary | undefined;
	let requested = false;
	return () => {
		if (!requested) {
			requested = true;
			fetch(url)
				.then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${url}: HTTP ${response.status}`))))
				.then((words: string[]) => {
					vocabulary = new Vocabulary(words);
					onLoad();
				})
				.catch((error: unknown) => console.warn('search: no spelling correction', error));
		}
		return vocabulary;
	};
}
