import type { APIRoute } from 'astro';
import { buildApkg } from '../../anki/apkg.ts';
import { ankiQuestions } from '../../anki/guide-notes.ts';
import { getGuideData } from '../../lib/guide-data.ts';
import { GUIDE_TITLE } from '../../lib/guide-pages.ts';
import { absoluteUrl } from '../../lib/links.ts';
import { questionPath, withBase } from '../../lib/urls.ts';

/** The whole guide as an Anki package: one sub-deck per topic. */
export const GET: APIRoute = async ({ site }) => {
	const notes = await ankiQuestions(await getGuideData(), (slug) => absoluteUrl(withBase(questionPath(slug)), site));
	return new Response(await buildApkg(GUIDE_TITLE, notes), { headers: { 'Content-Type': 'application/octet-stream' } });
};
