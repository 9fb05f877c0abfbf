/**
 * Gates on the whole built site, so that no later change quietly loses them: accessibility of every
 * page, links and fragments that resolve, no orphan pages, the Content Security Policy, no
 * third-party requests, and reproducible builds.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { readBuiltPages, type BuiltPage } from '../support/built-site.ts';
import { temporaryOutDir } from '../support/content.ts';
import { buildSite, PROJECT_ROOT } from '../support/site.ts';

const origin = inject('siteOrigin');
const DIST = join(PROJECT_ROOT, 'dist');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
let browser: Browser;
let pages: BuiltPage[];

beforeAll(async () => {
	browser = await launchBrowser();
	pages = await readBuiltPages(DIST);
});
afterAll(async () => {
	await browser.close();
});

/** Where a reference on `page` leads inside the site, or undefined for anything external. */
function internalTarget(page: BuiltPage, reference: string): { path: string; fragment: string | undefined } | undefined {
	const url = new URL(reference, `http://site.invalid${page.path}`);
	if (url.host !== 'site.invalid') return undefined;
	return { path: decodeURIComponent(url.pathname), fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
}

function fileExists(path: string): boolean {
	return existsSync(join(DIST, ...path.split('/').filter(Boolean), path.endsWith('/') ? 'index.html' : ''));
}

describe('links in the built site', () => {
	it('every internal link, script, stylesheet and #fragment resolves', () => {
		const byPath = new Map(pages.map((page) => [page.path, page]));
		const broken: string[] = [];
		for (const page of pages) {
			for (const reference of page.references) {
				if (/^(mailto|javascript|data):/i.test(reference)) {
					if (/^javascript:/i.test(reference)) broken.push(`${page.path}: javascript: link ${reference}`);
					continue;
				}
				const target = internalTarget(page, reference);
				if (!target) continue;
				if (!fileExists(target.path)) broken.push(`${page.path}: ${reference} (no such page or file)`);
				else if (target.fragment && target.fragment !== '_top' && !byPath.get(target.path)?.ids.has(target.fragment)) {
					broken.push(`${page.path}: ${reference} (no element with id "${target.fragment}")`);
				}
			}
		}
		expect(broken.slice(0, 15)).toEqual([]);
	});

	it('every page can be reached from the home page', () => {
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
		const orphans = pages.filter((page) => !page.redirect && page.path !== '/404.html' && !reached.has(page.path)).map((page) => page.path);
		expect(orphans).toEqual([]);
	});
});

describe('accessibility of every built page', () => {
	it('has no axe violations (WCAG 2.2 A/AA and best practices), with every <details> open', async () => {
		const content = pages.filter((page) => !page.redirect).map((page) => page.path);
		const violations: string[] = [];
		const check = async (worker: Page, queue: string[]) => {
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				await worker.goto(`${origin}${path}`);
				await worker.evaluate(() => document.querySelectorAll('main details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
				for (const { id, nodes } of (await new AxeBuilder({ page: worker }).withTags(AXE_TAGS).analyze()).violations) {
					violations.push(`${path}: ${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
				}
			}
		};
		const queue = [...content];
		const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
		const workers = await Promise.all(contexts.map((context) => context.newPage()));
		await Promise.all(workers.map((worker) => check(worker, queue)));
		await Promise.all(contexts.map((context) => context.close()));
		expect(content.length).toBeGreaterThan(700);
		expect(violations).toEqual([]);
	}, 900_000);
});

describe('security and privacy in the browser', () => {
	const PAGE_TYPES = ['/', '/questions/rate-limiting/', '/concepts/', '/concepts/token-bucket/', '/quiz/', '/print/', '/how-to-study/', '/404.html'];

	it('serves a Content Security Policy on every page that allows each of its inline scripts by hash, never unsafe-inline', async () => {
		const problems = new Set<string>();
		for (const page of pages) {
			const html = await readFile(join(DIST, ...page.path.split('/').filter(Boolean), page.path.endsWith('/') ? 'index.html' : ''), 'utf8');
			const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			if (!policy) problems.add(`${page.path}: no policy`);
			else if (/script-src[^;]*'unsafe-inline'/.test(policy)) problems.add(`${page.path}: script-src allows 'unsafe-inline'`);
			for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
				if (/\ssrc=/.test(attributes!)) continue;
				const hash = `sha256-${createHash('sha256').update(body!).digest('base64')}`;
				if (!policy?.includes(hash)) problems.add(`inline script not allowed by the policy, add ${hash} to src/security/starlight-inline-scripts.ts if it is Starlight's: ${body!.trim().slice(0, 60)}`);
			}
		}
		expect([...problems].slice(0, 10)).toEqual([]);
	});

	it.each(PAGE_TYPES)('%s: no CSP violation, console error or third-party request, also when searching, opening tiers and quizzing', async (path) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(`console: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
		page.on('request', (request) => {
			if (new URL(request.url()).origin !== origin && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) {
				problems.push(`third-party request: ${request.url()}`);
			}
		});
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
		);
		await page.goto(`${origin}${path}`);
		await page.locator('button[data-open-modal]').click();
		await page.locator('.pagefind-ui__search-input').fill('token bucket');
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
		expect(problems.slice(0, 10)).toEqual([]);
		await context.close();
	});
});

describe('reproducible builds', () => {
	async function fingerprint(dist: string): Promise<Map<string, string>> {
		const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
		const hashes = new Map<string, string>();
		for (const file of files) {
			const path = join(file.parentPath, file.name);
			hashes.set(path.slice(dist.length), createHash('sha256').update(await readFile(path)).digest('hex'));
		}
		return hashes;
	}

	it('two builds of the same commit are byte-identical', async () => {
		const other = await temporaryOutDir();
		await buildSite(['--outDir', other]);
		const [first, second] = await Promise.all([fingerprint(DIST), fingerprint(other)]);
		const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
		expect(differing).toEqual([]);
		expect(first.size).toBeGreaterThan(700);
	}, 180_000);
});
