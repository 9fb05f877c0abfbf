/**
 * The content words of a text, as stems, for comparing a reader's wording with a great answer's:
 * function words ("the", "with") and the verbs every answer leans on ("use", "implement") carry
 * no idea of their own and are left out.
 */
import { eng } from 'stopword';
import { tokenize } from '../analysis/tokens.ts';

export interface ContentWord {
	stem: string;
	start: number;
	end: number;
}

/** Words that appear in answers to any question, so they cannot tell one idea from another. */
const ANSWER_FILLER = `i'd i'm we'd we're it's let's that's use used using uses implement implemented implementing ensure make
makes made add added adding put keep kept go goes going get gets set also just really like would will can could should
may might must need needs needed want approach way thing things something stuff lot lots bit kind sure good proper
properly appropriate usually typically always often first then every each one two three all any some etc system
systems service services app application design build built think know look looks looking`.split(/\s+/);

const IGNORED = new Set([...eng, ...ANSWER_FILLER].map((word) => word.replace(/'/g, '’')));

export function contentWords(text: string, from = 0, to = text.length): ContentWord[] {
	return tokenize(text.slice(from, to))
		.filter((token) => token.text.length > 1 && !IGNORED.has(token.text.toLowerCase().replace(/'/g, '’')) && !/^\d+$/.test(token.text))
		.map((token) => ({ stem: token.stem, start: token.start + from, end: token.end + from }));
}
