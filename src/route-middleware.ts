/**
 * Replaces Starlight's configured sidebar with one built from the question collection, so that
 * every page, including Starlight's own, shows the guide's pages and its topics, the current
 * page's topic opened on its questions.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { buildSidebar, sidebarIndex, type SidebarIndex } from './lib/guide.ts';
import { GUIDE_PAGES } from './lib/guide-pages.ts';
import { escapeHtml } from './lib/text.ts';
import { withBase } from './lib/urls.ts';

let built: Promise<SidebarIndex> | undefined;

/**
 * The topics and where each page sits in them: computed once per build, not once per page (a
 * build of N pages would otherwise do O(N²) work). The dev server recomputes it for each request,
 * as question files may change in between.
 */
function guideIndex(): Promise<SidebarIndex> {
	const load = async () => sidebarIndex((await getCollection('questions')).map((entry) => entry.data));
	if (!import.meta.env.PROD) return load();
	built ??= load();
	return built;
}

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = buildSidebar(await guideIndex(), context.url.pathname, (path) => withBase(path), GUIDE_PAGES);
	// Starlight writes head entries as raw HTML, and a page's title is a question's text, which is
	// data: a question containing "</title><script>" must stay text.
	route.head = route.head.map((entry) =>
		entry.tag === 'title' && entry.content ? { ...entry, content: escapeHtml(entry.content) } : entry,
	);
});
