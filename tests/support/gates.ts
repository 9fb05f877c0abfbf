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
 * The pages axe-core checks in `npm test`: every content page but concept and topic pages, which
 * share a template each (about 700 and one per topic), plus one concept page of each shape that
 * template can take (used by no question, used by the most questions, a kind of another concept,
 * with the most narrower ones, with a link out, the longest) and the longest and shortest topic
 * page. `npm run test:full` checks every page.
 */
export function accessibilitySample(pages: readonly BuiltPage[]): string[] {
	const content = pages.filter((page) => !page.redirect);
	const isConceptPage = (page: BuiltPage) => /^\/concepts\/[^/]+\/$/.test(page.path);
	const concepts = content.filter(isConceptPage).sort((a, b) => a.path.localeCompare(b.path));
	const count = (page: BuiltPage, pattern: RegExp) => page.references.filter((reference) => pattern.test(reference)).length;
	const questionLinks = (page: BuiltPage) => count(page, /\/questions\/[^/]+\//);
	const conceptLinks = (page: BuiltPage) => count(page, /\/concepts\/[^/]+\//);
	const most = (measure: (page: BuiltPage) => number) =>
		concepts.reduce<BuiltPage | undefined>((best, page) => (!best || measure(page) > measure(best) ? page : best), undefined);
	const shapes = [
		concepts.find((page) => questionLinks(page) === 0),
		most(questionLinks),
		concepts.find((page) => conceptLinks(page) === 1),
		most(conceptLinks),
		concepts.find((page) => count(page, /^https?:/) > 0),
		most((page) => page.bytes),
	];
	// Topic pages are one list template: the longest and the shortest stand for the others.
	const topics = content.filter((page) => /^\/topics\/[^/]+\/$/.test(page.path)).sort((a, b) => a.bytes - b.bytes);
	const chosen = new Set([...shapes, topics[0], topics.at(-1)].filter((page) => page !== undefined).map((page) => page.path));
	const sampled = (page: BuiltPage) => isConceptPage(page) || /^\/topics\/[^/]+\/$/.test(page.path);
	return content.filter((page) => !sampled(page) || chosen.has(page.path)).map((page) => page.path);
}

/** axe-core's violations as `rule: element, element` lines. */
export function describeViolations(violations: readonly { id: string; nodes: readonly { target: unknown[] }[] }[]): string[] {
	return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** axe-core's violations on the page as it is now, as `rule: element, element` lines. */
export async function axeCheck(page: Page): Promise<string[]> {
	return describeViolations((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations);
}

/** axe-core violations of every given page, with every <details> open, two pages at a time. */
export async function axeViolations(
	browser: Browser,
	origin: string,
	paths: readonly string[],
	colorScheme: 'light' | 'dark' = 'light',
): Promise<string[]> {
	const violations: string[] = [];
	const queue = [...paths];
	const check = async (page: Page) => {
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
			await page.goto(`${origin}${path}`);
			await page.evaluate(() => document.querySelectorAll('main details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
			for (const violation of await axeCheck(page)) violations.push(`${path}: ${violation}`);
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
