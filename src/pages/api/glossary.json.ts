import type { APIRoute } from 'astro';
import { getGuideData } from '../../lib/guide-data.ts';

/**
 * What "check my answer" needs in the browser: ids, names and the hierarchy for the matcher, and
 * definitions and paraphrase patterns to recognise an idea said in other words. Loaded only when
 * a reader starts a quiz.
 */
export const GET: APIRoute = async () => {
	const { concepts } = await getGuideData();
	const body = {
		schemaVersion: 1,
		concepts: [...concepts.values()].map(({ id, label, aliases, definition, refines, paraphrases }) => ({
			id,
			label,
			aliases,
			definition,
			...(refines && { refines }),
			...(paraphrases?.length && { paraphrases }),
		})),
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
