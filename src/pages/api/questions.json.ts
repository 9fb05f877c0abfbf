import type { APIRoute } from 'astro';
import { API_SCHEMA_VERSION, apiQuestions } from '../../lib/api.ts';
import { getGuideData } from '../../lib/guide-data.ts';
import { absoluteUrl } from '../../lib/links.ts';
import { questionPath, withBase } from '../../lib/urls.ts';

/** Every question with its tiers and concept comparison, for other tools. */
export const GET: APIRoute = async ({ site }) => {
	const { questions, analyses, labels } = await getGuideData();
	const body = {
		schemaVersion: API_SCHEMA_VERSION,
		questions: apiQuestions(questions, analyses, labels, (slug) => absoluteUrl(withBase(questionPath(slug)), site)),
	};
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
