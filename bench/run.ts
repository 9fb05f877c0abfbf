/**
 * `npm run bench [-- --sizes 19,250,1000]`
 *
 * For each size N: generates a document of N questions from the seed, imports it with the real
 * importer CLI, builds it as `npm run build` does into temporary folders, then prints one
 * table: build time (import included), peak memory of the build's process tree, dist/ size, the
 * gzip weight of a first visit to a question page (search excluded), the Pagefind index size and
 * how long search takes to show results in Chromium (on a question page and on the home page). Then it builds plain Starlight on the first
 * size's questions (bench/plain-starlight.ts) and prints the question page's first-visit weight
 * and requests beside it, with the ratio (`--compare false` skips it). Then the concept matcher's time on texts of
 * 1x, 4x and 16x a base size. It prints figures and judges nothing; docs/benchmark.md keeps the
 * latest table.
 */
import { spawn } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGlossary } from '../src/analysis/glossary-files.ts';
import { compileMatcher } from '../src/analysis/matcher.ts';
import { redirectTarget } from '../src/lib/redirects.ts';
import { TIERS } from '../src/questions/tiers.ts';
import { launchBrowser } from '../src/build-tools/chromium.ts';
import { ASTRO_CLI, BUILD_SCRIPT, buildEnvironment, PROJECT_ROOT, serveSite } from '../src/build-tools/site.ts';
import { curateTopics, generatedQuestion, readSeed, writeGeneratedDocument, type Seed } from '../src/build-tools/generate-document.ts';
import { firstVisitWeight, type PageWeight } from '../src/build-tools/page-weight.ts';
import { folderSize, median, searchTimes, watchPeakMemory, type PeakMemory } from './measure.ts';
import { plainQuestionPath, writePlainStarlightProject } from './plain-starlight.ts';
import { checkTimes, quizCodeWeight, quizDataWeight } from './quiz.ts';

const QUERIES = ['token bucket', 'circuit breaker', 'database migration', 'cache invalidation', 'JWT', 'message queue', 'rollback', 'composite index', 'monitoring', 'microservices'];

/** Runs a command to the end; resolves with its wall time and the peak memory of its process tree. */
function run(args: string[], env: NodeJS.ProcessEnv, cwd = PROJECT_ROOT): Promise<{ ms: number; peak: PeakMemory; output: string }> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(process.execPath, args, { cwd, env });
		const memory = watchPeakMemory(child.pid!);
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', async (code) => {
			const ms = performance.now() - start;
			const peak = await memory.stop();
			if (code === 0) resolve({ ms, peak, output });
			else reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
		});
	});
}

interface Row {
	n: number;
	importMs: number;
	buildMs: number;
	peak: PeakMemory;
	dist: number;
	weight: PageWeight;
	pagefind: number;
	searchShown: number;
	searchEngine: number;
	/** Typed → shown on the home page, which lists every question. */
	searchShownHome: number;
	quizCode: number;
	/** The glossary's names and question 1's ideas, which the quiz fetches as it starts. */
	quizData: number;
}

