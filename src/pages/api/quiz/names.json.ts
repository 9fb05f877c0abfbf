import type { APIRoute } from 'astro';
import { getGuideData } from '../../../lib/guide-data.ts';
import { quizNames } from '../../../lib/quiz-data.ts';

/** Every concept's names and hierarchy, for the quiz's matcher (src/lib/quiz-data.ts). */
export const GET: APIRoute = async () => {
	const { concepts } = await getGuideData();
	return new Response(JSON.stringify(quizNames(concepts.values())), { headers: { 'Content-Type': 'application/json' } });
};
