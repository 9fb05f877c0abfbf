/**
 * What the search box sends to Pagefind. Readers type study questions ("how do you handle
 * authentication", "what's the difference between PUT and PATCH"), but Pagefind finds only pages
 * that hold every word typed, and words such as "how", "difference" or "happens" are in some
 * answers and not in others: one of them on a page that lacks the topic, or missing from the page
 * that has it, and the query finds the wrong page or nothing. The words that ask, rather than name
 * a topic, are dropped; a query made only of such words is searched as typed. The search box then
 * spells the words with the guide's own (`Vocabulary.searchFor`, loaded with them on demand).
 */

/**
 * Words that ask a question or join it, never the subject of one: question words, pronouns,
 * auxiliaries and prepositions; the frames of a study question ("the difference between", "what
 * happens when", "best practices for", "pros and cons of", "the role of", "ways to"); and the
 * verbs of looking into a problem, of choosing or of improving ("how do you debug a slow query",
 * "when should you use microservices", "ways to reduce latency"): answers describe the looking,
 * the choosing and the improving in their own words ("find out why", "grab the plan").
 */
const QUESTION_WORDS = new Set(
	`a an and are as at be by can could describe do does did explain for how i in is it its me my of on or
	our should the their them then there these they this those to tell under versus vs we what when where which
	who whom whose why with would you your about approach design handle implement debug diagnose fix investigate
	troubleshoot if during after before while from into onto than some any each per am was were been being has
	have had will shall may might must not no happen happens happened difference differences between compare
	comparing best good better practice practices way ways pros cons advantages disadvantages benefits drawbacks
	role purpose example examples often usually typically generally really exactly actually main key common
	important matter matters need needs want use using used choose pick make keep get go goes going reduce
	improve increase decrease avoid prevent minimize minimise maximize maximise ensure`.split(/\s+/),
);

/**
 * The word as `QUESTION_WORDS` holds it: lower case, without the punctuation that ends a question
 * or the contraction after an apostrophe ("what's", "it’s", "don't").
 */
const questionWordForm = (word: string) =>
	word
		.toLowerCase()
		.replace(/[?.,!:;]+$/, '')
		.replace(/['’](s|re|ve|ll|d|t)$/, '');

/** "How does X work": the verb asks how X is built, it is not what the reader looks for. */
const HOW_IT_WORKS = /^how\b.*\bworks?[?.!]*$/i;

/** The query with its question words dropped, or as typed when nothing else is left. */
export function searchTerm(query: string): string {
	const words = query.trim().split(/\s+/).filter(Boolean);
	const asksHowItWorks = HOW_IT_WORKS.test(query.trim());
	const kept = words.filter((word, index) => {
		const form = questionWordForm(word);
		if (asksHowItWorks && index === words.length - 1 && /^works?$/.test(form)) return false;
		return !QUESTION_WORDS.has(form);
	});
	return (kept.length > 0 ? kept : words).join(' ');
}