async function benchSize(seed: Seed, n: number, keep: boolean): Promise<Row> {
	const work = await mkdtemp(join(tmpdir(), `bench-${n}-`));
	try {
		const document = join(work, `generated-${n}.txt`);
		const questions = join(work, 'questions');
		const outDir = join(work, 'dist');
		const manifest = join(work, 'published-urls.txt');
		await mkdir(questions);
		await writeFile(manifest, '');
		await writeGeneratedDocument(document, n, seed);
		process.stderr.write(`N = ${n}: importing… `);
		const imported = await run(['src/importer/cli.ts', document, '--out', questions], buildEnvironment());
		// The importer leaves topics empty; a person curating the guide adds them. (Not timed.)
		await curateTopics(seed, questions);
		process.stderr.write('building… ');
		const built = await run(
			[BUILD_SCRIPT, '--outDir', outDir],
			buildEnvironment({ GUIDE_QUESTIONS_DIR: questions, GUIDE_URL_MANIFEST: manifest, GUIDE_CACHE_DIR: join(work, 'cache') }),
		);
		// The question numbered 1, wherever its slug leads: /q/1/ redirects to it.
		const pagePath = redirectTarget(await readFile(join(outDir, 'q', '1', 'index.html'), 'utf8'))!;
		const weight = await firstVisitWeight(outDir, pagePath);
		process.stderr.write('searching… ');
		const site = await serveSite(outDir);
		const browser = await launchBrowser();
		let times, homeTimes;
		try {
			times = await searchTimes(browser, `${site.origin}${pagePath}`, QUERIES);
			// The home page lists every question: search there also has that page behind its dialog.
			homeTimes = await searchTimes(browser, `${site.origin}/`, QUERIES);
		} finally {
			await browser.close();
			await site.stop();
		}
		process.stderr.write(`done: build ${seconds(built.ms)}, memory ${mb(built.peak.tree)} tree / ${mb(built.peak.largestProcess)} largest process\n`);
		process.stderr.write(`  question page: ${weightLine(weight)}\n`);
		return {
			n,
			importMs: imported.ms,
			buildMs: built.ms,
			peak: built.peak,
			dist: await folderSize(outDir),
			weight,
			pagefind: await folderSize(join(outDir, 'pagefind')),
			searchShown: median(times.shown),
			searchEngine: median(times.engine),
			searchShownHome: median(homeTimes.shown),
			quizCode: await quizCodeWeight(outDir),
			quizData: await quizDataWeight(outDir, pagePath.split('/').filter(Boolean).at(-1)!),
		};
	} finally {
		if (keep) process.stderr.write(`kept ${work}\n`);
		else await rm(work, { recursive: true, force: true });
	}
}

interface PlainRow {
	n: number;
	buildMs: number;
	peak: PeakMemory;
	weight: PageWeight;
}

/** Plain Starlight building the same generated questions (bench/plain-starlight.ts); its question 1 page weighed the same way. */
async function benchPlainStarlight(seed: Seed, n: number, keep: boolean): Promise<PlainRow> {
	// Inside the project, so that the plain site resolves Astro and Starlight from its node_modules.
	const work = await mkdtemp(join(PROJECT_ROOT, `.bench-plain-${n}-`));
	try {
		process.stderr.write(`plain Starlight, N = ${n}: building… `);
		const questions = Array.from({ length: n }, (_, index) => generatedQuestion(seed, index));
		const root = await writePlainStarlightProject(work, questions);
		const outDir = join(work, 'dist');
		const built = await run([ASTRO_CLI, 'build', '--outDir', outDir], buildEnvironment(), root);
		const weight = await firstVisitWeight(outDir, plainQuestionPath(questions[0]!.position));
		process.stderr.write(`done: build ${seconds(built.ms)}, memory ${mb(built.peak.tree)} tree / ${mb(built.peak.largestProcess)} largest process\n`);
		process.stderr.write(`  question page: ${weightLine(weight)}\n`);
		return { n, buildMs: built.ms, peak: built.peak, weight };
	} finally {
		if (keep) process.stderr.write(`kept ${work}\n`);
		else await rm(work, { recursive: true, force: true });
	}
}

