/**
 * The site-wide quality gates as functions over a built site, so that the real guide and a guide
 * built from hostile content are held to the same checks. Each returns what is wrong, named by page.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import type { BuiltPage } from './built-site.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function fileOf(dist: string, path: string): string {
	return join(dist, ...path.split('/').filter(Boolean), path.endsWith('/') ? 'index.html' : '');
}

/** Where a reference on `page` leads inside the site, or undefined for anything external. */
function internalTarget(page: BuiltPage, reference: string): { path: string; fragment: string | undefined } | undefined {
	const url = new URL(reference, `http://site.invalid${page.path}`);
	if (url.host !== 'site.invalid') return undefined;
	return { path: decodeURIComponent(url.pathname), fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
}

/** Internal links, scripts, stylesheets and #fragments that lead nowhere; any javascript: link. */
export function brokenLinks(dist: string, pages: readonly BuiltPage[]): string[] {
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const broken: string[] = [];
	for (const page of pages) {
		for (const reference of page.references) {
			if (/^javascript:/i.test(reference)) broken.push(`${page.path}: javascript: link ${reference}`);
			if (/^(mailto|javascript|data):/i.test(reference)) continue;
			const target = internalTarget(page, reference);
			if (!target) continue;
			if (!existsSync(fileOf(dist, target.path))) broken.push(`${page.path}: ${reference} (no such page or file)`);
			else if (target.fragment && target.fragment !== '_top' && !byPath.get(target.path)?.ids.has(target.fragment)) {
				broken.push(`${page.path}: ${reference} (no element with id "${target.fragment}")`);
			}
		}
	}
	return broken;
}

/** Content pages that no chain of links from the home page reaches. */
export function orphanPages(pages: readonly BuiltPage[]): string[] {
	const byPath = new Map(pages.map((page) => [page.path, page]));
	const reached = new Set(['/']);
	const queue = ['/'];
	while (queue.length > 0) {
		const page = byPath.get(queue.shift()!)!;
		for (const reference of page.references) {
			const target = internalTarget(page, reference);
			if (target && byPath.has(target.path) && !reached.has(target.path)) {
				reached.add(target.path);
				queue.push(target.path);
			}
		}
	}
	return pages.filter((page) => !page.redirect && page.path !== '/404.html' && !reached.has(page.path)).map((page) => page.path);
}

/** Pages without a Content Security Policy, with 'unsafe-inline' scripts, or with an inline script it does not allow. */
export function cspProblems(pages: readonly BuiltPage[]): string[] {
	const problems = new Set<string>();
	for (const { path, policy, inlineScripts } of pages) {
		if (!policy) problems.add(`${path}: no policy`);
		else if (/script-src[^;]*'unsafe-inline'/.test(policy)) problems.add(`${path}: script-src allows 'unsafe-inline'`);
		for (const script of inlineScripts) {
			const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
			if (!policy?.includes(hash)) {
				problems.add(
					`${path}: inline script not allowed by the policy; if it is Starlight's, add ${hash} to src/security/starlight-inline-scripts.ts: ${script.trim().slice(0, 60)}`,
				);
			}
		}
	}
	return [...problems];
}

/**
 * The pages axe-core checks in `npm test`: every one-off page, and of the pages that share a
 * template (about 700 concept pages, one per question, one per topic) those that stand for the
 * others: one of each shape the template takes and the extremes of its size and links.
 * `npm run test:full` checks every page.
 */
export function accessibilitySample(pages: readonly BuiltPage[]): string[] {
	const content = pages.filter((page) => !page.redirect).sort((a, b) => a.path.localeCompare(b.path));
	const count = (page: BuiltPage, pattern: RegExp) => page.references.filter((reference) => pattern.test(reference)).length;
	const questionLinks = (page: BuiltPage) => count(page, /\/questions\/[^/]+\//);
	const conceptLinks = (page: BuiltPage) => count(page, /\/concepts\/[^/]+\//);
	const size = (page: BuiltPage) => page.bytes;
	/** The pages of one template that stand for the rest: each shape's first match, the most and the least of each measure. */
	const template = (pattern: RegExp, { some = [], extremes = [] }: { some?: ((page: BuiltPage) => boolean)[]; extremes?: ((page: BuiltPage) => number)[] }) => {
		const members = content.filter((page) => pattern.test(page.path));
		const by = (measure: (page: BuiltPage) => number) => [...members].sort((a, b) => measure(a) - measure(b));
		return {
			pattern,
			chosen: [...some.map((shape) => members.find(shape)), ...extremes.flatMap((measure) => [by(measure)[0], by(measure).at(-1)])],
		};
	};
	const templates = [
		// Concept pages: used by no question or by the most, a kind of another concept or with the most
		// narrower ones, with a link out, the longest.
		template(/^\/concepts\/[^/]+\/$/, {
			some: [(page) => questionLinks(page) === 0, (page) => conceptLinks(page) === 1, (page) => count(page, /^https?:/) > 0],
			extremes: [questionLinks, conceptLinks, size],
		}),
		// Question pages: the fewest and most separators and concepts, the shortest and longest.
		template(/^\/questions\/[^/]+\/$/, { extremes: [conceptLinks, size] }),
		// Topic pages, one list template: the shortest and the longest.
		template(/^\/topics\/[^/]+\/$/, { extremes: [size] }),
	];
	const chosen = new Set(templates.flatMap((entry) => entry.chosen).filter((page) => page !== undefined).map((page) => page.path));
	const sampled = (page: BuiltPage) => templates.some((entry) => entry.pattern.test(page.path));
	return content.filter((page) => !sampled(page) || chosen.has(page.path)).map((page) => page.path);
}

/** axe-core's violations as `rule: element, element` lines. */
export function describeViolations(violations: readonly { id: string; nodes: readonly { target: unknown[] }[] }[]): string[] {
	return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * Blocks a page repeats from one template, past the first few: the printed guide's questions and
 * the rows of the concept tables. A sample leaves them out of axe-core's check, as the pages it
 * checks stand for the rest of their template; they cost most of its time (14 of 40 s for the
 * printed guide alone).
 */
const REPEATED_BLOCKS = ['.print-question:nth-of-type(n+3)', 'table.concept-index tbody tr:nth-child(n+21)'];

/**
 * axe-core's violations on the page as it is now, as `rule: element, element` lines; with
 * `sampled`, of all but the repeated blocks past the first few.
 */
export async function axeCheck(page: Page, { sampled = false }: { sampled?: boolean } = {}): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
	if (sampled) for (const selector of REPEATED_BLOCKS) builder.exclude(selector);
	return describeViolations((await builder.analyze()).violations);
}

/**
 * axe-core violations of every given page, with every <details> open, two pages at a time; with
 * `sampled`, leaving out the repeated blocks past the first few (see `axeCheck`).
 */
export async function axeViolations(
	browser: Browser,
	origin: string,
	paths: readonly string[],
	{ colorScheme = 'light', sampled = false }: { colorScheme?: 'light' | 'dark'; sampled?: boolean } = {},
): Promise<string[]> {
	const violations: string[] = [];
	const queue = [...paths];
	const check = async (page: Page) => {
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
			await page.goto(`${origin}${path}`);
			await page.evaluate(() => document.querySelectorAll('main details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
			for (const violation of await axeCheck(page, { sampled })) violations.push(`${path}: ${violation}`);
		}
	};
	const contexts = await Promise.all([browser.newContext({ colorScheme }), browser.newContext({ colorScheme })]);
	await Promise.all(contexts.map(async (context) => check(await context.newPage())));
	await Promise.all(contexts.map((context) => context.close()));
	return violations;
}

/**
 * Loads a page, searches, opens every <details> and, on question pages, checks a quiz answer;
 * returns CSP violations, console errors, uncaught errors and requests to other origins.
 */
export async function browserProblems(browser: Browser, origin: string, path: string, query = 'token bucket'): Promise<string[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('request', (request) => {
		const url = request.url();
		if (new URL(url).origin !== origin && !/^(blob|data):/.test(url)) problems.push(`third-party request: ${url}`);
	});
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
	);
	await page.goto(`${origin}${path}`);
	await page.locator('button[data-open-modal]').click();
	await page.locator('.pagefind-ui__search-input').fill(query);
	await page.locator('.pagefind-ui__result').first().waitFor();
	await page.keyboard.press('Escape');
	await page.evaluate(() => document.querySelectorAll('main details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
	if (await page.locator('.quiz-start').count()) {
		await page.locator('.quiz-start').click();
		await page.locator('#quiz-panel textarea').fill('A token bucket.');
		await page.locator('.quiz-check').click();
		await page.locator('.quiz-result .coverage-summary').waitFor();
	}
	await page.waitForLoadState('networkidle');
	await context.close();
	return problems;
}
