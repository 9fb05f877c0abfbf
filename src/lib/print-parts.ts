/**
 * How the printable guide is split. One page of every question is what a reader prints from a
 * guide of tens or hundreds of questions; at thousands it is over 100 MB of HTML (118 MB at
 * 5,000), more than a browser opens comfortably and the largest page the build holds in memory.
 * So a guide with more questions than one part holds prints in parts by question number (1–250,
 * 251–500, …): a part's address stays the same as questions are added.
 */
export const QUESTIONS_PER_PRINT_PART = 250;

export interface PrintPart<Question> {
	/** Its path segment under /print/: `1-250`. */
	slug: string;
	/** The range of question numbers it covers; not every number need be a question. */
	first: number;
	last: number;
	/** Its questions, in the order given. */
	questions: Question[];
}

/** The parts a guide prints in, those holding a question; none when every question fits on /print/ itself. */
export function printParts<Question extends { number: number }>(questions: readonly Question[], size = QUESTIONS_PER_PRINT_PART): PrintPart<Question>[] {
	if (questions.length <= size) return [];
	const parts = new Map<number, PrintPart<Question>>();
	for (const question of questions) {
		const index = Math.ceil(question.number / size);
		let part = parts.get(index);
		if (!part) {
			const first = (index - 1) * size + 1;
			const last = index * size;
			parts.set(index, (part = { slug: `${first}-${last}`, first, last, questions: [] }));
		}
		part.questions.push(question);
	}
	return [...parts.values()].sort((a, b) => a.first - b.first);
}
