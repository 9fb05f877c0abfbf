import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ApiQuestion } from '../../src/lib/api.ts';
import { useBrowser } from '../support/browser.ts';

const origin = inject('siteOrigin');
const chromium = useBrowser(() => origin);
let page: Page;

async function openPage(path: string) {
	page = await chromium.open(path);
}

/** Concept labels of one group of the comparison table under the answers. */
function concepts(group: 'Only in the great answer' | 'In both' | 'Only in the mediocre answer') {
	const selector = {
		'Only in the great answer': '.concept-comparison table.comparison-separating th[data-role="added"] a',
		'In both': '.concept-comparison .comparison-shared th a',
		'Only in the mediocre answer': '.concept-comparison table.comparison-separating th[data-role="removed"] a',
	}[group];
	return page.locator(selector).allTextContents();
}

const isVisibleInViewport = (selector: string) =>
	page.locator(selector).evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
	});

describe('what separates the answers', () => {
	it('summarises coverage and lists great-only, shared and mediocre-only concepts', async () => {
		await openPage('/questions/rate-limiting/');
		expect(await page.locator('#what-separates').textContent()).toBe('What separates the answers');
		expect(await page.locator('.concept-comparison .coverage-summary').textContent()).toMatch(
			/^The mediocre answer covers \d+ of the great answer’s \d+ concepts\.$/,
		);
		expect(await concepts('Only in the great answer')).toContain('Token bucket');
		// "The counters would expire after the time window" states a TTL in other words.
		expect(await concepts('In both')).toEqual(expect.arrayContaining(['Rate limiting', 'TTL']));
		expect(await concepts('Only in the great answer')).not.toContain('TTL');
		expect(await concepts('Only in the mediocre answer')).not.toEqual([]);
	});

	it('makes a refinement the separator and its broader concept shared', async () => {
		await openPage('/questions/async-task-processing/');
		expect(await concepts('Only in the great answer')).toContain('Exponential backoff');
		expect(await concepts('In both')).toContain('Retries');
	});

	it('knows that HTTPS for all communications is encryption in transit', async () => {
		await openPage('/questions/backend-security/');
		expect(await concepts('In both')).toContain('Encryption in transit');
		expect(await concepts('Only in the great answer')).not.toContain('Encryption in transit');
	});

	it('takes a link to a great-only mention to its highlighted mention in the open tier', async () => {
		await openPage('/concepts/token-bucket/');
		await page.locator('.concept-uses a[href="/questions/rate-limiting/#great-token-bucket"]').click();
		await page.waitForURL(`${origin}/questions/rate-limiting/#great-token-bucket`);
		const mark = page.locator('mark#great-token-bucket');
		expect(await mark.textContent()).toBe('token bucket algorithm');
		await expect.poll(() => isVisibleInViewport('mark#great-token-bucket')).toBe(true);
	});

	it('opens a closed tier when a chip of the poor answer’s diff is clicked, also a second time', async () => {
		await openPage('/questions/rate-limiting/');
		await page.locator('details[data-tier="poor"] > summary').click();
		const inMediocre = page
			.locator('.poor-diff h4', { hasText: 'In the mediocre answer, missing here' })
			.locator('xpath=following-sibling::*[1]')
			.locator('.concept-chip > a')
			.first();
		const target = (await inMediocre.getAttribute('href'))!;
		expect(target).toMatch(/^#mediocre-/);
		await page.locator('details[data-tier="mediocre"] > summary').click();
		await inMediocre.click();
		await expect.poll(() => isVisibleInViewport(`mark${target}`)).toBe(true);
		await page.locator('details[data-tier="mediocre"] > summary').click();
		await inMediocre.click();
		await expect.poll(() => isVisibleInViewport(`mark${target}`)).toBe(true);
	});
});

describe('concept pages', () => {
	it('define the concept and list the questions that mention it, with where it separates', async () => {
		await openPage('/concepts/exponential-backoff/');
		expect(await page.locator('h1').textContent()).toBe('Exponential backoff');
		expect(await page.locator('.concept-definition').textContent()).not.toBe('');
		const use = page.locator('.concept-uses li', { hasText: 'asynchronous tasks' });
		expect(await use.locator('a').getAttribute('href')).toBe('/questions/async-task-processing/#great-exponential-backoff');
		expect(await use.textContent()).toContain('Separates great from mediocre');
		expect(await page.locator('a', { hasText: 'Retries' }).getAttribute('href')).toBe('/concepts/retries/');
	});

	it('are listed on the concept index with counts', async () => {
		await openPage('/concepts/');
		const row = page.locator('table.concept-index tr', { has: page.locator('a[href="/concepts/exponential-backoff/"]') });
		expect(await row.locator('td').allTextContents()).toEqual(['Exponential backoff', expect.stringMatching(/^[1-9]\d*$/), expect.stringMatching(/^\d+$/)]);
	});

	it('are found by search', async () => {
		await openPage('/questions/api-versioning/');
		await page.locator('button[data-open-modal]').click();
		await page.locator('.pagefind-ui__search-input').fill('token bucket');
		await page.locator('.pagefind-ui__result a[href="/concepts/token-bucket/"]').first().waitFor();
	});
});

describe('long separator lists', () => {
	it('show the first 8 separators, the rest behind a keyboard-operable "N more", and terms without a concept page', async () => {
		await openPage('/questions/rate-limiting/');
		const separators = page.locator('.concept-comparison table.comparison-separating tbody tr');
		const total = await separators.count();
		expect(total).toBeGreaterThan(8);
		const summary = page.locator('.comparison-more > summary');
		expect(await summary.textContent()).toBe(`${total - 8} more that separate them`);
		expect(await separators.filter({ visible: true }).count()).toBe(8);
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await separators.filter({ visible: true }).count()).toBe(total);
		// A term found in the great answer has its sentence but no concept page to link to.
		const terms = page.locator('.comparison-table th .concept-term');
		for (const term of await terms.all()) {
			expect(await term.locator('a').count()).toBe(0);
			expect(await term.locator('xpath=ancestor::tr/td[1]').textContent()).toContain((await term.evaluate((node) => node.firstChild!.textContent!)).trim());
		}
	});
});

