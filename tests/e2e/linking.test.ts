/**
 * Links pasted into other documents: short links, tier anchors, copy buttons, previews; on the
 * default build and on a build deployed under a sub-path with a site address.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, reusedTab } from '../support/browser.ts';
import { serveSite } from '../support/site.ts';
import { builtVariant, VARIANT_WAIT_MS } from '../support/variants.ts';

const RATE_LIMITING_TITLE = 'Q2. Explain how you would design a rate-limiting system for an API.';
let browser: Browser;
let based: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
	const { outDir, base } = await builtVariant('subpath');
	based = await serveSite(outDir, base);
	browser = await launchBrowser();
}, VARIANT_WAIT_MS);

afterAll(async () => {
	await browser?.close();
	await based?.stop();
});

const sites = [
	{ name: 'the default build', origin: () => inject('siteOrigin'), base: '', deployed: () => inject('siteOrigin') },
	{ name: 'a build under /interview-guide/ for https://example.org', origin: () => based.origin, base: '/interview-guide', deployed: () => 'https://example.org/interview-guide' },
];

describe.each(sites)('on $name', ({ origin, base, deployed }) => {
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	});
	afterAll(async () => {
		await context.close();
	});

	const load = reusedTab();
	async function open(path: string) {
		page = await load(context, `${origin()}${base}${path}`);
	}
	const tierIsOpen = (tier: string) => page.locator(`details[data-tier="${tier}"]`).evaluate((element) => (element as HTMLDetailsElement).open);
	const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

	it('/q/2/ lands on the rate-limiting question, keeping a tier anchor', async () => {
		await open('/q/2/');
		await page.waitForURL(`${origin()}${base}/questions/rate-limiting/`);
		expect(await page.locator('h1').textContent()).toBe(RATE_LIMITING_TITLE.slice(4));
		await open('/q/2/#poor');
		await page.waitForURL(`${origin()}${base}/questions/rate-limiting/#poor`);
		await expect.poll(() => tierIsOpen('poor')).toBe(true);
	});

	it('#poor opens the poor tier on load and on a hash change', async () => {
		await open('/questions/rate-limiting/#poor');
		await expect.poll(() => tierIsOpen('poor')).toBe(true);
		await open('/questions/rate-limiting/');
		// The great and mediocre answers open by default; the poor one waits for its link.
		expect(await tierIsOpen('poor')).toBe(false);
		await page.evaluate(() => (location.hash = '#poor'));
		await expect.poll(() => tierIsOpen('poor')).toBe(true);
	});

	it('copies a tier link and a Markdown link, and says so to screen readers', async () => {
		await open('/questions/rate-limiting/');
		const tools = page.locator('.answer-tier-frame', { has: page.locator('details[data-tier="great"]') }).locator('.copy-links');
		await tools.locator('a.copy-link').click();
		expect(await clipboard()).toBe(`${deployed()}/questions/rate-limiting/#great`);
		await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
		expect(page.url()).toBe(`${origin()}${base}/questions/rate-limiting/`);

		await tools.locator('button.copy-markdown').click();
		expect(await clipboard()).toBe(`[${RATE_LIMITING_TITLE}](${deployed()}/questions/rate-limiting/#great)`);
		await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Markdown link copied');
	});

	it('copies the question link from the keyboard', async () => {
		await open('/questions/rate-limiting/');
		await page.locator('.question-meta button.copy-markdown').focus();
		await page.keyboard.press('Enter');
		expect(await clipboard()).toBe(`[${RATE_LIMITING_TITLE}](${deployed()}/questions/rate-limiting/)`);
	});

	it('copies through a selection when the Clipboard API is missing', async () => {
		page = await context.newPage();
		await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
		await page.goto(`${origin()}${base}/questions/rate-limiting/`);
		expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
		await page.locator('.question-meta a.copy-link').click();
		await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link copied');
		const other = await context.newPage();
		await other.goto(`${origin()}${base}/`);
		expect(await other.evaluate(() => navigator.clipboard.readText())).toBe(`${deployed()}/questions/rate-limiting/`);
	});

	it('keeps every internal link, search result and JSON URL under the base path', async () => {
		await open('/questions/rate-limiting/');
		const hrefs = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(10);
		expect(hrefs.filter((href) => !href.startsWith(`${base}/`))).toEqual([]);

		await page.locator('button[data-open-modal]').click();
		await page.locator('.pagefind-ui__search-input').fill('cron job that runs every few minutes');
		const result = page.locator('.pagefind-ui__result a[href*="#poor"]').first();
		expect(await result.getAttribute('href')).toBe(`${base}/questions/async-task-processing/#poor`);

		const api = (await (await fetch(`${origin()}${base}/api/questions.json`)).json()) as { questions: { url: string }[] };
		expect(api.questions[1]!.url).toBe(base ? `${deployed()}/questions/rate-limiting/` : '/questions/rate-limiting/');
		const one = (await (await fetch(`${origin()}${base}/api/questions/rate-limiting.json`)).json()) as { tierUrls: { poor: string } };
		expect(one.tierUrls.poor).toBe(base ? `${deployed()}/questions/rate-limiting/#poor` : '/questions/rate-limiting/#poor');
	});
});

describe('link previews on a build with a site address', () => {
	it('give question pages a description, canonical URL, Open Graph and Twitter tags', async () => {
		const html = await (await fetch(`${based.origin}/interview-guide/questions/rate-limiting/`)).text();
		const meta = (selector: string) => new RegExp(`<meta ${selector} content="([^"]*)"`).exec(html)?.[1];
		expect(meta('name="description"')).toMatch(/^Explain how you would design a rate-limiting system for an API\. I’d implement a token bucket|^Explain how you would design a rate-limiting system for an API\. I'd implement a token bucket/);
		expect(html).toContain('<link rel="canonical" href="https://example.org/interview-guide/questions/rate-limiting/"');
		expect(meta('property="og:title"')).toBe('Explain how you would design a rate-limiting system for an API.');
		expect(meta('property="og:description"')).toBe(meta('name="description"'));
		expect(meta('name="twitter:card"')).toBeDefined();
	});

	it('publish a sitemap and robots.txt that points at it', async () => {
		const robots = await (await fetch(`${based.origin}/interview-guide/robots.txt`)).text();
		expect(robots).toContain('Sitemap: https://example.org/interview-guide/sitemap-index.xml');
		const sitemap = await (await fetch(`${based.origin}/interview-guide/sitemap-0.xml`)).text();
		expect(sitemap).toContain('<loc>https://example.org/interview-guide/questions/rate-limiting/</loc>');
	});
});
