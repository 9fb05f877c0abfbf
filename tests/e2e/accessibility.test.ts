/**
 * axe-core on each kind of page in the dark theme, with everything open, and in both themes in the
 * states a reader brings pages into: a checked quiz answer, the shortcuts dialog. The light theme of
 * these pages is checked by quality-gates.test.ts, which runs axe on one page of each shape (every
 * page, in both themes, with `npm run test:full`).
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { axeCheck } from '../support/gates.ts';

const origin = inject('siteOrigin');
const chromium = useBrowser(() => origin);

describe('accessibility in the dark theme', () => {
	const colorScheme = 'dark';
	// One page of each template in the dark theme, which changes colours only: /print/, /404.html and
	// the how-to page are made of the same parts (every page in both themes with `npm run test:full`).
	it.each(['/', '/questions/rate-limiting/', '/concepts/', '/concepts/exponential-backoff/', '/quiz/', '/review/'])(
		'%s has no axe violations, everything open', async (path) => {
		const context = await chromium.browser().newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto(`${origin}${path}`);
		await page.evaluate(() => document.querySelectorAll('main details').forEach((tier) => ((tier as HTMLDetailsElement).open = true)));
		// The concept index's rows past the first few repeat its template; test:full checks them all.
		expect(await axeCheck(page, { sampled: true })).toEqual([]);
		await context.close();
	});
});

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
	it('a question page with a checked quiz answer and the shortcuts dialog has no axe violations', async () => {
		const context = await chromium.browser().newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto(`${origin}/questions/rate-limiting/`);
		await page.locator('.mark-buttons button[data-mark="review"]').click();
		await page.locator('.quiz-start').click();
		await page.locator('#quiz-panel textarea').fill('A token bucket in Redis with a TTL.');
		await page.locator('.quiz-check').click();
		await page.locator('.quiz-result').waitFor();
		expect(await axeCheck(page)).toEqual([]);
		await page.locator('.shortcuts-open').click();
		expect(await axeCheck(page)).toEqual([]);
		await context.close();
	});
});
