import type { APIRoute } from 'astro';
import { API_SCHEMA_VERSION, apiQuestion } from '../../lib/api.ts';
import { getGuideData } from '../../lib/guide-data.ts';
import { questionPath, withBase } from '../../lib/urls.ts';

/** Every question with its tiers and concept comparison, for other tools. */
export const GET: APIRoute = async ({ site }) => {
	const { questions, analyses, concepts } = await getGuideData();
	const labels = new Map([...concepts].map(([id, concept]) => [id, concept.label]));
	const url = (slug: string) => {
		const path = withBase(questionPath(slug));
		return site ? new URL(path, site).href : path;
	};
	const body = {
		schemaVersion: API_SCHEMA_VERSION,
		questions: questions.map((question) => apiQuestion(question, analyses.get(question.slug)!, labels, url(question.slug))),
	};
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
