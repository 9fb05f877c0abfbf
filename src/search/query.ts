/**
 * What the search box sends to Pagefind. Readers type study questions ("how do you handle
 * authentication"), but Pagefind ranks every word they type, and words such as "how" or "you"
 * are in almost every answer: they only add noise. The words that ask, rather than name a topic,
 * are dropped; a query made only of such words is searched as typed. The search box then spells
 * the words with the guide's own (`Vocabulary.spellTerm`).
 */

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

/** The query with its question words dropped, or as typed when nothing else is left. */
export function searchTerm(query: string): string {
	const words = query.trim().split(/\s+/).filter(Boolean);
	const kept = words.filter((word) => !QUESTION_WORDS.has(word.toLowerCase().replace(/[?.,!]+$/, '')));
	return (kept.length > 0 ? kept : words).join(' ');
}
