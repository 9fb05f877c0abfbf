/**
 * The steps of a build after Astro's: `src/build-tools/build.ts` runs them once Astro's process
 * has exited, so that Pagefind's memory (1.9 GB at 5,000 questions) never adds to Astro's
 * (docs/benchmark.md). Two passes over the built pages, at most FILE_CONCURRENCY at a time:
 * - the pages Starlight marks `data-pagefind-body` go to Pagefind, as built, to be indexed; the
 *   others (concept pages, `/print/`, redirects) are never handed to it, since it would keep their
 *   text only to leave them out;
 * - then each page keeps only its own hashes in its Content-Security-Policy
 *   (src/security/page-policy.ts) and loses what only the index needed (src/search/search-only.ts);
 * - last, `_headers` and `_nginx.conf` for hosts, from the pages' policies.
 */
import { opendir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { FILE_CONCURRENCY, mapLimited } from '../lib/map-limited.ts';
import { withoutSearchOnlyData } from '../search/search-only.ts';
import { hostHeaderRules, renderHeadersFile, renderNginxLocations, unionPolicy } from '../security/host-headers.ts';
import { ownPolicy } from '../security/page-policy.ts';

/** What Astro's process hands over when its build is done (src/integrations/hand-off.ts). */
export interface BuiltSite {
	/** The output folder, an absolute path. */
	dir: string;
	/** The site's base path, ending in `/`. */
	base: string;
}

/** Starlight's mark on the content of a page it indexes; Pagefind leaves out every page without it. */
const INDEXED = 'data-pagefind-body';

const META_POLICY = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi;

/**
 * The HTML files under `dir`, as paths relative to it, in the order Pagefind's own directory walk
 * finds them (`index.addDirectory`, which Starlight used): depth first, each folder in the file
 * system's order. Pagefind numbers pages in the order they are added, so the index comes out byte
 * for byte as Starlight's step wrote it, ties in ranking included.
 */
async function htmlFiles(dir: string, folder = '', files: string[] = []): Promise<string[]> {
	for await (const entry of await opendir(join(dir, folder))) {
		const path = folder ? `${folder}/${entry.name}` : entry.name;
		if (entry.isDirectory()) await htmlFiles(dir, path, files);
		else if (entry.name.endsWith('.html')) files.push(path);
	}
	return files;
}

/** Fails with every message Pagefind gave, naming the step. */
function checked<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind (${step}): ${response.errors.join('; ')}`);
	return response;
}

/**
 * Writes the index of the pages Starlight marks for it, in walk order, and stops Pagefind. Pages
 * are read FILE_CONCURRENCY at a time as bytes, so that one outside the index (`/print/` is 118 MB
 * at 5,000 questions) is never decoded; each waits for the page before it to be added.
 */
async function writeIndex(dir: string, pages: readonly string[]): Promise<number> {
	const added = pages.map(() => Promise.withResolvers<void>());
	let indexed = 0;
	try {
		const { index } = checked('create', await pagefind.createIndex());
		if (!index) throw new Error('Pagefind (create): no index');
		await mapLimited(pages.keys().toArray(), FILE_CONCURRENCY, async (position) => {
			const file = pages[position]!;
			const bytes = await readFile(join(dir, file));
			const content = bytes.includes(INDEXED) ? bytes.toString('utf8') : undefined;
			await added[position - 1]?.promise;
			try {
				if (content === undefined) return;
				checked(`add ${file}`, await index.addHTMLFile({ sourcePath: file, content }));
				indexed += 1;
			} finally {
				added[position]!.resolve();
			}
		});
		checked('write', await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
	} finally {
		await pagefind.close();
	}
	return indexed;
}

/** Gives every page its own policy hashes and removes its search-only data; returns how many changed, and every policy. */
async function finishPages(dir: string, pages: readonly string[]): Promise<{ changed: number; policies: Set<string> }> {
	const policies = new Set<string>();
	let changed = 0;
	await mapLimited(pages, FILE_CONCURRENCY, async (file) => {
		const path = join(dir, file);
		const html = await readFile(path, 'utf8');
		const finished = ownPolicy(withoutSearchOnlyData(html));
		for (const [, policy] of finished.matchAll(META_POLICY)) policies.add(policy!.replaceAll('&#39;', "'"));
		if (finished === html) return;
		await writeFile(path, finished);
		changed += 1;
	});
	return { changed, policies };
}

/** Indexes, finishes and writes the host files of the site built in `dir`; `log` gets one line a step. */
export async function finishSite({ dir, base }: BuiltSite, log: (line: string) => void = console.log): Promise<void> {
	const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
	const pages = await htmlFiles(dir);
	let started = performance.now();
	const indexed = await writeIndex(dir, pages);
	log(`Indexed ${indexed} of ${pages.length} pages in /pagefind/ (${seconds(started)})`);
	// Only once Pagefind has exited: finishing a page holds it about five times over, 0.6 GB for
	// `/print/` at 5,000 questions, which would otherwise add to Pagefind's peak.
	started = performance.now();
	const { changed, policies } = await finishPages(dir, pages);
	log(`${changed} of ${pages.length} pages finished: own policy hashes, search-only data removed (${seconds(started)})`);

	if (policies.size === 0) throw new Error(`finish-site: no page in ${dir} has a Content-Security-Policy <meta>; is security.csp set?`);
	const policy = unionPolicy([...policies].sort());
	const entries = (await readdir(dir, { withFileTypes: true })).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
	await writeFile(join(dir, '_headers'), renderHeadersFile(hostHeaderRules(policy, { base, entries })));
	await writeFile(join(dir, '_nginx.conf'), renderNginxLocations(policy, base));
	log(`Wrote _headers and _nginx.conf (policy merged from ${policies.size} page polic${policies.size === 1 ? 'y' : 'ies'})`);
}
