// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import publishedUrls from './src/integrations/published-urls.ts';

export default defineConfig({
	// Builds that run side by side (tests, the benchmark) each keep their own content cache.
	...(process.env.GUIDE_CACHE_DIR && { cacheDir: process.env.GUIDE_CACHE_DIR }),
	markdown: {
		// The guide's own pages (content/docs/) use GFM tables; question answers never pass through
		// Markdown rendering at all: they are read as text and escaped by Astro.
		processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
	},
	integrations: [
		starlight({
			title: 'Interview Study Guide',
			description:
				'Interview questions with great, mediocre and poor sample answers, and what separates them.',
			routeMiddleware: './src/route-middleware.ts',
			customCss: ['./src/styles/guide.css', './src/styles/study.css', './src/styles/print.css'],
			components: { Sidebar: './src/components/overrides/Sidebar.astro' },
			lastUpdated: false,
			// The guide's own 404 page (src/pages/404.astro) links back to the questions.
			disable404Route: true,
		}),
		publishedUrls(),
	],
});
