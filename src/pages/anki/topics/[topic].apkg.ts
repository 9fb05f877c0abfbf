import type { APIRoute, GetStaticPaths } from 'astro';
import { buildApkg } from '../../../anki/apkg.ts';
import { ankiQuestions } from '../../../anki/guide-notes.ts';
import { getGuideData } from '../../../lib/guide-data.ts';
import { GUIDE_TITLE } from '../../../lib/guide-pages.ts';
import { absoluteUrl } from '../../../lib/links.ts';
import { questionPath, withBase } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
	const { topics } = await getGuideData();
	return topics.map((topic) => ({ params: { topic: topic.slug }, props: { name: topic.name } }));
}) satisfies GetStaticPaths;

/** One topic's questions as an Anki package, in the topic's sub-deck. */
export const GET: APIRoute = async ({ props, site }) => {
	const notes = await ankiQuestions(await getGuideData(), (slug) => absoluteUrl(withBase(questionPath(slug)), site));
	return new Response(await buildApkg(GUIDE_TITLE, notes, { topic: props.name }), { headers: { 'Content-Type': 'application/octet-stream' } });
};
