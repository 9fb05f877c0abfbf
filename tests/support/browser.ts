/** One Chromium per test file (the launcher is shared with the benchmark: src/build-tools/chromium.ts). */
import type { Browser, BrowserContext, BrowserContextOptions, Page, ViewportSize } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchBrowser } from '../../src/build-tools/chromium.ts';

export { CHROMIUM_PATH, launchBrowser } from '../../src/build-tools/chromium.ts';

/** Playwright's viewport for a context that names none. */
export const DEFAULT_VIEWPORT: ViewportSize = { width: 1280, height: 720 };

const withoutFragment = (url: string) => url.replace(/#.*$/, '');

/**
 * How long one Playwright step (a navigation, a click, a wait for a locator) may take. Below the
 * end-to-end tests' 30 s timeout, so that a step that stalls fails naming what it waited for,
 * not as a bare test timeout.
 */
const STEP_TIMEOUT_MS = 15_000;

/**
 * What the tabs opened by a test file report while a test runs (console errors and warnings,
 * uncaught errors, failed requests), printed only when the test fails: a failure on a loaded CI
 * machine then says what the page went through.
 */
function recordBrowserReports(tab: Page, log: string[]) {
	tab.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') log.push(`console ${message.type()}: ${message.text()}`);
	});
	tab.on('pageerror', (error) => log.push(`uncaught: ${error.message}`));
	tab.on('requestfailed', (request) => log.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
}

/**
 * Loads pages one after another in one tab of a context. Opening a tab costs Chromium about as much
 * CPU as loading the page in it (0.68 against 0.34 s per load of a question page, measured), and the
 * suite is CPU-bound, so a tab is reused until its context changes. A path that differs from the
 * page shown only by its #fragment gets a new tab: in the same one it would be a jump within the
 * page, not the load a pasted link gives. With `viewport`, the tab is resized to it first.
 */
export function reusedTab(onNewTab: (tab: Page) => void = () => {}) {
	let tab: Page | undefined;
	const log: string[] = [];
	beforeEach(({ onTestFailed }) => {
		log.length = 0;
		onTestFailed(() => {
			if (log.length > 0) console.error(`What the browser reported during the failed test:\n${log.join('\n')}`);
		});
	});
	return async (context: BrowserContext, url: string, viewport?: ViewportSize): Promise<Page> => {
		const reusable = tab !== undefined && !tab.isClosed() && tab.context() === context;
		const fragmentJump = reusable && url.includes('#') && withoutFragment(tab!.url()) === withoutFragment(url);
		if (!reusable || fragmentJump) {
			if (reusable) await tab!.close();
			tab = await context.newPage();
			tab.setDefaultTimeout(STEP_TIMEOUT_MS);
			recordBrowserReports(tab, log);
			onNewTab(tab);
		}
		if (viewport) await tab!.setViewportSize(viewport);
		await tab!.goto(url);
		return tab!;
	};
}

/**
 * One Chromium for a whole test file: launched before its tests, closed after them. `open` loads a
 * path of the site under test in the file's one tab; its tests share that reader profile, so none
 * of them may rely on an empty one (`useProfile` starts afresh when asked).
 */
export function useBrowser(origin: () => string) {
	let browser: Browser | undefined;
	let context: BrowserContext | undefined;
	const load = reusedTab();
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		browser: () => browser!,
		async open(path: string): Promise<Page> {
			context ??= await browser!.newContext();
			return load(context, `${origin()}${path}`);
		},
	};
}

/**
 * One Chromium for a whole test file and a reader's profile (a browser context) in it, which a
 * test can start afresh: `fresh()` forgets everything stored, `freshAs(changed)` also changes some
 * of the profile's options; `open` loads a path in the profile's tab, at the profile's
 * viewport unless told another. Uncaught errors of every tab opened land in `pageErrors`.
 */
export function useProfile(origin: string, options: BrowserContextOptions = {}) {
	const chromium = useBrowser(() => origin);
	let context: BrowserContext | undefined;
	let viewport = DEFAULT_VIEWPORT;
	const pageErrors: string[] = [];
	const load = reusedTab((tab) => tab.on('pageerror', (error) => pageErrors.push(error.message)));
	const freshAs = async (changed: BrowserContextOptions): Promise<void> => {
		await context?.close();
		const profile = { ...options, ...changed };
		viewport = profile.viewport ?? DEFAULT_VIEWPORT;
		context = await chromium.browser().newContext(profile);
	};
	return {
		pageErrors,
		context: () => context!,
		// No parameters: it is handed to `beforeAll` as is, which passes the suite.
		fresh: () => freshAs({}),
		freshAs,
		open(path: string, size: ViewportSize = viewport): Promise<Page> {
			return load(context!, `${origin}${path}`, size);
		},
	};
}
