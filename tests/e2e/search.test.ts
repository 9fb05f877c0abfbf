/**
 * The search dialog on the shared built site: questions first, labelled results, filters, concept
 * synonyms, clean excerpts; and the concept index under a sub-path.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { axeCheck } from '../support/gates.ts';
import { serveSite } from '../support/site.ts';
import { builtVariant, VARIANT_WAIT_MS } from '../support/variants.ts';

const origin = inject('siteOrigin');
const chromium = useBrowser(() => origin);
let page: Page;

const results = () => page.locator('.pagefind-ui__result');
/** A result's own link (not those of its tiers). */
const linkOf = (index: number) => results().nth(index).locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a');
const hrefOf = (index: number) => linkOf(index).getAttribute('href');
/** A result's visible tags, once its data has loaded (Pagefind's UI fills results in as they load). */
async function tagsOf(index: number) {
	await linkOf(index).waitFor();
	return (await results().nth(index).locator('.pagefind-ui__result-tag:visible').allTextContents()).map((tag) => tag.trim());
}

/** Opens the search dialog on a question page and types `query`; waits for the results. */
async function search(query: string, path = '/questions/api-versioning/') {
	page = await chromium.open(path);
	await page.locator('button[data-open-modal]').click();
	await page.locator('.pagefind-ui__search-input').fill(query);
	await page.locator('.pagefind-ui__message').filter({ hasText: /result/ }).waitFor();
	await linkOf(0).waitFor();
}

describe('search results', () => {
	it('put the questions that discuss a term above its concept pages', async () => {
		await search('kafka');
		expect([await hrefOf(0), await hrefOf(1)].sort()).toEqual(['/questions/async-task-processing/', '/questions/event-processing/']);
	});

	it("search on the page's own thread: Pagefind's worker script is never downloaded", async () => {
		page = await chromium.open('/questions/api-versioning/');
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.locator('button[data-open-modal]').click();
		await page.locator('.pagefind-ui__search-input').fill('kafka');
		await linkOf(0).waitFor();
		expect(requested).toContain('/pagefind/pagefind.js');
		expect(requested.filter((path) => path.includes('worker'))).toEqual([]);
	});

	it('show their type, and for a question its number and topics; never the concept names it is found by', async () => {
		await search('token bucket');
		expect(await hrefOf(0)).toBe('/questions/rate-limiting/');
		expect((await tagsOf(0)).sort()).toEqual(['Number: 2', 'Topics: APIs, Reliability', 'Type: Question']);
		const concept = results().filter({ has: page.locator('a[href="/concepts/token-bucket/"]') });
		await concept.waitFor();
		expect((await concept.locator('.pagefind-ui__result-tag:visible').allTextContents()).map((tag) => tag.trim())).toEqual(['Type: Concept']);
	});

	it('excerpt answers, not chips or screen-reader text, and link a tier hit to the tier by name', async () => {
		await search('queue depth');
		const excerpts = await results().locator('.pagefind-ui__result-excerpt').allTextContents();
		expect(excerpts.length).toBeGreaterThan(0);
		for (const excerpt of excerpts) expect(excerpt).not.toMatch(/About [A-Z]|Copy link|Quiz me/);
		const eventProcessing = results().filter({ has: page.locator('a[href="/questions/event-processing/"]') });
		const tierLink = eventProcessing.locator('.pagefind-ui__result-nested a').first();
		expect(await tierLink.getAttribute('href')).toMatch(/^\/questions\/event-processing\/#(great|mediocre|poor)$/);
		expect(await tierLink.textContent()).toMatch(/^(Great|Mediocre|Poor) answer$/);
	});

	it('find a question by another name of a concept its answers state ("2PC" for two-phase commit)', async () => {
		await search('2PC');
		expect(await hrefOf(0)).toBe('/questions/distributed-data-consistency/');
		// The page itself never says "2PC": it is found through the concept's alias, weighted below written words.
		const html = await (await fetch(`${origin}/questions/distributed-data-consistency/`)).text();
		expect(html.replace(/<div hidden data-pagefind-ignore[^]*?<\/div>/, '')).not.toMatch(/2PC/);
	});

	it('drop question words: "how do you handle authentication" finds the authentication question first', async () => {
		await search('how do you handle authentication');
		expect(await hrefOf(0)).toBe('/questions/authentication-authorization/');
	});

	it('spell a misspelt word as the guide writes it: "migartions", typed, finds the migrations question first', async () => {
		// Pagefind alone finds no page for it; the guide's words arrive after the first keystroke's search.
		page = await chromium.open('/questions/api-versioning/');
		await page.locator('button[data-open-modal]').click();
		await page.locator('.pagefind-ui__search-input').pressSequentially('migartions', { delay: 50 });
		await expect.poll(() => hrefOf(0), { timeout: 15_000 }).toBe('/questions/database-migrations/');
	});
});

describe('search filters', () => {
	async function check(filter: string, value: string) {
		const block = page.locator('.pagefind-ui__filter-block').filter({ hasText: filter });
		if (!(await block.evaluate((details) => (details as HTMLDetailsElement).open))) await block.locator('summary').click();
		await block.getByLabel(new RegExp(`^${value}`)).check();
	}

	it('narrow by type: only concept pages, each labelled Concept', async () => {
		await search('kafka');
		await check('Type', 'Concept');
		await expect.poll(async () => (await hrefOf(0)) ?? '').toMatch(/^\/concepts\//);
		const count = await results().count();
		for (let index = 0; index < count; index++) expect(await tagsOf(index)).toContain('Type: Concept');
	});

	it('narrow by topic: only questions of that topic', async () => {
		await search('tokens');
		await check('Topic', 'Security');
		await expect.poll(async () => (await tagsOf(0)).join()).toMatch(/Topics: .*Security/);
		const count = await results().count();
		expect(count).toBeGreaterThan(0);
		for (let index = 0; index < count; index++) expect((await tagsOf(index)).join(' ')).toMatch(/Security/);
	});
});

describe('the search dialog', () => {
	it('has no axe violations with results, labels and an open filter', async () => {
		await search('token bucket');
		const block = page.locator('.pagefind-ui__filter-block').filter({ hasText: 'Type' });
		if (!(await block.evaluate((details) => (details as HTMLDetailsElement).open))) await block.locator('summary').click();
		expect(await axeCheck(page)).toEqual([]);
	}, 90_000);
});

describe('search under a sub-path', () => {
	let based: { origin: string; stop: () => Promise<void> };
	beforeAll(async () => {
		const { outDir } = await builtVariant('subpath');
		based = await serveSite(outDir, '/interview-guide/');
	}, VARIANT_WAIT_MS);
	afterAll(() => based?.stop());

	it('merges the concept index from under the base and links its pages there', async () => {
		page = await chromium.browser().newPage();
		await page.goto(`${based.origin}/interview-guide/questions/rate-limiting/`);
		await page.locator('button[data-open-modal]').click();
		await page.locator('.pagefind-ui__search-input').fill('token bucket');
		const concept = page.locator('.pagefind-ui__result-title > a[href="/interview-guide/concepts/token-bucket/"]');
		await concept.waitFor();
		expect(await hrefOf(0)).toBe('/interview-guide/questions/rate-limiting/');
	});
});
