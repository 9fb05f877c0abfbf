/**
 * After the build and the search index: each page keeps only its own hashes in its
 * Content-Security-Policy (src/security/page-policy.ts) and loses what only the index needed
 * (src/search/search-only.ts). Runs after Starlight's Pagefind step and before the host headers
 * are written from the pages' policies.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withoutSearchOnlyData } from '../search/search-only.ts';
import { ownPolicy } from '../security/page-policy.ts';
import { FILE_CONCURRENCY, mapLimited } from '../lib/map-limited.ts';

export default function finishPages(): AstroIntegration {
	return {
		name: 'guide:finish-pages',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
				let changed = 0;
				await mapLimited(pages, FILE_CONCURRENCY, async (file) => {
					const path = join(dist, file);
					const html = await readFile(path, 'utf8');
					const finished = ownPolicy(withoutSearchOnlyData(html));
					if (finished === html) return;
					await writeFile(path, finished);
					changed += 1;
				});
				logger.info(`${changed} of ${pages.length} pages: own policy hashes, search-only data removed`);
			},
		},
	};
}
