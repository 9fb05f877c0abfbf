/**
 * The built pages around the search index. Before it (`beforeIndexing`, listed ahead of
 * Starlight, whose Pagefind step runs in the same hook): pages outside the index are marked for
 * Pagefind to skip (src/search/index-scope.ts). After it (`finishPages`): each page keeps only its
 * own hashes in its Content-Security-Policy (src/security/page-policy.ts) and loses what only the
 * index needed (src/search/search-only.ts) and that mark. Runs before the host headers are written
 * from the pages' policies.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { skippedByIndexer, withoutIndexerSkip } from '../search/index-scope.ts';
import { withoutSearchOnlyData } from '../search/search-only.ts';
import { ownPolicy } from '../security/page-policy.ts';
import { FILE_CONCURRENCY, mapLimited } from '../lib/map-limited.ts';

/** Rewrites every HTML page under `dir` through `change`; returns how many changed, of how many. */
async function rewritePages(dir: URL, change: (html: string) => string): Promise<{ changed: number; pages: number }> {
	const dist = fileURLToPath(dir);
	const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
	let changed = 0;
	await mapLimited(pages, FILE_CONCURRENCY, async (file) => {
		const path = join(dist, file);
		const html = await readFile(path, 'utf8');
		const finished = change(html);
		if (finished === html) return;
		await writeFile(path, finished);
		changed += 1;
	});
	return { changed, pages: pages.length };
}

export function beforeIndexing(): AstroIntegration {
	return {
		name: 'guide:before-indexing',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { changed, pages } = await rewritePages(dir, skippedByIndexer);
				logger.info(`${changed} of ${pages} pages are outside the search index: marked for Pagefind to skip`);
			},
		},
	};
}

export default function finishPages(): AstroIntegration {
	return {
		name: 'guide:finish-pages',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { changed, pages } = await rewritePages(dir, (html) => ownPolicy(withoutSearchOnlyData(withoutIndexerSkip(html))));
				logger.info(`${changed} of ${pages} pages: own policy hashes, search-only data removed`);
			},
		},
	};
}
