/** Launches Debian's Chromium through playwright-core; no browser is downloaded. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

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
