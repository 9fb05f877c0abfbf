/**
 * Replaces Starlight's configured sidebar with one built from the question collection, so that
 * every page, including Starlight's own, shows the questions grouped by topic.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { buildSidebar } from './lib/guide.ts';
import { withBase } from './lib/urls.ts';

export const GUIDE_PAGES = [
	{ label: 'All questions', path: '/' },
	{ label: 'Concepts', path: '/concepts/' },
	{ label: 'How to use this guide', path: '/how-to-study/' },
];

export const onRequest = defineRouteMiddleware(async (context) => {
	const questions = (await getCollection('questions')).map((entry) => entry.data);
	context.locals.starlightRoute.sidebar = buildSidebar(
		questions,
		context.url.pathname,
		(path) => withBase(path),
		GUIDE_PAGES,
	);
});
