import type { APIRoute } from 'astro';
import { getGuideData } from '../../lib/guide-data.ts';
import { greatAnswerIdeas } from '../../lib/quiz-data.ts';

/**
 * What "check my answer" needs in the browser: ids, names and the hierarchy of every concept for
 * the matcher, and, for the concepts some great answer states (the only ideas a quiz looks for),
 * definitions and paraphrase patterns to recognise an idea said in other words. Loaded only when
 * a reader starts a quiz.
 */
export const GET: APIRoute = async () => {
	const { concepts, analyses } = await getGuideData();
	const ideas = new Set([...analyses.values()].flatMap(greatAnswerIdeas));
	const body = {
		schemaVersion: 1,
		concepts: [...concepts.values()].map(({ id, label, aliases, definition, refines, paraphrases }) => ({
			id,
			label,
			aliases,
			...(ideas.has(id) && { definition, ...(paraphrases?.length && { paraphrases }) }),
			...(refines && { refines }),
		})),
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