/** The matcher's time on the seed's answers repeated 1, 4 and 16 times (varied, not copied). */
async function matcherScaling(seed: Seed) {
	const matcher = compileMatcher(await loadGlossary(join(PROJECT_ROOT, 'content/concepts')));
	const text = (copies: number) =>
		Array.from({ length: copies * seed.questions.length }, (_, index) =>
			TIERS.map((tier) => generatedQuestion(seed, index).tiers[tier]).join('\n\n'),
		).join('\n\n');
	const rows = [];
	for (const factor of [1, 4, 16]) {
		const sample = text(factor);
		matcher.find(sample); // warm up
		const runs = Array.from({ length: 5 }, () => {
			const start = performance.now();
			matcher.find(sample);
			return performance.now() - start;
		});
		rows.push({ factor, kb: sample.length / 1024, ms: median(runs) });
	}
	return rows;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const weightLine = (weight: PageWeight) => `${kb(weight.total)} gzip (HTML ${kb(weight.html)}, CSS ${kb(weight.css)}, JS ${kb(weight.js)}), ${weight.files.length + 1} requests`;

async function main() {
	const { values } = parseArgs({
		args: process.argv.slice(2),
		options: {
			sizes: { type: 'string', default: '19,250,1000' },
			// The plain Starlight comparison is made on the first size; `--compare false` skips it.
			compare: { type: 'string', default: 'true' },
			keep: { type: 'boolean', default: false },
		},
	});
	const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
	if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: expected whole numbers such as 19,250, got "${values.sizes}"`);
	const seed = await readSeed();
	const rows: Row[] = [];
	rows.push(await benchSize(seed, sizes[0]!, values.keep));
	const plain = values.compare === 'false' ? undefined : await benchPlainStarlight(seed, sizes[0]!, values.keep);
	for (const n of sizes.slice(1)) rows.push(await benchSize(seed, n, values.keep));

	const cpu = cpus();
	console.log(`Benchmark of ${new Date().toISOString().slice(0, 10)} on ${cpu.length} cores (${cpu[0]?.model.trim()}), Node ${process.version}\n`);
	console.log('| N | build (import incl.) | per question | peak memory: tree / largest process | dist/ | question page, first visit (gzip) | HTML / CSS / JS | Pagefind index | search: typed → shown (median) | the same on the home page | search engine alone (median) | quiz on start: code + data (gzip) |');
	console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const row of rows) {
		const total = row.importMs + row.buildMs;
		console.log(
			`| ${row.n} | ${seconds(total)} (import ${seconds(row.importMs)}) | ${(total / row.n).toFixed(0)} ms | ${mb(row.peak.tree)} / ${mb(row.peak.largestProcess)} | ${mb(row.dist)} | ${kb(row.weight.total)} | ${kb(row.weight.html)} / ${kb(row.weight.css)} / ${kb(row.weight.js)} | ${mb(row.pagefind)} | ${row.searchShown.toFixed(0)} ms | ${row.searchShownHome.toFixed(0)} ms | ${row.searchEngine.toFixed(0)} ms | ${kb(row.quizCode)} + ${kb(row.quizData)} |`,
		);
	}
	if (plain) {
		const guide = rows[0]!;
		const requests = (weight: PageWeight) => weight.files.length + 1;
		console.log(`\nQuestion page, first visit, against plain Starlight rendering the same ${plain.n} questions (bench/plain-starlight.ts):\n`);
		console.log('| | gzip total | HTML / CSS / JS | requests | build | peak memory: tree / largest process |');
		console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
		for (const [name, row, build] of [['plain Starlight', plain, plain.buildMs], ['this guide', guide, guide.importMs + guide.buildMs]] as const) {
			console.log(`| ${name} | ${kb(row.weight.total)} | ${kb(row.weight.html)} / ${kb(row.weight.css)} / ${kb(row.weight.js)} | ${requests(row.weight)} | ${seconds(build)} | ${mb(row.peak.tree)} / ${mb(row.peak.largestProcess)} |`);
		}
		console.log(`| ratio | ${(guide.weight.total / plain.weight.total).toFixed(2)}x | | ${requests(guide.weight) - requests(plain.weight) >= 0 ? '+' : ''}${requests(guide.weight) - requests(plain.weight)} | | |`);
	}
	console.log(`\nSearch queries: ${QUERIES.map((query) => `"${query}"`).join(', ')}.`);
	console.log('\nConcept matcher on a text of 1x, 4x and 16x the seed’s answers (median of 5 runs):\n');
	console.log('| size | text | time | per KB |');
	console.log('| ---: | ---: | ---: | ---: |');
	for (const row of await matcherScaling(seed)) {
		console.log(`| ${row.factor}x | ${row.kb.toFixed(0)} KB | ${row.ms.toFixed(1)} ms | ${(row.ms / row.kb).toFixed(3)} ms |`);
	}
	const checks = await checkTimes(PROJECT_ROOT);
	console.log(`\nCheck my answer on the ${checks.answers} labelled practice answers: median ${checks.medianMs.toFixed(1)} ms, slowest ${checks.maxMs.toFixed(1)} ms per check.`);
}

await main();
