/**
 * axe-core on each kind of page in the dark theme, with everything open, and in both themes in the
 * states a reader brings pages into: a checked quiz answer, the shortcuts dialog. The light theme of
 * these pages is checked by quality-gates.test.ts, which runs axe on one page of each shape (every
 * page, in both themes, with `npm run test:full`).
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { axeCheck, axeViolations } from '../support/gates.ts';

const origin = inject('siteOrigin');
const chromium = useBrowser(() => origin);

describe('accessibility in the dark theme', () => {
	// One page of each template in the dark theme, which changes colours only: /print/, /404.html and
	// the how-to page are made of the same parts (every page in both themes with `npm run test:full`).
	// The concept index's rows past the first few repeat its template; test:full checks them all.
	const paths = ['/', '/questions/rate-limiting/', '/concepts/', '/concepts/exponential-backoff/', '/quiz/', '/review/'];
	it(`has no axe violations on ${paths.join(', ')}, everything open`, async () => {
		expect(await axeViolations(chromium.browser(), origin, paths, { colorScheme: 'dark', sampled: true })).toEqual([]);
	}, 120_000);
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
