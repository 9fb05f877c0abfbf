/**
 * What the search box sends to Pagefind. Readers type study questions ("how do you handle
 * authentication"), but Pagefind ranks every word they type, and words such as "how" or "you"
 * are in almost every answer: they only add noise. The words that ask, rather than name a topic,
 * are dropped; a query made only of such words is searched as typed. With the guide's words
 * (vocabulary.ts), a misspelt word is searched as the word it likely meant, and a word no page
 * holds is left out while another is left.
 */
import type { Vocabulary } from './vocabulary.ts';

/**
 * Words that ask a question or join it, never the subject of one. The verbs of looking into a
 * problem ("how do you debug a slow query") are among them: answers describe the looking in their
 * own words ("find out why", "grab the plan"), and Pagefind finds only pages holding every word.
 */
const QUESTION_WORDS = new Set(
	`a an and are as at be by can could describe do does explain for how i in is it me of on or should
	the to tell under versus vs we what when where which who why with would you your about approach
	design handle implement debug diagnose fix investigate troubleshoot`.split(/\s+/),
);

/** The query with its question words dropped (or as typed when nothing else is left), each word spelt as `vocabulary` holds it. */
export function searchTerm(query: string, vocabulary?: Vocabulary): string {
	const words = query.trim().split(/\s+/).filter(Boolean);
	const asked = words.filter((word) => !QUESTION_WORDS.has(word.toLowerCase().replace(/[?.,!]+$/, '')));
	const kept = asked.length > 0 ? asked : words;
	if (!vocabulary) return kept.join(' ');
	const spelt = kept.map((word) => vocabulary.spell(word)).filter((word) => word !== undefined);
	return (spelt.length > 0 ? spelt : kept).join(' ');
}
