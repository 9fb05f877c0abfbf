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
		const { outDir, base } = await builtVariant('subpath');
		const site = await serveSite(outDir, base);
		stops.push(site.stop);
		const browser = await launchBrowser();
		stops.push(() => browser.close());
		const page = await browser.newPage();
		await page.goto(`${site.origin}${base}questions/backup-recovery/#poor`);
		await page.waitForURL(`${site.origin}${base}questions/backups/#poor`);
		await expect
			.poll(() => page.locator('details[data-tier="poor"]').evaluate((details) => (details as HTMLDetailsElement).open))
			.toBe(true);
		await page.goto(`${site.origin}${base}q/18/`);
		await page.waitForURL(`${site.origin}${base}questions/backups/`);
	}, VARIANT_WAIT_MS);
});
