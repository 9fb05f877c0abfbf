import type { APIRoute, GetStaticPaths } from 'astro';
import { API_SCHEMA_VERSION, apiQuestion } from '../../../lib/api.ts';
import { getGuideData } from '../../../lib/guide-data.ts';
import { absoluteUrl } from '../../../lib/links.ts';
import { questionPath, withBase } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
	const { questions } = await getGuideData();
	// A renamed question answers at its former slugs too: a static host cannot redirect JSON.
	return questions.flatMap((question) =>
		[question.slug, ...question.formerSlugs].map((slug) => ({ params: { slug }, props: { slug: question.slug } })),
	);
}) satisfies GetStaticPaths;

/** One question, shaped like an entry of /api/questions.json, for tools that embed a question. */
export const GET: APIRoute = async ({ props, site }) => {
	const { questions, analyses, labels } = await getGuideData();
	const question = questions.find((candidate) => candidate.slug === props.slug)!;
	const body = {
		schemaVersion: API_SCHEMA_VERSION,
		...apiQuestion(question, analyses.get(question.slug)!, labels, absoluteUrl(withBase(questionPath(question.slug)), site)),
	};
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
