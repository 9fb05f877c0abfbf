/**
 * Replaces Starlight's configured sidebar with one built from the question collection, so that
 * every page, including Starlight's own, shows the guide's pages and its topics, the current
 * page's topic opened on its questions.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { buildSidebar } from './lib/guide.ts';
import { getGuideData } from './lib/guide-data.ts';
import { GUIDE_PAGES } from './lib/guide-pages.ts';
import { escapeHtml } from './lib/text.ts';
import { withBase } from './lib/urls.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = buildSidebar((await getGuideData()).sidebar, context.url.pathname, (path) => withBase(path), GUIDE_PAGES);
	// Starlight writes head entries as raw HTML, and a page's title is a question's text, which is
	// data: a question containing "</title><script>" must stay text.
	route.head = route.head.map((entry) =>
		entry.tag === 'title' && entry.content ? { ...entry, content: escapeHtml(entry.content) } : entry,
	);
});
