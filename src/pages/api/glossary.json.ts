import type { APIRoute } from 'astro';
import { getGuideData } from '../../lib/guide-data.ts';

/**
 * What the concept matcher needs, for "check my answer" in the browser: ids, names and the
 * hierarchy, without definitions. Loaded only when a reader starts a quiz.
 */
export const GET: APIRoute = async () => {
	const { concepts } = await getGuideData();
	const body = {
		schemaVersion: 1,
		concepts: [...concepts.values()].map(({ id, label, aliases, refines }) => ({ id, label, aliases, ...(refines && { refines }) })),
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
