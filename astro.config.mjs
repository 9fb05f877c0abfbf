// @ts-check
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import buildMemory from './src/integrations/build-memory.ts';
import handOff from './src/integrations/hand-off.ts';
import onDemandChunks from './src/integrations/on-demand-chunks.ts';
import publishedUrls from './src/integrations/published-urls.ts';
import secondarySearchIndex from './src/search/secondary-index.ts';
import { STARLIGHT_INLINE_SCRIPT_HASHES } from './src/security/starlight-inline-scripts.ts';
import { GUIDE_TITLE } from './src/lib/guide-pages.ts';
import { SPECULATION_RULES, SPECULATION_RULES_HASH } from './src/lib/prefetch-rules.ts';

/**
 * Starlight hands its `pagefind` options to Pagefind's search UI through this virtual module, but
 * its config schema only accepts ranking options. The guide's options (src/search/ui-config.ts)
 * also search as the reader types, drop question words from queries and merge in the concept and
 * topic index.
 */
const searchOptions = {
	name: 'guide:pagefind-options',
	enforce: /** @type {const} */ ('pre'),
	resolveId(/** @type {string} */ id) {
		return id === 'virtual:starlight/pagefind-config' ? fileURLToPath(new URL('./src/search/ui-config.ts', import.meta.url)) : undefined;
	},
};

export default defineConfig({
	// Links are prefetched by the browser's Speculation Rules instead (src/lib/prefetch-rules.ts).
	prefetch: false,
	// `import url from './x.ts?on-demand'`: code loaded on first use (src/integrations/on-demand-chunks.ts).
	vite: { plugins: [searchOptions, onDemandChunks()] },
	// Builds that run side by side (tests, the benchmark) each keep their own content cache.
	...(process.env.GUIDE_CACHE_DIR && { cacheDir: process.env.GUIDE_CACHE_DIR }),
	security: {
		// Every page gets a Content-Security-Policy <meta> with hashes of its own scripts and styles;
		// no 'unsafe-inline'. Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval'.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: [...STARLIGHT_INLINE_SCRIPT_HASHES, SPECULATION_RULES_HASH],
			},
			// Starlight's icons and Pagefind's results set style attributes; styles cannot run code.
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	markdown: {
		// The guide's own pages (content/docs/) use GFM tables; question answers never pass through
		// Markdown rendering at all: they are read as text and escaped by Astro.
		processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
	},
	integrations: [
		buildMemory(),
		starlight({
			title: GUIDE_TITLE,
			description:
				'Interview questions with great, mediocre and poor sample answers, and what separates them.',
			routeMiddleware: './src/route-middleware.ts',
			head: [{ tag: 'script', attrs: { type: 'speculationrules' }, content: SPECULATION_RULES }],
			customCss: ['./src/styles/guide.css', './src/styles/study.css', './src/styles/print.css', './src/styles/search.css'],
			// The search index is written after Astro's process has exited (src/build-tools/build.ts), so
			// that Pagefind's memory never adds to Astro's; the dialog is Starlight's own.
			pagefind: false,
			// The sidebar carries the guide's script; Search is Starlight's, which it only renders when
			// overridden once `pagefind` is off; the others replace parts of Starlight the guide does not
			// use with nothing, so that their scripts and styles are not on every page.
			components: Object.fromEntries(
				['Sidebar', 'Search', 'LanguageSelect', 'Hero', 'Banner', 'DraftContentNotice', 'FallbackContentNotice'].map((name) => [name, `./src/components/overrides/${name}.astro`]),
			),
			// Links written in Markdown (content/docs/); links made by components are checked in the
			// built HTML by tests/e2e/quality-gates.test.ts.
			plugins: [starlightLinksValidator()],
			lastUpdated: false,
			// The guide's own 404 page (src/pages/404.astro) links back to the questions.
			disable404Route: true,
		}),
		publishedUrls(),
		secondarySearchIndex(),
		// Last: hands the site to src/build-tools/build.ts, which indexes it, gives each page its own
		// policy hashes, removes search-only data and writes the host files (README, Deploying).
		handOff(),
	],
});
