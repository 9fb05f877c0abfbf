/**
 * What the search box sends to Pagefind. Readers type study questions ("how do you handle
 * authentication"), but Pagefind ranks every word they type, and words such as "how" or "you"
 * are in almost every answer: they only add noise. The words that ask, rather than name a topic,
 * are dropped; a query made only of such words is searched as typed.
 */

/** Words that ask a question or join it, never the subject of one. */
const QUESTION_WORDS = new Set(
	`a an and are as at be by can could describe do does explain for how i in is it me of on or should
	the to tell under versus vs we what when where which who why with would you your about approach
	design handle implement`.split(/\s+/),
);

/** The query with its question words dropped, or as typed when nothing else is left. */
export function searchTerm(query: string): string {
	const words = query.trim().split(/\s+/).filter(Boolean);
	const kept = words.filter((word) => !QUESTION_WORDS.has(word.toLowerCase().replace(/[?.,!]+$/, '')));
	return (kept.length > 0 ? kept : words).join(' ');
}
