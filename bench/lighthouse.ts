/**
 * `npm run lighthouse`
 *
 * Builds the site into a temporary folder (with its own Astro cache), serves it with Astro's
 * preview server, and runs Lighthouse on Lighthouse's default mobile settings against the home
 * page, a question page and a concept page, each in a fresh Debian Chromium (no browser is
 * downloaded). Prints the four category scores per page with their targets, then, for every
 * score below its target, the audits that cost points and what they point at. It is a report, not
 * a test: scores vary with the machine's load, so it judges nothing and exits 0 once it has printed.
 *
 * `npm run lighthouse -- --json some/folder` also keeps each page's full report there
 * (open it in Lighthouse's report viewer).
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_PATH } from '../src/build-tools/chromium.ts';
import { buildSite, serveSite } from '../src/build-tools/site.ts';

const PAGES = ['/', '/questions/rate-limiting/', '/concepts/token-bucket/'];

const CATEGORIES = [
	{ id: 'performance', label: 'performance', target: 98 },
	{ id: 'accessibility', label: 'accessibility', target: 100 },
	{ id: 'best-practices', label: 'best practices', target: 100 },
	{ id: 'seo', label: 'SEO', target: 100 },
] as const;

const CHROMIUM_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** How long one page's Lighthouse run may take before it is given up (the machine has no internet). */
const PAGE_TIMEOUT_MS = 180_000;

