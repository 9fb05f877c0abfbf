/**
 * Typing mistakes. Pagefind matches a typed word only by its stem's prefix, and finds only pages
 * that hold every word typed, so one misspelt word ("expirement tracking") finds nothing at all,
 * and one that no page holds empties a query whose other words would have found the question. The
 * build writes the words of the searchable text (`SEARCH_WORDS_FILE` in options.ts); the search
 * box replaces a typed word that no page holds with the closest word that one does, and leaves it
 * out when none is close, as long as another word is left.
 */
import { closest, distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';
import { searchTerm } from './query.ts';

/**
 * Typed words shorter than this are searched as typed: one edit away from a short word there are
 * many others ("mtls" and "tls", "kafa" and "kafka" or "data"), and acronyms are short.
 */
const MIN_CHECKED_LENGTH = 5;

/** Lower-case words of a text, as the search compares them. */
export function wordsOf(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The distinct words of `texts` that a typed word may be corrected to (one edit shorter than the
 * shortest word checked, and with a letter), most frequent first, so that of two words as close
 * to a typo the search picks the commoner.
 */
export function searchWords(texts: Iterable<string>): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of wordsOf(text)) {
			if (word.length >= MIN_CHECKED_LENGTH - 1 && /\p{L}/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1)).map(([word]) => word);
}

/** Edits allowed between a typed word and its correction: two only in long words, where two typos are common and two edits rarely reach another word. */
const allowedEdits = (length: number): number => (length >= 8 ? 2 : 1);

/** The first index of sorted `items` whose item is not below `key`. */
function lowerBound(items: readonly string[], key: string): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (items[middle]! < key) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The guide's words, to tell whether a page holds a typed word and which word it likely meant. */
export class Vocabulary {
	/** As `searchWords` gives them, most frequent first. */
	private readonly words: readonly string[];
	/** The words' stems, sorted, since Pagefind matches the stem of a typed word as a prefix of an indexed one. */
	private readonly stems: string[];
	/** The words in code-unit order, to find those a typed word starts. */
	private readonly sorted: string[];

	constructor(words: readonly string[]) {
		this.words = words;
		this.sorted = [...words].sort();
		this.stems = [...new Set(words.map((word) => stemmer(word)))].sort();
	}

	/** Whether a page holds `word` (lower case) as Pagefind matches it: an indexed word's stem starts with its stem. */
	private holds(word: string): boolean {
		const stem = stemmer(word);
		return this.stems[lowerBound(this.stems, stem)]?.startsWith(stem) ?? false;
	}

	/** Whether `word` (lower case) is one of the words, or the start of one, as while it is being typed. */
	private starts(word: string): boolean {
		return this.sorted[lowerBound(this.sorted, word)]?.startsWith(word) ?? false;
	}

	/**
	 * What to search for a typed word: the word itself when it is a word of the guide or the start
	 * of one, when it is short, or when it is not one plain word (`X.509`, `inter-annotator`,
	 * `p99`). Else the closest word within the allowed edits, unless that is only another form of
	 * the typed word (same stem: Pagefind finds it either way). A word matched only through its stem
	 * is not enough: "expirement" shares its stem with "expire", but the reader meant "experiment".
	 * With no word close, the word as typed when Pagefind's stems match it, or undefined.
	 */
	spell(typed: string): string | undefined {
		const parts = wordsOf(typed);
		const word = parts[0];
		if (parts.length !== 1 || !word || word.length < MIN_CHECKED_LENGTH || /\d/.test(word) || this.starts(word)) return typed;
		const edits = allowedEdits(word.length);
		const candidates = this.words.filter((candidate) => Math.abs(candidate.length - word.length) <= edits);
		const best = candidates.length > 0 ? closest(word, candidates) : undefined;
		if (best !== undefined && distance(word, best) <= edits) return stemmer(best) === stemmer(word) ? typed : best;
		return this.holds(word) ? typed : undefined;
	}

	/** What to search for a query as typed: its question words dropped (query.ts), its words spelt. */
	searchFor(query: string): string {
		return this.spellTerm(searchTerm(query));
	}

	/** `term` (as `searchTerm` gives it) with each word spelt, leaving out those with no spelling while another word is left. */
	spellTerm(term: string): string {
		const words = term.split(' ');
		const spelt = words.flatMap((word) => this.spell(word) ?? []);
		return (spelt.length > 0 ? spelt : words).join(' ');
	}
}
