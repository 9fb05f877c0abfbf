/**
 * A document full of markup, script, `javascript:` URLs and a 5,000-character word, with a glossary
 * as hostile, builds, shows every character as text, and passes the same gates as the real guide.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { loadGlossary } from '../../src/analysis/glossary-files.ts';
import { parseDocument } from '../../src/importer/parse-document.ts';
import { DEFAULT_VIEWPORT, launchBrowser, reusedTab } from '../support/browser.ts';
import { readBuiltPages, type BuiltPage } from '../support/built-site.ts';
import { glossaryFixturePath, readFixture } from '../support/fixtures.ts';
import { accessibilitySample, axeViolations, brokenLinks, browserProblems, cspProblems, orphanPages } from '../support/gates.ts';
import { serveSite } from '../support/site.ts';
import { builtVariant, VARIANT_WAIT_MS } from '../support/variants.ts';

const hostile = parseDocument(readFixture('hostile.txt'), 'x').questions;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;
let outDir: string;
let pages: BuiltPage[];

beforeAll(async () => {
	({ outDir } = await builtVariant('hostile'));
	site = await serveSite(outDir);
	browser = await launchBrowser();
	pages = await readBuiltPages(outDir);
}, VARIANT_WAIT_MS);

afterAll(async () => {
	await browser?.close();
	await site?.stop();
});

/** Messages of the dialogs a script opened since the last `openPage`; each is dismissed. */
const dialogs: string[] = [];
const load = reusedTab((tab) =>
	tab.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	}),
);
let context: BrowserContext | undefined;

/** Loads `path` of the hostile guide in one reused tab, at `viewport`, its dialogs recorded afresh. */
async function openPage(path: string, viewport = DEFAULT_VIEWPORT) {
	context ??= await browser.newContext();
	dialogs.length = 0;
	return load(context, `${site.origin}${path}`, viewport);
}

describe.each(hostile.map((question, index) => ({ ...question, number: index + 1 })))('hostile question $number', (question) => {
	it('shows the question and every answer exactly as written, running nothing and adding no elements', async () => {
		const page = await openPage(`/q/${question.number}/`, { width: 375, height: 800 });
		await page.locator('details.answer-tier').first().waitFor();
		// The great and mediocre answers are open; open the poor one.
		await page.locator('details[data-tier="poor"] > summary').click();

		expect(await page.locator('h1').textContent()).toBe(question.question);
		expect(await page.title()).toContain(question.question.slice(0, 30));
		// Each paragraph of an answer is one <p>; inside it, list items show on their own lines.
		const shown = await page.locator('.answer-body').evaluateAll((bodies) =>
			bodies.map((body) => [...body.querySelectorAll('p')].map((paragraph) => ({ text: paragraph.textContent, lines: paragraph.innerText.split('\n').length }))),
		);
		const tiers = [question.tiers.great, question.tiers.mediocre, question.tiers.poor];
		expect(shown.map((paragraphs) => paragraphs.map(({ text }) => text).join('\n\n'))).toEqual(tiers);
		expect(shown.flat().map(({ lines }) => lines)).toEqual(tiers.flatMap((tier) => tier.split('\n\n').map((paragraph) => paragraph.split('\n').length)));
		expect(await page.locator('main details.answer-tier').count()).toBe(3);
		expect(await page.locator('main .answer-body *:not(p, mark)').count()).toBe(0);
		expect(await page.locator('main script, main img, main iframe, main style, main a[href^="javascript:"]').count()).toBe(0);
		// A 5,000-character word wraps instead of widening the page on a phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
		expect(dialogs).toEqual([]);
	});
});

describe.each(await loadGlossary(glossaryFixturePath('hostile')))('hostile concept $id', (concept) => {
	it('shows its label and definition exactly as written, running nothing', async () => {
		const page = await openPage(`/concepts/${concept.id}/`);
		expect(await page.locator('h1').textContent()).toBe(concept.label);
		expect(await page.locator('.concept-definition').textContent()).toBe(concept.definition);
		expect(await page.locator('main script, main b, main dd').count()).toBe(0);
		expect(dialogs).toEqual([]);
	});
});

describe('the hostile guide passes the quality gates', () => {
	it('links, fragments and reachability', () => {
		expect(brokenLinks(outDir, pages)).toEqual([]);
		expect(orphanPages(pages)).toEqual([]);
	});

	it('Content Security Policy on every page', () => {
		expect(cspProblems(pages)).toEqual([]);
	});

	it('no CSP violation, console error, dialog or third-party request on its question pages', async () => {
		for (const number of hostile.map((_, index) => index + 1)) {
			expect(await browserProblems(browser, site.origin, `/q/${number}/`, 'javascript')).toEqual([]);
		}
	});

	it('accessibility of every page that shows its content', async () => {
		// The hostile text is on the pages that print questions and answers; the other one-off pages
		// share the real guide's templates and are checked there (every page with test:full).
		const printsQuestions = (path: string) => /^\/(?:$|print\/$|questions\/|topics\/|concepts\/)/.test(path);
		const checked = inject('fullSweep') ? pages.filter((page) => !page.redirect).map((page) => page.path) : accessibilitySample(pages).filter(printsQuestions);
		expect(await axeViolations(browser, site.origin, checked)).toEqual([]);
	}, 300_000);
});
