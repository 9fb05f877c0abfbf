/** A document full of markup builds, and every character of it shows as text. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseDocument } from '../../src/importer/parse-document.ts';
import { launchBrowser } from '../support/browser.ts';
import { emptyManifest, importedQuestions, temporaryOutDir } from '../support/content.ts';
import { fixturePath, readFixture } from '../support/fixtures.ts';
import { buildSite, serveSite } from '../support/site.ts';

const [hostile] = parseDocument(readFixture('hostile.txt'), 'x').questions;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
	const questions = await importedQuestions(fixturePath('hostile.txt'));
	const outDir = await temporaryOutDir();
	await buildSite(['--outDir', outDir], { GUIDE_QUESTIONS_DIR: questions, GUIDE_URL_MANIFEST: await emptyManifest() });
	site = await serveSite(outDir);
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await site?.stop();
});

describe('a question whose text is markup', () => {
	let page: Page;
	const dialogs: string[] = [];

	beforeAll(async () => {
		page = await browser.newPage();
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await page.goto(`${site.origin}/`);
		await page.locator('main ol.question-list a').first().click();
		await page.locator('details.answer-tier').first().waitFor();
		for (const tier of ['mediocre', 'poor']) await page.locator(`details[data-tier="${tier}"] > summary`).click();
	});

	it('shows the question and every answer exactly as written', async () => {
		expect(await page.locator('h1').textContent()).toBe(hostile!.question);
		expect(await page.locator('.answer-body').allTextContents()).toEqual([
			hostile!.tiers.great,
			hostile!.tiers.mediocre,
			hostile!.tiers.poor,
		]);
	});

	it('runs no script and adds no elements from the text', async () => {
		expect(dialogs).toEqual([]);
		expect(await page.locator('main details.answer-tier').count()).toBe(3);
		const answers = page.locator('main .answer-body');
		expect(await answers.locator('*:not(p, mark)').count()).toBe(0);
		expect(await page.locator('main script, main img, main a[href^="javascript:"]').count()).toBe(0);
		expect(await page.title()).toContain('<script>alert("q")</script>');
	});
});
