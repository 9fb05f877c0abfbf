/**
 * `npm run screenshots [-- --dist some/built/site]`
 *
 * Builds the site into a temporary folder (or takes an already built one), serves it with Astro's
 * preview server, and saves the question page at 375 and 1440 px wide, light and dark, to
 * docs/screenshots/, so that a reader of the repository can see the page. Debian's Chromium; no
 * browser is downloaded.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../src/build-tools/chromium.ts';
import { buildSite, PROJECT_ROOT, serveSite } from '../src/build-tools/site.ts';

const PAGE = '/questions/caching-strategy/';
const VIEWPORTS = [
	{ name: 'phone', width: 375, height: 812 },
	{ name: 'wide', width: 1440, height: 900 },
] as const;
const THEMES = ['light', 'dark'] as const;

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const scratch = values.dist ? undefined : await mkdtemp(join(tmpdir(), 'guide-screenshots-'));
const dist = values.dist ? resolve(values.dist) : join(scratch!, 'dist');
if (scratch) await buildSite(['--outDir', dist], { GUIDE_CACHE_DIR: join(scratch, 'cache') });

const out = join(PROJECT_ROOT, 'docs', 'screenshots');
await mkdir(out, { recursive: true });
const site = await serveSite(dist);
const browser = await launchBrowser();
try {
	for (const viewport of VIEWPORTS) {
		for (const theme of THEMES) {
			const page = await browser.newPage({ viewport, colorScheme: theme });
			await page.goto(`${site.origin}${PAGE}`);
			await page.locator('.study-bar:not([hidden])').waitFor();
			const file = join(out, `question-${viewport.width}-${theme}.png`);
			await page.screenshot({ path: file });
			console.log(file);
			await page.close();
		}
	}
} finally {
	await browser.close();
	await site.stop();
	if (scratch) await rm(scratch, { recursive: true, force: true });
}