/** Starts Chromium with a fresh profile and a DevTools port of its choosing; resolves once it listens. */
async function launchChromium() {
	const profile = await mkdtemp(join(tmpdir(), 'lighthouse-profile-'));
	const child = spawn(CHROMIUM_PATH, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const port = await new Promise<number>((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port within 30 s:\n${output}`)), 30_000);
		child.stderr.on('data', (chunk) => {
			output += chunk;
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(Number(match[1]));
			}
		});
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`Chromium (${CHROMIUM_PATH}) exited with ${code}:\n${output}`)));
	});
	return {
		port,
		async close() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
			await rm(profile, { recursive: true, force: true, maxRetries: 3 });
		},
	};
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One Lighthouse run (default config: mobile emulation, simulated throttling) in a fresh Chromium. */
async function audit(url: string): Promise<Result> {
	const chromium = await launchChromium();
	try {
		const result = await withTimeout(
			lighthouse(url, {
				port: chromium.port,
				logLevel: 'error',
				output: 'json',
				onlyCategories: CATEGORIES.map((category) => category.id),
			}),
			PAGE_TIMEOUT_MS,
			`Lighthouse on ${url}`,
		);
		if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
		return result.lhr;
	} finally {
		await chromium.close();
	}
}

const score = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 100));

type Json = Record<string, unknown>;

const oneLine = (text: string, max = 240) => {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** A table cell as text: an element's selector and snippet, a URL, a source location, code or a number. */
function cell(value: unknown): string | undefined {
	if (value === null || value === undefined || value === '') return undefined;
	if (typeof value !== 'object') return typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : String(value);
	const item = value as Json;
	if (item.type === 'node') return [item.selector, item.snippet].filter(Boolean).join('  ') || String(item.nodeLabel ?? '');
	if (item.type === 'source-location') return `${item.url}:${Number(item.line) + 1}:${Number(item.column) + 1}`;
	if (item.type === 'url' || item.type === 'code' || item.type === 'text') return String(item.value);
	return undefined;
}

/** The longest request chain of a network tree, as "url (ms) → url (ms) …". */
function longestChain(chains: Json): string {
	const steps: string[] = [];
	let level: Json | undefined = chains;
	while (level && Object.keys(level).length > 0) {
		const nodes = Object.values(level) as Json[];
		const next: Json = nodes.find((node) => node.isLongest) ?? nodes[0]!;
		steps.push(`${String(next.url).replace(/^https?:\/\/[^/]+/, '')} (${next.navStartToEndTime} ms)`);
		level = next.children as Json | undefined;
	}
	return steps.join(' → ');
}

/**
 * What an audit's details point at — elements (selector and snippet), resources (URL), source
 * locations — a few rows of each table, walking into the lists and sections that insights use.
 */
function detailLines(details: unknown, limit = 6): string[] {
	if (!details || typeof details !== 'object') return [];
	const node = details as Json;
	switch (node.type) {
		case 'list':
			return (node.items as unknown[]).flatMap((item) => detailLines(item, limit));
		case 'list-section': {
			const inner = detailLines(node.value, limit);
			const text = cell(node.value);
			if (text !== undefined) return [`${node.title ?? ''}: ${oneLine(text)}`];
			return node.title ? [`${node.title}:`, ...inner.map((line) => `  ${line}`)] : inner;
		}
		case 'network-tree':
			return [`longest chain: ${longestChain(node.chains as Json)}`];
		case 'checklist':
			return Object.entries(node.items as Record<string, { label: string; value: boolean }>)
				.filter(([, check]) => !check.value)
				.map(([, check]) => `not met: ${check.label}`);
		case 'table':
		case 'opportunity': {
			const items = (node.items as Json[]) ?? [];
			const lines: string[] = [];
			for (const item of items.slice(0, limit)) {
				const parts = Object.entries(item)
					.filter(([key]) => key !== 'subItems' && key !== 'entity')
					.map(([key, value]) => [key, cell(value)] as const)
					.filter(([, text]) => text !== undefined)
					.map(([key, text]) => `${key}: ${oneLine(text!)}`);
				if (parts.length > 0) lines.push(parts.join(' | '));
				for (const subItem of ((item.subItems as { items?: Json[] } | undefined)?.items ?? []).slice(0, 3)) {
					const subParts = Object.entries(subItem)
						.map(([key, value]) => [key, cell(value)] as const)
						.filter(([, text]) => text !== undefined)
						.map(([key, text]) => `${key}: ${oneLine(text!, 200)}`);
					if (subParts.length > 0) lines.push(`  └ ${subParts.join(' | ')}`);
				}
			}
			if (items.length > limit) lines.push(`… and ${items.length - limit} more`);
			return lines;
		}
		default:
			return [];
	}
}

/** The audits of a category that cost it points, worst first; for performance, the metrics too. */
function lostPoints(lhr: Result, categoryId: string): string[] {
	const category = lhr.categories[categoryId];
	if (!category) return [];
	const lines: string[] = [];
	if (categoryId === 'performance') {
		const metrics = category.auditRefs
			.filter((ref) => ref.group === 'metrics')
			.map((ref) => lhr.audits[ref.id]!)
			.map((metric) => `${metric.title} ${metric.displayValue ?? ''} (score ${score(metric.score)})`);
		lines.push(`    metrics: ${metrics.join('; ')}`);
	}
	const failing = category.auditRefs
		.map((ref) => ({ ref, result: lhr.audits[ref.id]! }))
		.filter(({ result }) => result.score !== null && !['notApplicable', 'informative', 'manual', 'error'].includes(result.scoreDisplayMode))
		// Binary audits fail below 1; scored ones count as passed from 0.9 on, as in Lighthouse's report.
		.filter(({ result }) => result.score! < (result.scoreDisplayMode === 'binary' ? 1 : 0.9))
		.filter(({ ref }) => categoryId !== 'performance' || ref.group !== 'metrics')
		.sort((a, b) => b.ref.weight - a.ref.weight || (a.result.score ?? 0) - (b.result.score ?? 0));
	for (const { ref, result } of failing) {
		lines.push(`    ${result.id} — ${result.title} (score ${score(result.score)}, weight ${ref.weight}${result.displayValue ? `, ${result.displayValue}` : ''})`);
		if (result.explanation) lines.push(`      explanation: ${result.explanation}`);
		for (const line of detailLines(result.details)) lines.push(`      ${line}`);
	}
	for (const result of category.auditRefs.map((ref) => lhr.audits[ref.id]!).filter((result) => result.scoreDisplayMode === 'error')) {
		lines.push(`    (audit could not run) ${result.id} — ${result.title}: ${result.errorMessage ?? ''}`);
	}
	return lines;
}

async function main() {
	const { values } = parseArgs({ args: process.argv.slice(2), options: { json: { type: 'string' } } });
	const work = await mkdtemp(join(tmpdir(), 'lighthouse-'));
	try {
		const outDir = join(work, 'dist');
		process.stderr.write('building… ');
		await buildSite(['--outDir', outDir], { GUIDE_CACHE_DIR: join(work, 'cache') });
		const site = await serveSite(outDir);
		const results: Array<{ page: string; lhr: Result }> = [];
		try {
			for (const page of PAGES) {
				process.stderr.write(`${page}… `);
				results.push({ page, lhr: await audit(`${site.origin}${page}`) });
			}
		} finally {
			await site.stop();
		}
		process.stderr.write('done\n');
		if (values.json) {
			const folder = resolve(process.env.INIT_CWD ?? process.cwd(), values.json);
			await mkdir(folder, { recursive: true });
			for (const { page, lhr } of results) {
				const name = page.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
				await writeFile(join(folder, `${name}.report.json`), JSON.stringify(lhr, null, '\t'));
			}
			process.stderr.write(`reports kept in ${folder}\n`);
		}

		const lighthouseVersion = results[0]?.lhr.lighthouseVersion ?? '?';
		const browserVersion = results[0]?.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? '?';
		console.log(`Lighthouse ${lighthouseVersion}, ${browserVersion}, mobile (default emulation, simulated throttling), ${new Date().toISOString().slice(0, 16)}Z\n`);
		console.log(`| page | ${CATEGORIES.map((category) => `${category.label} (target ${category.id === 'performance' ? '>= ' : ''}${category.target})`).join(' | ')} |`);
		console.log(`| --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`);
		for (const { page, lhr } of results) {
			console.log(`| ${page} | ${CATEGORIES.map((category) => score(lhr.categories[category.id]?.score) ?? 'n/a').join(' | ')} |`);
		}

		for (const { page, lhr } of results) {
			const below = CATEGORIES.filter((category) => (score(lhr.categories[category.id]?.score) ?? 0) < category.target);
			if (below.length === 0 && lhr.runWarnings.length === 0) continue;
			console.log(`\n${page}`);
			for (const warning of lhr.runWarnings) console.log(`  warning: ${warning}`);
			for (const category of below) {
				console.log(`  ${category.label}: ${score(lhr.categories[category.id]?.score) ?? 'n/a'} (target ${category.id === 'performance' ? '>= ' : ''}${category.target})`);
				for (const line of lostPoints(lhr, category.id)) console.log(line);
			}
		}
	} finally {
		await rm(work, { recursive: true, force: true, maxRetries: 3 });
	}
}

await main();
// Lighthouse can leave sockets or timers behind; the report is printed, so end here.
process.exit(0);
