/** One Chromium per test file (the launcher is shared with the benchmark: src/build-tools/chromium.ts). */
import type { Browser, Page } from 'playwright-core';
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
