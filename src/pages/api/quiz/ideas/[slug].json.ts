import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuideData } from '../../../../lib/guide-data.ts';
import { quizIdeas } from '../../../../lib/quiz-data.ts';

export const getStaticPaths = (async () => {
	const { questions } = await getGuideData();
	return questions.map((question) => ({ params: { slug: question.slug } }));
}) satisfies GetStaticPaths;

/** The ideas a quiz on one question looks for, described (src/lib/quiz-data.ts). */
export const GET: APIRoute = async ({ params }) => {
	const { concepts, analyses } = await getGuideData();
	return new Response(JSON.stringify(quizIdeas(analyses.get(params.slug!)!, concepts)), { headers: { 'Content-Type': 'application/json' } });
};
