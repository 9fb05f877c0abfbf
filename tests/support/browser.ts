/** One Chromium per test file (the launcher is shared with the benchmark: src/build-tools/chromium.ts). */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/build-tools/chromium.ts';

export { CHROMIUM_PATH, launchBrowser } from '../../src/build-tools/chromium.ts';

/**
 * One Chromium for a whole test file: launched before its tests, closed after them. `open` loads a
 * path of the site under test in a new page.
 */
export function useBrowser(origin: () => string) {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		browser: () => browser!,
		async open(path: string): Promise<Page> {
			const page = await browser!.newPage();
			await page.goto(`${origin()}${path}`);
			return page;
		},
	};
}

/**
 * One Chromium for a whole test file and a reader's profile (a browser context) in it, which a
 * test can start afresh: `fresh()` forgets everything stored, `open` loads a path in a new page of
 * the profile. Uncaught errors of every page opened land in `pageErrors`.
 */
export function useProfile(origin: string, options: BrowserContextOptions = {}) {
	const chromium = useBrowser(() => origin);
	let context: BrowserContext | undefined;
	const pageErrors: string[] = [];
	return {
		pageErrors,
		context: () => context!,
		async fresh(): Promise<void> {
			await context?.close();
			context = await chromium.browser().newContext(options);
		},
		async open(path: string): Promise<Page> {
			const page = await context!.newPage();
			page.on('pageerror', (error) => pageErrors.push(error.message));
			await page.goto(`${origin}${path}`);
			return page;
		},
	};
}
