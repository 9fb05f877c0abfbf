/** axe-core on the built pages, light and dark, with every tier open. */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

const origin = inject('siteOrigin');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser.close();
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
	it.each(['/', '/how-to-study/', '/questions/rate-limiting/', '/concepts/', '/concepts/exponential-backoff/', '/404.html', '/quiz/', '/print/'])(
		'%s has no axe violations, everything open', async (path) => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto(`${origin}${path}`);
		await page.evaluate(() => document.querySelectorAll('main details').forEach((tier) => ((tier as HTMLDetailsElement).open = true)));
		const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		expect(summarise(violations)).toEqual([]);
		await context.close();
	});

	it('a question page with a checked quiz answer and the shortcuts dialog has no axe violations', async () => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto(`${origin}/questions/rate-limiting/`);
		await page.locator('.mark-buttons button[data-mark="review"]').click();
		await page.locator('.quiz-start').click();
		await page.locator('#quiz-panel textarea').fill('A token bucket in Redis with a TTL.');
		await page.locator('.quiz-check').click();
		await page.locator('.quiz-result').waitFor();
		expect(summarise((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations)).toEqual([]);
		await page.locator('.shortcuts-open').click();
		expect(summarise((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations)).toEqual([]);
		await context.close();
	});
});

function summarise(violations: { id: string; nodes: { target: unknown[] }[] }[]): string[] {
	return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
