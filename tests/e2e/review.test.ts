/**
 * Spaced repetition and faithful progress import in Chromium, on the shared built site: rating a
 * quiz attempt schedules the question, the review page and the due counts follow; imports merge
 * unless the reader replaces; a full storage, a file with nothing valid and unreadable stored
 * data lose nothing.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { KEPT_KEY, STORAGE_KEY } from '../../src/study/progress.ts';
import { useProfile } from '../support/browser.ts';
import { axeCheck } from '../support/gates.ts';

const origin = inject('siteOrigin');
const profile = useProfile(origin, { acceptDownloads: true });
let page: Page;

afterAll(() => {
	expect(profile.pageErrors).toEqual([]);
});

async function open(path: string) {
	page = await profile.open(path);
	return page;
}

const quizDueBadge = () => page.locator('nav[aria-label="Main"] a[href="/quiz/"] .due-badge');
const visibleReviewLinks = () => page.locator('#review-list li:not([hidden]) a').allTextContents();
const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
const status = () => page.locator('#progress-transfer-status').textContent();
const summary = () => page.locator('#progress-summary').textContent();

const exportFile = (entries: Record<string, unknown>) => ({
	name: 'progress.json',
	mimeType: 'application/json',
	buffer: Buffer.from(JSON.stringify({ format: 'interview-study-guide/progress', version: 2, marks: {}, drafts: {}, schedules: {}, updated: {}, ...entries })),
});

describe('review schedule', () => {
	beforeAll(profile.fresh);

	it('"Needs review" makes a question due; quiz, check, rate Good: it leaves today’s list and the counts change', async () => {
		await open('/review/');
		expect(await page.locator('#review-status').textContent()).toContain('Nothing is due');
		await open('/questions/rate-limiting/');
		await page.locator('.mark-buttons button[data-mark="review"]').click();
		await expect.poll(() => page.locator('.mark-buttons button[data-mark="review"]').getAttribute('aria-pressed')).toBe('true');
		expect(await quizDueBadge().textContent()).toBe('1 due');

		await open('/review/');
		expect(await page.locator('#review-status').textContent()).toBe('1 question is due today, the most overdue first.');
		// The link carries the question's mark, as text.
		expect(await visibleReviewLinks()).toEqual(['2. Explain how you would design a rate-limiting system for an API.Needs review']);
		expect(await axeCheck(page)).toEqual([]);
		await page.locator('#review-list li:not([hidden]) a').click();
		await page.waitForURL(`${origin}/questions/rate-limiting/?quiz`);
		await page.locator('#quiz-panel textarea').fill('Store the counters with a TTL and guard against race conditions.');
		await page.locator('.quiz-check').click();

		const rating = page.locator('fieldset.review-rating');
		expect(await rating.locator('label').allTextContents()).toEqual([
			expect.stringMatching(/^Again: next review \w{3}, \w{3} \d+, \d{4} \(suggested\)$/),
			expect.stringMatching(/^Hard: next review /),
			expect.stringMatching(/^Good: next review /),
			expect.stringMatching(/^Easy: next review /),
		]);
		expect(await rating.locator('input:checked').getAttribute('value')).toBe('1');
		expect(await axeCheck(page)).toEqual([]);
		await rating.getByLabel(/^Good:/).check();
		await rating.locator('.review-rating-save').click();
		await expect.poll(() => rating.locator('.review-rating-status').textContent()).toMatch(/^Next review on \w{3}, \w{3} \d+, \d{4}\.$/);
		expect(await quizDueBadge().count()).toBe(0);
		const saved = await stored();
		expect(saved.schedules['rate-limiting'].history.map((record: { rating: number }) => record.rating)).toEqual([3]);
		expect(Date.parse(saved.schedules['rate-limiting'].due)).toBeGreaterThan(Date.now() + 20 * 60 * 60 * 1000);

		await open('/review/');
		expect(await visibleReviewLinks()).toEqual([]);
		expect(await page.locator('#review-status').textContent()).toMatch(/^Nothing is due today; the next review is on \w+, \w+ \d+, \d{4}\.$/);
		await page.reload();
		expect(await visibleReviewLinks()).toEqual([]);
		expect(await page.locator('.mark-buttons button[data-mark="review"]').count()).toBe(0);
		await open('/');
		expect(await page.locator('#due-count').textContent()).toBe('Nothing is due for review today.');
		expect(await summary()).toBe('0 of 19 confident, 1 needs review');
	}, 120_000);

	it('offers the guide and each topic as an Anki package', async () => {
		await open('/');
		const href = await page.locator('a[download]', { hasText: 'Anki' }).getAttribute('href');
		expect(href).toBe('/anki/guide.apkg');
		const response = await page.request.get(`${origin}${href}`);
		expect(Object.keys(unzipSync(await response.body())).sort()).toEqual(['collection.anki2', 'media']);
		await open('/topics/security/');
		const topicHref = await page.locator('a[download]', { hasText: 'Anki' }).getAttribute('href');
		expect(topicHref).toBe('/anki/topics/security.apkg');
		expect((await page.request.get(`${origin}${topicHref}`)).ok()).toBe(true);
	});
});

describe('progress import', () => {
	beforeAll(profile.fresh);

	it('merges per question, newer wins; replacing is a separate choice; a file with nothing valid changes nothing', async () => {
		await open('/questions/rate-limiting/');
		await page.locator('.mark-buttons button[data-mark="confident"]').click();
		await expect.poll(() => page.locator('.mark-buttons button[data-mark="confident"]').getAttribute('aria-pressed')).toBe('true');
		await open('/questions/caching-strategy/');
		await page.locator('.mark-buttons button[data-mark="confident"]').click();
		await expect.poll(() => page.locator('.mark-buttons button[data-mark="confident"]').getAttribute('aria-pressed')).toBe('true');
		await open('/');
		expect(await summary()).toBe('2 of 19 confident, 0 need review');

		await page.locator('#progress-import').setInputFiles(exportFile({ marks: { 'a-question': 'maybe' }, drafts: { other: 7 } }));
		await expect.poll(status).toBe('This progress file holds no valid mark, draft or schedule. Nothing was changed.');
		expect(await summary()).toBe('2 of 19 confident, 0 need review');

		const file = exportFile({
			marks: { 'rate-limiting': 'review', 'caching-strategy': 'review', 'backend-security': 'review' },
			updated: { 'rate-limiting': '2999-01-01T00:00:00.000Z', 'caching-strategy': '2000-01-01T00:00:00.000Z', 'backend-security': '2000-01-01T00:00:00.000Z' },
		});
		await page.locator('#progress-import').setInputFiles(file);
		await expect.poll(status).toMatch(/^Merged: 1 added, 1 updated, 1 unchanged\./);
		expect(await summary()).toBe('1 of 19 confident, 2 need review');
		await page.reload();
		expect(await summary()).toBe('1 of 19 confident, 2 need review');

		await page.locator('#progress-import').setInputFiles(file);
		await expect.poll(status).toMatch(/^Merged: 0 added, 0 updated, 3 unchanged\./);
		await page.locator('#progress-replace').click();
		await expect.poll(status).toBe('Your progress was replaced with the file’s.');
		expect(await summary()).toBe('0 of 19 confident, 3 need review');
	});

	it('on a full storage, reports why and keeps the previous progress', async () => {
		await open('/');
		const before = await summary();
		// Fill what the browser allows this site, leaving a little room.
		await page.evaluate(() => {
			for (let size = 8 * 1024 * 1024; size > 1024; size = Math.floor(size / 2)) {
				try {
					localStorage.setItem(`filler-${size}`, 'x'.repeat(size));
				} catch {
					// Too big: try half.
				}
			}
		});
		await page.locator('#progress-import').setInputFiles(exportFile({ drafts: { 'rate-limiting': 'y'.repeat(2 * 1024 * 1024) }, updated: { 'rate-limiting': '3000-01-01T00:00:00.000Z' } }));
		await expect.poll(status).toMatch(/^Nothing was imported: The browser’s storage for this site is full .*previous progress is kept\.$/);
		expect(await summary()).toBe(before);
		await page.reload();
		expect(await summary()).toBe(before);
		await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('filler-')).forEach((key) => localStorage.removeItem(key)));
	});

	it('keeps unreadable or newer stored data aside until the reader exports or discards it', async () => {
		await profile.fresh();
		await open('/');
		const newer = JSON.stringify({ version: 9, marks: { 'rate-limiting': 'confident' }, somethingNew: true });
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, newer]);
		await open('/questions/rate-limiting/');
		expect(await page.locator('.progress-notice').textContent()).toContain('newer version');
		await page.locator('.mark-buttons button[data-mark="review"]').click();
		await expect.poll(() => page.locator('.mark-buttons button[data-mark="review"]').getAttribute('aria-pressed')).toBe('true');
		expect(await page.evaluate((key) => localStorage.getItem(key), KEPT_KEY)).toBe(newer);

		await open('/');
		expect(await page.locator('#progress-kept').isVisible()).toBe(true);
		expect(await axeCheck(page)).toEqual([]);
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#progress-kept-export').click()]);
		expect(await readFile(await download.path(), 'utf8')).toBe(newer);
		await page.locator('#progress-kept-discard').click();
		expect(await page.evaluate((key) => localStorage.getItem(key), KEPT_KEY)).toBeNull();
		expect(await page.locator('#progress-kept').isVisible()).toBe(false);
		await page.reload();
		expect(await page.locator('#progress-kept').isVisible()).toBe(false);
		expect(await summary()).toBe('0 of 19 confident, 1 needs review');
	});
});
