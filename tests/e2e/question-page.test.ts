/**
 * The question page as a study-first diff, in Chromium against the shared build of the seed
 * guide: answers first, great and mediocre side by side on wide screens, the in-text diff, the
 * comparison table, study-first mode, and the small things a reader notices (Tab stops, the
 * shortcuts dialog, copy feedback, topic links, clamped neighbours, the concepts index).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useProfile } from '../support/browser.ts';
import { axeCheck } from '../support/gates.ts';

const origin = inject('siteOrigin');
const CACHING = '/questions/caching-strategy/';
const profile = useProfile(origin);
let page: Page;

async function open(path: string, viewport?: { width: number; height: number }) {
	page = await profile.open(path, viewport);
	// The page's module script has run once the study bar is shown.
	await page.locator('.study-bar:not([hidden])').waitFor();
	return page;
}

const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
const tierIsOpen = (tier: string) => page.locator(`details[data-tier="${tier}"]`).evaluate((details) => (details as HTMLDetailsElement).open);
const greatText = 'details[data-tier="great"] .answer-body p';

describe('answers first', () => {
	beforeAll(profile.fresh);

	it('starts the great answer’s text in the first screen at 1280 by 900', async () => {
		await open(CACHING, { width: 1280, height: 900 });
		expect((await box(greatText)).y).toBeLessThan(900 - 24);
		expect([await tierIsOpen('great'), await tierIsOpen('mediocre'), await tierIsOpen('poor')]).toEqual([true, true, false]);
	});

	it('starts it within one and a half screens on a 375 by 812 phone', async () => {
		await open(CACHING, { width: 375, height: 812 });
		expect((await box(greatText)).y).toBeLessThan(1.5 * 812);
	});

	it('puts the comparison after the answers, not in front of them', async () => {
		await open(CACHING, { width: 1280, height: 900 });
		expect((await box('#what-separates')).y).toBeGreaterThan((await box('details[data-tier="poor"]')).y);
	});
});

describe('the diff view', () => {
	beforeAll(profile.fresh);

	it('stands great and mediocre side by side at 1440 px, with the table of contents folded away', async () => {
		await open(CACHING, { width: 1440, height: 900 });
		const great = await box('details[data-tier="great"]');
		const mediocre = await box('details[data-tier="mediocre"]');
		expect(Math.abs(great.y - mediocre.y)).toBeLessThan(2);
		expect(mediocre.x).toBeGreaterThanOrEqual(great.x + great.width);
		expect(great.width).toBeGreaterThan(400);
		expect(await page.locator('.right-sidebar-container').isVisible()).toBe(false);
	});

	it('stacks them on narrower screens', async () => {
		await open(CACHING, { width: 1280, height: 900 });
		const great = await box('details[data-tier="great"]');
		const mediocre = await box('details[data-tier="mediocre"]');
		expect(mediocre.y).toBeGreaterThanOrEqual(great.y + great.height);
	});

	it('marks a great-only mention as an addition, in text and style, and leaves a shared one plain until asked', async () => {
		await open('/questions/rate-limiting/');
		const style = (selector: string) =>
			page.locator(selector).first().evaluate((mark) => {
				const computed = getComputedStyle(mark);
				return { background: computed.backgroundColor, border: computed.borderBottomStyle, sign: getComputedStyle(mark, '::before').content };
			});
		// Token bucket separates the answers; rate limiting itself is in both.
		const added = '#great-token-bucket';
		expect(await page.locator(added).getAttribute('data-role')).toBe('added');
		const shared = 'details[data-tier="great"] mark:not([data-role])';
		expect(await page.locator(shared).count()).toBeGreaterThan(0);
		const addedStyle = await style(added);
		const sharedStyle = await style(shared);
		expect(addedStyle.sign).toContain('+');
		expect(addedStyle.border).toBe('solid');
		expect(sharedStyle).toEqual({ background: 'rgba(0, 0, 0, 0)', border: 'none', sign: 'none' });

		await expect.poll(() => page.locator('.diff-legend').isVisible()).toBe(true);
		const toggle = page.getByLabel('Show all concepts');
		await toggle.check();
		expect(await toggle.isChecked()).toBe(true);
		const shown = await style(shared);
		expect(shown.border).toBe('solid');
		expect(shown.background).not.toBe('rgba(0, 0, 0, 0)');
		expect(shown.background).not.toBe(addedStyle.background);
		expect(await axeCheck(page)).toEqual([]);
	});

	it('marks mediocre-only mentions as such, also in dark mode', async () => {
		await profile.freshAs({ colorScheme: 'dark' });
		await open('/questions/rate-limiting/');
		const removed = page.locator('details[data-tier="mediocre"] mark[data-role="removed"]').first();
		expect(await removed.count()).toBe(1);
		const computed = await removed.evaluate((mark) => ({
			sign: getComputedStyle(mark, '::before').content,
			border: getComputedStyle(mark).borderBottomStyle,
			text: getComputedStyle(mark).color,
			body: getComputedStyle(document.body).color,
		}));
		expect(computed.sign).toContain('−');
		expect(computed.border).toBe('dashed');
		// Text keeps the dark theme's colour rather than a light theme's dark mark text.
		expect(computed.text).toBe(computed.body);
	});

	it('keeps the poor answer one click away, with its own diff against the mediocre one', async () => {
		await profile.fresh();
		await open('/questions/rate-limiting/');
		expect(await page.locator('.poor-diff').isVisible()).toBe(false);
		await page.locator('details[data-tier="poor"] > summary').click();
		expect(await page.locator('.poor-diff').isVisible()).toBe(true);
		expect(await page.locator('.poor-diff h4').allTextContents()).toEqual([
			'In the mediocre answer, missing here',
			'Named here but not in the mediocre answer (no credit by itself)',
		]);
		const missing = page.locator('.poor-diff ul.concept-chips').first().locator('a').first();
		expect(await missing.getAttribute('href')).toMatch(/^#mediocre-/);
	});
});

describe('the comparison table', () => {
	beforeAll(profile.fresh);

	it('has a row per separating concept with the great sentence and a dash, and shared concepts collapsed', async () => {
		await open('/questions/rate-limiting/');
		const table = page.locator('.concept-comparison > table.comparison-table');
		const row = table.locator('tbody tr', { has: page.locator('th a', { hasText: /^Token bucket$/ }) });
		const cells = await row.locator('td').allTextContents();
		expect(cells[0]).toContain('token bucket');
		const greatText = await page.locator('details[data-tier="great"] .answer-body').textContent();
		expect(greatText).toContain(cells[0]!.trim());
		// Token bucket refines rate limiting, which the mediocre answer states: its sentence is the closest.
		expect(await row.locator('td').nth(1).getAttribute('class')).toBe('comparison-broader');
		expect(await row.locator('td').nth(1).evaluate((cell) => getComputedStyle(cell, '::before').content)).toContain('Closest');
		expect(await row.locator('th a').getAttribute('href')).toBe('/concepts/token-bucket/');
		expect(await row.locator('th').getAttribute('data-role')).toBe('added');
		// A separator with nothing like it in the mediocre answer gets a dash, read as "Not stated".
		expect(await table.locator('tbody td.comparison-none', { hasText: 'Not stated' }).count()).toBeGreaterThan(0);
		const shared = page.locator('details.comparison-shared');
		expect(await shared.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
		expect(await shared.locator('summary').textContent()).toMatch(/^In both answers \(\d+\)$/);
	});

	it('explains itself in one sentence with a link to how it works', async () => {
		await open('/questions/rate-limiting/');
		const link = page.locator('.comparison-explainer a');
		await link.click();
		await page.waitForURL(`${origin}/how-to-study/#how-the-comparison-works`);
		expect(await page.locator('#how-the-comparison-works').isVisible()).toBe(true);
	});

	it('stacks each row as a card on a phone', async () => {
		await open('/questions/rate-limiting/', { width: 375, height: 812 });
		const row = page.locator('.concept-comparison > table.comparison-table tbody tr').first();
		expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe('block');
		const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(scroll).toBeLessThanOrEqual(375);
	});
});

describe('study-first mode', () => {
	beforeAll(profile.fresh);

	it('is off by default, and once chosen hides the answers on every question, across reloads', async () => {
		await open('/questions/rate-limiting/');
		expect(await page.locator('details[data-tier="great"]').isVisible()).toBe(true);
		await page.locator('.study-first-toggle').check();
		expect(await page.locator('details[data-tier="great"]').isVisible()).toBe(false);
		expect(await page.locator('.concept-comparison').isVisible()).toBe(false);
		await open('/questions/caching-strategy/');
		expect(await page.locator('.study-first-toggle').isChecked()).toBe(true);
		expect(await page.locator('details[data-tier="great"]').isVisible()).toBe(false);
		expect(await page.locator('.study-first-gate').isVisible()).toBe(true);
		expect(await axeCheck(page)).toEqual([]);
	});

	it('offers the quiz first, and shows the answers when asked', async () => {
		await open('/questions/rate-limiting/');
		await page.locator('.study-first-quiz').click();
		await page.locator('#quiz-panel textarea').waitFor();
		expect(await page.locator('details[data-tier="great"]').isVisible()).toBe(false);
		await open('/questions/rate-limiting/');
		await page.locator('.study-first-reveal').click();
		expect(await page.locator('details[data-tier="great"]').isVisible()).toBe(true);
	});

	it('still opens the tier a deep link names', async () => {
		for (const tier of ['great', 'mediocre', 'poor']) {
			await open(`/questions/rate-limiting/#${tier}`);
			await expect.poll(() => tierIsOpen(tier)).toBe(true);
			expect(await page.locator(`details[data-tier="${tier}"] .answer-body`).isVisible()).toBe(true);
		}
		await open('/questions/rate-limiting/');
		expect(await page.locator('details[data-tier="poor"]').isVisible()).toBe(false);
		await page.evaluate(() => (location.hash = '#poor'));
		await expect.poll(() => page.locator('details[data-tier="poor"] .answer-body').isVisible()).toBe(true);
	});

	it('turns off again for good', async () => {
		await open('/questions/rate-limiting/');
		await page.locator('.study-first-toggle').uncheck();
		await open('/questions/rate-limiting/');
		expect(await page.locator('details[data-tier="great"]').isVisible()).toBe(true);
	});
});

describe('keyboard, copying and links', () => {
	beforeAll(() => profile.freshAs({ permissions: ['clipboard-read', 'clipboard-write'] }));

	it('gives each chip one Tab stop', async () => {
		await open('/questions/rate-limiting/');
		await page.locator('details[data-tier="poor"] > summary').click();
		const stops = await page.locator('.poor-diff .concept-chip').evaluateAll((chips) =>
			chips.map((chip) => chip.querySelectorAll('a[href], button, [tabindex]:not([tabindex="-1"])').length),
		);
		expect(stops.length).toBeGreaterThan(0);
		expect(new Set(stops)).toEqual(new Set([1]));
	});

	it('reaches the great answer in few Tab presses: nothing but the meta line and tools stand before it', async () => {
		await open('/questions/rate-limiting/', { width: 1280, height: 900 });
		const summary = page.locator('details[data-tier="great"] > summary');
		// Starlight's sidebar comes first; count from the question's own first control.
		await page.locator('.question-meta a').first().focus();
		let presses = 0;
		while (presses < 40 && !(await summary.evaluate((element) => element === document.activeElement))) {
			await page.keyboard.press('Tab');
			presses += 1;
		}
		// Topic tags (2), copy links (2), quiz, two marks, study-first, shortcuts, show all concepts.
		expect(presses).toBeLessThanOrEqual(11);
		expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
	});

	it('keeps a tier header’s focus ring off its copy links', async () => {
		await open('/questions/rate-limiting/', { width: 1280, height: 900 });
		const summary = await box('details[data-tier="great"] > summary');
		const copy = await box('.answer-tier-frame:has([data-tier="great"]) > .copy-links');
		expect(summary.x + summary.width).toBeLessThanOrEqual(copy.x);
	});

	it('shows a visible “Copied” beside the control', async () => {
		await open('/questions/rate-limiting/');
		const link = page.locator('.question-meta a.copy-link');
		await link.click();
		await expect.poll(() => link.evaluate((element) => getComputedStyle(element, '::after').content)).toContain('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/questions/rate-limiting/`);
		await expect.poll(() => link.evaluate((element) => getComputedStyle(element, '::after').content), { timeout: 4000 }).toBe('none');
	});

	it('centres the shortcuts dialog with styled keys', async () => {
		await open('/questions/rate-limiting/', { width: 1280, height: 900 });
		await page.locator('.shortcuts-open').click();
		const dialog = await box('#shortcuts-help');
		expect(Math.abs(dialog.x + dialog.width / 2 - 640)).toBeLessThan(2);
		expect(Math.abs(dialog.y + dialog.height / 2 - 450)).toBeLessThan(2);
		const keys = await page.locator('#shortcuts-help kbd').evaluateAll((elements) =>
			elements.map((element) => ({ border: getComputedStyle(element).borderTopStyle, left: element.getBoundingClientRect().left })),
		);
		expect(keys.every((key) => key.border === 'solid')).toBe(true);
		// The first key of every row starts at the same place.
		const firsts = await page.locator('#shortcuts-help dt').evaluateAll((rows) => rows.map((row) => row.firstElementChild!.getBoundingClientRect().left));
		expect(new Set(firsts).size).toBe(1);
	});

	it('links topic tags to their topic pages and clamps the neighbours’ titles to two lines', async () => {
		await open('/questions/rate-limiting/', { width: 375, height: 812 });
		expect(await page.locator('.question-meta a.topic-tag').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
			'/topics/apis/',
			'/topics/reliability/',
		]);
		const titles = await page.locator('.pagination-links .link-title').evaluateAll((elements) =>
			elements.map((element) => element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)),
		);
		expect(titles.length).toBe(2);
		for (const lines of titles) expect(lines).toBeLessThanOrEqual(2.05);
	});
});

describe('touch screens', () => {
	beforeAll(() => profile.freshAs({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } }));

	it('do not offer the keyboard shortcuts', async () => {
		await open('/questions/rate-limiting/');
		expect(await page.locator('.quiz-start').isVisible()).toBe(true);
		expect(await page.locator('.shortcuts-open').isVisible()).toBe(false);
	});
});

describe('other pages', () => {
	beforeAll(profile.fresh);

	it('the concepts index lists used concepts, most used first, and filters as the reader types', async () => {
		page = await profile.open('/concepts/');
		const rows = page.locator('.concept-index tbody tr');
		const counts = (await rows.evaluateAll((elements) => elements.map((row) => Number(row.children[1]!.textContent))));
		expect(counts.every((count) => count > 0)).toBe(true);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		await page.locator('#concept-filter').fill('token buck');
		await expect.poll(() => page.locator('.concept-index tbody tr:not([hidden])').allTextContents()).toEqual([expect.stringContaining('Token bucket')]);
		expect(await page.locator('#concept-filter-count').textContent()).toBe('1 concept shown');
		await page.locator('#concept-filter').fill('');
		await expect.poll(() => page.locator('.concept-index tbody tr:not([hidden])').count()).toBe(counts.length);
	});

	it('unused concepts keep their pages, listed on a page of their own', async () => {
		page = await profile.open('/concepts/');
		await page.locator('a[href="/unused-concepts/"]').click();
		await page.waitForURL(`${origin}/unused-concepts/`);
		const counts = await page.locator('.concept-index tbody tr td:nth-child(2)').allTextContents();
		expect(counts.length).toBeGreaterThan(100);
		expect(new Set(counts)).toEqual(new Set(['0']));
		const first = page.locator('.concept-index tbody a').first();
		const label = await first.textContent();
		await first.click();
		await page.waitForURL(/\/concepts\/[^/]+\/$/);
		expect(await page.locator('h1').textContent()).toBe(label);
	});

	it('the home page spaces its links and styles the progress file picker', async () => {
		page = await profile.open('/');
		expect(await page.locator('main p', { hasText: 'Browse the concepts' }).textContent()).toContain('Browse the concepts · Print every question');
		await page.locator('.progress-transfer:not([hidden])').waitFor();
		const picker = await page.locator('#progress-import').evaluate((input) => getComputedStyle(input, '::file-selector-button').borderTopLeftRadius);
		expect(picker).not.toBe('0px');
	});

	it('a quiz of one question offers no "Previous question"', async () => {
		page = await profile.open('/quiz/');
		await page.locator('#quiz-set').selectOption('topic:Testing');
		await page.locator('.quiz-setup button[type="submit"]').click();
		await page.locator('#quiz-session h2', { hasText: 'Question 1 of 1' }).waitFor();
		expect(await page.locator('#quiz-session button', { hasText: 'Previous question' }).count()).toBe(0);
		expect(await page.locator('#quiz-session button', { hasText: 'Finish' }).count()).toBe(1);
	});
});
