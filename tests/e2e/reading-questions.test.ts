import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';

const origin = inject('siteOrigin');
const chromium = useBrowser(() => origin);
let page: Page;

async function openPage(path: string) {
	page = await chromium.open(path);
	return page;
}

const tierIsOpen = (tier: string) => page.locator(`details[data-tier="${tier}"]`).evaluate((details) => (details as HTMLDetailsElement).open);

async function isInViewport(selector: string) {
	return page.locator(selector).evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.top >= 0 && box.bottom <= innerHeight;
	});
}

describe('the home page', () => {
	it('lists all 19 seed questions with their topics, linking to their pages', async () => {
		await openPage('/');
		const items = page.locator('main ol.question-list > li');
		await expect.poll(() => items.count()).toBe(19);
		const second = items.nth(1);
		expect(await second.getAttribute('value')).toBe('2');
		expect(await second.locator('a').textContent()).toBe('Explain how you would design a rate-limiting system for an API.');
		expect(await second.locator('.topic-tag').allTextContents()).toEqual(['APIs', 'Reliability']);
		await second.locator('a').click();
		await page.waitForURL(`${origin}/questions/rate-limiting/`);
		expect(await page.locator('h1').textContent()).toBe('Explain how you would design a rate-limiting system for an API.');
	});
});

describe('a question page', () => {
	it('shows the number, topics and three labelled tiers with the great and mediocre ones open', async () => {
		await openPage('/questions/rate-limiting/');
		expect(await page.locator('.question-number').textContent()).toBe('Question 2');
		expect(await page.locator('details.answer-tier summary').allTextContents()).toEqual(
			['Great answer', 'Mediocre answer', 'Poor answer'].map((label) => expect.stringContaining(label)),
		);
		expect([await tierIsOpen('great'), await tierIsOpen('mediocre'), await tierIsOpen('poor')]).toEqual([true, true, false]);
		expect(await page.locator('details[data-tier="poor"] .answer-body').isVisible()).toBe(false);
	});

	it('opens a tier from the keyboard', async () => {
		await openPage('/questions/rate-limiting/');
		const summary = page.locator('details[data-tier="poor"] > summary');
		// Tab through the page until the poor tier's summary has focus, as a keyboard user would.
		for (let presses = 0; presses < 80; presses++) {
			await page.keyboard.press('Tab');
			if (await summary.evaluate((element) => element === document.activeElement)) break;
		}
		expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		expect(await tierIsOpen('poor')).toBe(true);
		expect(await page.locator('details[data-tier="poor"] .answer-body').textContent()).toContain(
			"I'd create a database table to track each user's requests",
		);
	});

	it('opens and scrolls to the tier a #mediocre link names', async () => {
		await openPage('/questions/async-task-processing/#mediocre');
		await expect.poll(() => tierIsOpen('mediocre')).toBe(true);
		expect(await tierIsOpen('poor')).toBe(false);
		await expect.poll(() => isInViewport('#mediocre')).toBe(true);
	});

	it('opens the tier when only the hash changes on an open page', async () => {
		await openPage('/questions/async-task-processing/');
		await page.evaluate(() => {
			location.hash = '#poor';
		});
		await expect.poll(() => tierIsOpen('poor')).toBe(true);
		await expect.poll(() => isInViewport('#poor')).toBe(true);
	});

	it('links to the previous and next questions', async () => {
		await openPage('/questions/rate-limiting/');
		expect(await page.locator('.pagination-links a[rel="prev"]').getAttribute('href')).toBe('/questions/api-versioning/');
		expect(await page.locator('.pagination-links a[rel="next"]').getAttribute('href')).toBe('/questions/async-task-processing/');
	});

	it('lists the questions by topic in the sidebar', async () => {
		await openPage('/questions/rate-limiting/');
		// The question's first topic is an open group; every other topic links to its page.
		expect(await page.locator('nav[aria-label="Main"] details[open] summary').allTextContents()).toEqual([expect.stringContaining('APIs')]);
		const topics = page.locator('nav[aria-label="Main"] a[href^="/topics/"]');
		expect(await topics.allTextContents()).toEqual(
			expect.arrayContaining(['All 3 questions in APIs', 'Architecture', 'Data', 'Operations', 'Security', 'Testing', 'Performance', 'Messaging'].map((topic) => expect.stringContaining(topic))),
		);
		expect(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').textContent()).toContain(
			'2. Explain how you would design a rate-limiting system',
		);
	});
});

describe('search', () => {
	async function search(query: string) {
		await openPage('/questions/api-versioning/');
		await page.locator('button[data-open-modal]').click();
		await page.locator('.pagefind-ui__search-input').fill(query);
		await page.locator('.pagefind-ui__result-title a').first().waitFor();
	}

	it('finds a phrase that only a collapsed tier holds and lands on that tier, opened', async () => {
		await search('cron job that runs every few minutes');
		const tierResult = page.locator('.pagefind-ui__result').first().locator('a[href*="#poor"]').first();
		expect(await tierResult.getAttribute('href')).toBe('/questions/async-task-processing/#poor');
		await tierResult.click();
		await page.waitForURL(`${origin}/questions/async-task-processing/#poor`);
		await expect.poll(() => tierIsOpen('poor')).toBe(true);
		await expect.poll(() => isInViewport('#poor')).toBe(true);
	});

	it('finds "thundering herd" in the caching question, linking to the tier that says it', async () => {
		await search('thundering herd');
		const result = page.locator('.pagefind-ui__result').filter({ has: page.locator('a[href="/questions/caching-strategy/"]') });
		await result.waitFor();
		expect(await result.locator('a[href="/questions/caching-strategy/#great"]').count()).toBe(1);
	});

	it('ranks the question that asks about a term above questions whose answers mention it', async () => {
		await search('microservices');
		const questionResults = page.locator('.pagefind-ui__result-title a[href^="/questions/"]');
		await expect.poll(() => questionResults.count()).toBeGreaterThan(2);
		expect(await questionResults.first().textContent()).toContain('Explain your approach to microservices architecture');
	});

	it('searches as the reader types: the search UI gets no 300 ms debounce', async () => {
		// How fast results show is measured by `npm run bench`; this checks the option reached the UI.
		await openPage('/questions/api-versioning/');
		const scripts = await page.locator('script[src*="Search.astro"]').evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src));
		const source = (await Promise.all(scripts.map(async (src) => (await fetch(src)).text()))).join('\n');
		expect(source).toContain('debounceTimeoutMs:0');
	});

	it('does not index site chrome: the theme picker and the question meta line', async () => {
		for (const chromeOnly of ['Dark Light Auto', 'Technical Interviewer’s Questions']) {
			await openPage('/questions/api-versioning/');
			await page.locator('button[data-open-modal]').click();
			await page.locator('.pagefind-ui__search-input').fill(chromeOnly);
			await page.locator('.pagefind-ui__message').filter({ hasText: /result/ }).waitFor();
			expect(await page.locator('.pagefind-ui__message').textContent(), chromeOnly).toMatch(/^No results/);
		}
	});
});