describe('/api/questions.json', () => {
	it('lists every question with its tiers as text and its concept comparison', async () => {
		const response = await fetch(`${origin}/api/questions.json`);
		expect(response.headers.get('content-type')).toContain('application/json');
		const body = (await response.json()) as {
			schemaVersion: number;
			questions: ApiQuestion[];
		};
		expect(body.schemaVersion).toBe(1);
		expect(body.questions).toHaveLength(19);
		const rateLimiting = body.questions[1]!;
		expect(rateLimiting).toMatchObject({
			number: 2,
			slug: 'rate-limiting',
			title: 'Explain how you would design a rate-limiting system for an API.',
			url: '/questions/rate-limiting/',
			topics: ['APIs', 'Reliability'],
		});
		expect(rateLimiting.tiers.mediocre).toMatch(/^I'd implement a counter in Redis/);
		expect(rateLimiting.tierUrls).toEqual({
			great: '/questions/rate-limiting/#great',
			mediocre: '/questions/rate-limiting/#mediocre',
			poor: '/questions/rate-limiting/#poor',
		});
		expect(Object.keys(rateLimiting.concepts)).toEqual(['great', 'mediocre', 'poor', 'greatOnly', 'shared', 'mediocreOnly', 'poorToMediocre']);
		// Each compared concept carries the sentence of each answer that states it, as written.
		expect(rateLimiting.concepts.greatOnly).toContainEqual({
			id: 'token-bucket',
			label: 'Token bucket',
			evidence: { great: "I'd implement a token bucket algorithm which allows for bursts of traffic but maintains an average rate limit." },
		});
		expect(rateLimiting.concepts.shared).toContainEqual(
			expect.objectContaining({ id: 'ttl', evidence: expect.objectContaining({ mediocre: 'The counters would expire after the time window to reset the limits.' }) }),
		);
		expect(Object.keys(rateLimiting.terms)).toEqual(['greatOnly']);
		for (const { term, evidence } of body.questions.flatMap((question) => question.terms.greatOnly)) {
			expect(evidence.great).toContain(term);
		}
	});
});
