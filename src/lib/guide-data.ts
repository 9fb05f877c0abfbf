/**
 * The guide's one way into Astro's content collections: every page, endpoint and the route
 * middleware get the questions, their analysis and the topics from here. A build computes it once;
 * the dev server recomputes it on every call, as question and concept files may change in between.
 */
import { getCollection } from 'astro:content';
import { guideData, type GuideData } from './guide-model.ts';

export type { GuideData, Question } from './guide-model.ts';

let built: Promise<GuideData> | undefined;

export function getGuideData(): Promise<GuideData> {
	if (!import.meta.env.PROD) return load();
	built ??= load();
	return built;
}

async function load(): Promise<GuideData> {
	const [questions, concepts] = await Promise.all([getCollection('questions'), getCollection('concepts')]);
	return guideData(
		questions.map((entry) => ({ ...entry.data, filePath: entry.filePath })),
		new Map(concepts.map((entry) => [entry.id, entry.data])),
	);
}
