/**
 * `npm run eval:search [-- --dist dist] [--labels file] [--content folder]`: builds the site (or
 * reads a built one), serves it, and runs every labelled query of tests/search-labels/queries.yaml
 * (or `--labels`) through Pagefind in Chromium with
 * the search dialog's own options. Prints, for the tune and held-out sets, the share of queries
 * with an expected question in the first three results, the share whose first result is a
 * question page, and every concept page ranked above a question page containing the query's words.
 * `--baseline` searches a build made before this search existed: the query as typed, Pagefind's
 * default ranking, one index. `--content` builds from another folder of question files (imported
 * documents the search was never tuned on), with an empty URL manifest: none of the guide's
 * published pages is in it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { buildSite } from '../../build-tools/site.ts';
import { SEARCH_WORDS_FILE, SECONDARY_INDEX_FOLDER, searchOptions } from '../options.ts';
import { Vocabulary } from '../vocabulary.ts';
import { labelledQueriesSchema, scoreQuery, summarize, type QueryScore, type RankedResult } from '../evaluate.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DEFAULT_LABELS = join(ROOT, 'tests/search-labels/queries.yaml');
const TARGETS = { expectedInTopThree: 0.96, firstIsQuestion: 0.92 };
/** Results read per query: enough to see concept pages ranked above answering questions. */
const RESULTS_READ = 10;

const { values } = parseArgs({
	options: { dist: { type: 'string' }, baseline: { type: 'boolean', default: false }, labels: { type: 'string' }, content: { type: 'string' } },
});
if (values.dist && values.content) throw new Error('eval:search: --content builds the site, --dist reads a built one: give one of them');
const labelsPath = values.labels ? resolve(values.labels) : DEFAULT_LABELS;
const labels = labelledQueriesSchema.parse(parse(await readFile(labelsPath, 'utf8')));

let dist = values.dist ? resolve(values.dist) : undefined;
let built: string | undefined;
if (!dist) {
	built = await mkdtemp(join(tmpdir(), 'guide-eval-search-'));
	dist = join(built, 'dist');
	const env: Record<string, string> = {};
	if (values.content) {
		const manifest = join(built, 'published-urls.txt');
		await writeFile(manifest, '');
		Object.assign(env, { GUIDE_QUESTIONS_DIR: resolve(values.content), GUIDE_URL_MANIFEST: manifest });
	}
	process.stderr.write('building… ');
	await buildSite(['--outDir', dist], env);
}

const server = await preview({ root: ROOT, outDir: dist, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
const origin = `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
	const api = (await (await fetch(`${origin}/api/questions.json`)).json()) as { questions: { slug: string; tiers: Record<string, string> }[] };
	const answers = new Map(api.questions.map((question) => [question.slug, Object.values(question.tiers).join('\n')]));
	const page = await browser.newPage();
	await page.goto(`${origin}/`);
	const vocabulary = values.baseline ? undefined : new Vocabulary(JSON.parse(await readFile(join(dist, SECONDARY_INDEX_FOLDER, SEARCH_WORDS_FILE), 'utf8')) as string[]);
	const options = values.baseline ? { ranking: {}, mergeIndex: [], processTerm: (query: string) => query } : searchOptions('/', () => vocabulary);
	await page.evaluate(async ({ ranking, mergeIndex, bundle }) => {
		const pagefind = await import(bundle);
		await pagefind.options({ ranking, baseUrl: '/' });
		for (const { bundlePath, indexWeight } of mergeIndex) await pagefind.mergeIndex(bundlePath, { indexWeight });
		(window as unknown as { guidePagefind: unknown }).guidePagefind = pagefind;
	}, { ranking: options.ranking, mergeIndex: options.mergeIndex, bundle: '/pagefind/pagefind.js' });

	const run = async (set: 'tune' | 'heldOut') => {
		const scores: QueryScore[] = [];
		for (const query of labels[set]) {
			const results: RankedResult[] = await page.evaluate(
				async ({ term, count }) => {
					type Found = { url: string; meta: { Type?: string } };
					const pagefind = (window as unknown as { guidePagefind: { search(term: string): Promise<{ results: { data(): Promise<Found> }[] }> } }).guidePagefind;
					const { results } = await pagefind.search(term);
					const found = await Promise.all(results.slice(0, count).map((result) => result.data()));
					return found.map(({ url, meta }) => ({ path: url.replace(/#.*$/, ''), type: meta.Type as RankedResult['type'] }));
				},
				{ term: options.processTerm(query.query), count: RESULTS_READ },
			);
			scores.push(scoreQuery(query, results, answers));
		}
		return scores;
	};

	const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
	for (const set of ['tune', 'heldOut'] as const) {
		const scores = await run(set);
		const summary = summarize(scores);
		console.log(`\n${set}: ${summary.queries} queries`);
		console.log(`  expected question in the first three: ${percent(summary.expectedInTopThree)} (target ${percent(TARGETS.expectedInTopThree)})`);
		console.log(`  first result a question page:         ${percent(summary.firstIsQuestion)} (target ${percent(TARGETS.firstIsQuestion)})`);
		console.log(`  concept page above a question containing the query's words: ${summary.conceptAboveAnsweringQuestion} queries`);
		for (const kind of new Set(scores.map((score) => score.query.kind))) {
			const ofKind = summarize(scores.filter((score) => score.query.kind === kind));
			console.log(`    ${kind.padEnd(12)} ${ofKind.queries} queries: top three ${percent(ofKind.expectedInTopThree)}, first a question ${percent(ofKind.firstIsQuestion)}`);
		}
		for (const score of scores) {
			if (score.expectedInTopThree && score.firstIsQuestion && score.conceptsAboveAnsweringQuestion.length === 0) continue;
			console.log(`  ✗ "${score.query.query}" (${score.query.kind}) → ${score.topThree.join(', ') || 'no results'}${score.conceptsAboveAnsweringQuestion.length > 0 ? `; concepts above an answering question: ${score.conceptsAboveAnsweringQuestion.join(', ')}` : ''}`);
		}
	}
} finally {
	await browser.close();
	await server.stop();
	if (built) await rm(built, { recursive: true, force: true });
}
