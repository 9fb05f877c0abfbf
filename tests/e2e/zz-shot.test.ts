import { it, inject } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
it('shot', async () => {
	const b = await launchBrowser();
	const p = await b.newPage({ viewport: { width: 1280, height: 1400 } });
	for (const [path, file] of [['/questions/rate-limiting/', 'q'], ['/concepts/exponential-backoff/', 'c'], ['/concepts/', 'ci']]) {
		await p.goto(inject('siteOrigin') + path);
		await p.screenshot({ path: `/tmp/${file}.png` });
	}
	await b.close();
}, 60000);
