/**
 * Published URLs never break: a renamed question's old address redirects, fragment included, in a
 * real build. How the build's check names a broken URL is tested in
 * tests/unit/integrations/published-urls.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/site.ts';
import { builtVariant, VARIANT_WAIT_MS } from '../support/variants.ts';

describe('published URLs', () => {
	const stops: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const stop of stops) await stop();
	});

	it('keep working as redirects when the old slug is recorded in formerSlugs', async () => {
		const { outDir } = await builtVariant('renamed');
		const site = await serveSite(outDir);
		stops.push(site.stop);
		const browser = await launchBrowser();
		stops.push(() => browser.close());
		const page = await browser.newPage();
		await page.goto(`${site.origin}/questions/rate-limiting/#poor`);
		await page.waitForURL(`${site.origin}/questions/rate-limits/#poor`);
		await expect
			.poll(() => page.locator('details[data-tier="poor"]').evaluate((details) => (details as HTMLDetailsElement).open))
			.toBe(true);
		await page.goto(`${site.origin}/q/2/`);
		await page.waitForURL(`${site.origin}/questions/rate-limits/`);
	}, VARIANT_WAIT_MS);
});
