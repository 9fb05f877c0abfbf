/** Study mode in the browser: quiz, check my answer, marks, drafts, export and import, printing. */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STORAGE_KEY } from '../../src/study/progress.ts';
import { QUESTIONS_PER_PRINT_PART } from '../../src/lib/print-parts.ts';
import { useProfile } from '../support/browser.ts';
import { axeCheck } from '../support/gates.ts';
import { serveSite } from '../support/site.ts';
import { builtVariant, VARIANT_WAIT_MS } from '../support/variants.ts';

const origin = inject('siteOrigin');
const profile = useProfile(origin, { acceptDownloads: true });
let page: Page;

async function open(path: string) {
	page = await profile.open(path);
	return page;
}

async function startQuiz() {
	await page.locator('.quiz-start').click();
	await page.locator('#quiz-panel textarea').waitFor();
}

const visible = (selector: string) => page.locator(selector).first().isVisible();

describe('quiz on a question page', () => {
	beforeAll(profile.fresh);

	it('hides the answers, checks a typed answer and shows what it covers and what it misses', async () => {
		await open('/questions/rate-limiting/');
		await startQuiz();
		expect(await visible('details[data-tier="great"]')).toBe(false);
		expect(await visible('.concept-comparison')).toBe(false);
		await page.locator('#quiz-panel textarea').fill('Store the counters with a TTL and guard against race conditions.');
		await page.locator('.quiz-check').click();
		expect(await page.locator('.quiz-result .coverage-summary').textContent()).toBe('You covered 2 of 14 ideas of the great answer.');
		expect(await page.locator('.quiz-result .quiz-how a').getAttribute('href')).toBe('/how-to-study/#checking-your-answer');
		expect(await page.locator('.quiz-ideas-covered .quiz-idea-name').allTextContents()).toEqual(['TTL', 'Race condition']);
		expect(await page.locator('.quiz-ideas-covered li').first().textContent()).toBe('TTL — your words: “TTL”');
		expect(await page.locator('.quiz-your-answer mark').allTextContents()).toEqual(['TTL', 'race conditions']);
		const tokenBucket = page.locator('.quiz-ideas-missed li[data-concept="token-bucket"]');
		expect(await tokenBucket.locator('a').getAttribute('href')).toBe('/concepts/token-bucket/');
		expect(await tokenBucket.locator('blockquote').textContent()).toMatch(/^The great answer: “I'd implement a token bucket algorithm/);
		await page.locator('.quiz-reveal').click();
		expect(await visible('details[data-tier="great"]')).toBe(true);
	});

	it('credits an idea said in other words, and not one the reader rejects', async () => {
		await open('/questions/async-task-processing/');
		await startQuiz();
		const answer = page.locator('#quiz-panel textarea');
		await answer.fill('Jobs that keep failing get moved aside for someone to inspect.');
		await page.locator('.quiz-check').click();
		expect(await page.locator('.quiz-ideas-covered li[data-concept="dead-letter-queue"]').textContent()).toBe(
			'Dead-letter queue — your words: “keep failing get moved aside”, “for someone to inspect”',
		);
		expect(await page.locator('.quiz-your-answer mark').allTextContents()).toEqual(['keep failing get moved aside', 'for someone to inspect']);

		await answer.fill('A dead-letter queue felt like overkill, so we never added one. If a job fails we retry it.');
		await page.locator('.quiz-check').click();
		expect(await page.locator('.quiz-ideas-covered li[data-concept="dead-letter-queue"]').count()).toBe(0);
		expect(await page.locator('.quiz-ideas-missed li[data-concept="dead-letter-queue"] .quiz-idea-evidence').textContent()).toBe(' — you set it aside.');
		expect(await page.locator('.quiz-ideas-partial li[data-concept="exponential-backoff"]').textContent()).toMatch(
			/you named the broader idea, Retries \(“retry it”\), but not Exponential backoff itself\.The great answer: “For reliability/,
		);
		expect(await axeCheck(page)).toEqual([]);
	});

	it('asks for text before checking an empty answer', async () => {
		await open('/questions/rate-limiting/');
		await startQuiz();
		await page.locator('#quiz-panel textarea').fill('   ');
		await page.locator('.quiz-check').click();
		expect(await page.locator('.quiz-result').textContent()).toBe('Write your answer first, then check it.');
		expect(await page.locator('#quiz-panel textarea').getAttribute('aria-invalid')).toBe('true');
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
		expect(await page.locator('.quiz-result .coverage-summary').count()).toBe(0);
	});

	it('offers a failed glossary load again, and checks once it loads', async () => {
		await open('/questions/rate-limiting/');
		await page.route('**/api/quiz/names.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
		await page.locator('.quiz-start').click();
		const failure = page.locator('#quiz-panel .quiz-load-failure');
		expect(await failure.textContent()).toContain('The quiz could not load the glossary it checks answers with. Could not load /api/quiz/names.json: the server answered 503.');
		await page.unroute('**/api/quiz/names.json');
		await failure.locator('button', { hasText: 'Try again' }).click();
		await page.locator('#quiz-panel textarea').fill('A token bucket.');
		await page.locator('.quiz-check').click();
		expect(await page.locator('.quiz-ideas-covered .quiz-idea-name').allTextContents()).toContain('Token bucket');
	});

	it('announces each verdict with its coverage figure', async () => {
		await open('/questions/rate-limiting/');
		await startQuiz();
		const announced = page.evaluate(
			() => new Promise((resolve) => document.addEventListener('quiz-checked', (event) => resolve((event as CustomEvent).detail), { once: true })),
		);
		await page.locator('#quiz-panel textarea').fill('A token bucket in Redis.');
		await page.locator('.quiz-check').click();
		expect(await announced).toMatchObject({ slug: 'rate-limiting', total: 14, covered: expect.any(Number), coverage: expect.any(Number) });
		// The great answer names Redis but never NoSQL: an implied broader concept is no idea, covered or missed.
		expect(await page.locator('.quiz-ideas-covered li[data-concept="redis"]').count()).toBe(1);
		expect(await page.locator('.quiz-result li[data-concept="nosql"]').count()).toBe(0);
	});

	it('shows pasted markup as text and runs nothing', async () => {
		const dialogs: string[] = [];
		await open('/questions/rate-limiting/');
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await startQuiz();
		const hostile = '<img src=x onerror=alert(1)> and <script>alert(2)</script> TTL';
		await page.locator('#quiz-panel textarea').fill(hostile);
		await page.locator('.quiz-check').click();
		expect(await page.locator('.quiz-your-answer').textContent()).toBe(hostile);
		expect(await page.locator('#quiz-panel img, #quiz-panel script').count()).toBe(0);
		await page.waitForTimeout(200);
		expect(dialogs).toEqual([]);
	});

	it('keeps the draft across a reload, until it is cleared', async () => {
		await open('/questions/caching-strategy/');
		await startQuiz();
		await page.locator('#quiz-panel textarea').fill('Cache-aside with Redis');
		await page.waitForTimeout(500);
		await page.reload();
		await startQuiz();
		expect(await page.locator('#quiz-panel textarea').inputValue()).toBe('Cache-aside with Redis');
		await page.locator('.quiz-clear').click();
		await page.reload();
		await startQuiz();
		expect(await page.locator('#quiz-panel textarea').inputValue()).toBe('');
	});

	it("loads the quiz code, the glossary's names and the question's ideas only when a quiz starts", async () => {
		const requests: string[] = [];
		page = await profile.context().newPage();
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${origin}/questions/backend-testing/`);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((path) => /\/api\/quiz\/|glossary\.json|\/quiz\./.test(path))).toEqual([]);
		await startQuiz();
		expect(requests).toEqual(expect.arrayContaining(['/api/quiz/names.json', '/api/quiz/ideas/backend-testing.json']));
		expect(requests).not.toContain('/api/glossary.json');
		expect(requests.some((path) => /\/_astro\/quiz\..*\.js$/.test(path))).toBe(true);
		// Every concept's names for the matcher; definitions and paraphrases only for the question's ideas.
		const get = async <T>(path: string) => (await (await page.request.get(`${origin}${path}`)).json()) as T;
		const { concepts } = await get<{ concepts: { id: string; label: string; definition?: string }[] }>('/api/quiz/names.json');
		const acceptance = concepts.find((concept) => concept.id === 'acceptance-testing');
		expect(acceptance).toMatchObject({ label: 'Acceptance testing', aliases: expect.any(Array) });
		expect(acceptance).not.toHaveProperty('definition');
		const { ideas } = await get<{ ideas: { id: string; definition: string; paraphrases?: string[] }[] }>('/api/quiz/ideas/rate-limiting.json');
		expect(ideas.find((idea) => idea.id === 'token-bucket')).toMatchObject({ definition: expect.any(String), paraphrases: expect.arrayContaining(['bucket that refills']) });
		expect(ideas.map((idea) => idea.id)).not.toContain('acceptance-testing');
	});
});

describe('progress marks', () => {
	beforeAll(profile.fresh);

	it('survive a reload and show in the sidebar and on the home page', async () => {
		await open('/questions/rate-limiting/');
		const confident = page.locator('.mark-buttons button[data-mark="confident"]');
		await confident.click();
		// The progress code loads on the first press, or with the page once progress is stored.
		await expect.poll(() => confident.getAttribute('aria-pressed')).toBe('true');
		await page.reload();
		await expect.poll(() => page.locator('.mark-buttons button[data-mark="confident"]').getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('nav[aria-label="Main"] a[aria-current="page"] .mark-badge').textContent()).toBe('Confident');
		await open('/questions/caching-strategy/');
		const review = page.locator('.mark-buttons button[data-mark="review"]');
		await review.click();
		await expect.poll(() => review.getAttribute('aria-pressed')).toBe('true');
		await open('/');
		expect(await page.locator('#progress-summary').textContent()).toBe('1 of 19 confident, 1 needs review');
		expect(await page.locator('.question-list a[href="/questions/caching-strategy/"] .mark-badge').textContent()).toBe('Needs review');
	});

	it('export to a file and import back after being cleared; a foreign file changes nothing', async () => {
		await open('/');
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#progress-export').click()]);
		const exported = await download.path();
		expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({
			format: 'interview-study-guide/progress',
			marks: { 'rate-limiting': 'confident', 'caching-strategy': 'review' },
		});
		await page.evaluate((key) => localStorage.removeItem(key), STORAGE_KEY);
		await page.reload();
		expect(await page.locator('#progress-summary').textContent()).toBe('0 of 19 confident, 0 need review');

		await page.locator('#progress-import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
		await expect.poll(() => page.locator('#progress-transfer-status').textContent()).toContain('not a progress export');
		expect(await page.locator('#progress-summary').textContent()).toBe('0 of 19 confident, 0 need review');

		await page.locator('#progress-import').setInputFiles(exported);
		await expect.poll(() => page.locator('#progress-transfer-status').textContent()).toMatch(/^Merged: 2 added, 0 updated, 0 unchanged\./);
		expect(await page.locator('#progress-summary').textContent()).toBe('1 of 19 confident, 1 needs review');
	});

	it('ignore a corrupted stored value with a notice, without breaking the page', async () => {
		await profile.fresh();
		await profile.context().addInitScript((key) => localStorage.setItem(key, '{"version":1,"marks":'), STORAGE_KEY);
		profile.pageErrors.length = 0;
		await open('/questions/rate-limiting/');
		expect(await page.locator('.progress-notice').textContent()).toContain('could not be read');
		await page.locator('.mark-buttons button[data-mark="review"]').click();
		await expect.poll(() => page.locator('.mark-buttons button[data-mark="review"]').getAttribute('aria-pressed')).toBe('true');
		await startQuiz();
		expect(profile.pageErrors).toEqual([]);
	});
});

describe('the quiz page', () => {
	beforeAll(profile.fresh);

	it('quizzes only the questions marked for review', async () => {
		await open('/quiz/');
		await page.locator('#quiz-set').selectOption('review');
		await page.locator('.quiz-setup button[type="submit"]').click();
		await expect.poll(() => page.locator('#quiz-session').textContent()).toContain('No questions match');
		await open('/questions/backend-security/');
		await page.locator('.mark-buttons button[data-mark="review"]').click();
		await expect.poll(() => page.locator('.mark-buttons button[data-mark="review"]').getAttribute('aria-pressed')).toBe('true');
		await open('/quiz/');
		await page.locator('#quiz-set').selectOption('review');
		await page.locator('.quiz-setup button[type="submit"]').click();
		await page.locator('#quiz-session h2', { hasText: 'Question 1 of 1' }).waitFor();
		expect(await page.locator('.quiz-question').textContent()).toBe('How do you ensure the security of a backend system?');
		await page.locator('#quiz-session textarea').fill('HTTPS everywhere and least privilege.');
		await page.locator('.quiz-check').click();
		expect(await page.locator('.quiz-result .coverage-summary').textContent()).toMatch(/^You covered [1-9]\d* of \d+ ideas/);
	});

	it('goes through a topic one question after another', async () => {
		await open('/quiz/');
		await page.locator('#quiz-set').selectOption('topic:Security');
		await page.locator('.quiz-setup button[type="submit"]').click();
		await page.locator('#quiz-session h2', { hasText: 'Question 1 of 2' }).waitFor();
		await page.locator('#quiz-session button', { hasText: 'Next question' }).click();
		await page.locator('#quiz-session h2', { hasText: 'Question 2 of 2' }).waitFor();
	});
});

describe('keyboard and print', () => {
	beforeAll(profile.fresh);

	it('lists the shortcuts in a dialog and follows them', async () => {
		await open('/questions/rate-limiting/');
		await page.keyboard.press('Shift+?');
		expect(await page.locator('#shortcuts-help').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await page.locator('#shortcuts-help').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
		await page.keyboard.press('o');
		// The shortcuts' code loads on the first key pressed.
		await expect.poll(() => page.locator('details.answer-tier[open]').count()).toBe(3);
		await page.keyboard.press('n');
		await page.waitForURL(`${origin}/questions/async-task-processing/`);
		await page.keyboard.press('p');
		await page.waitForURL(`${origin}/questions/rate-limiting/`);
	});

	it('prints every question with answers open and no navigation', async () => {
		await open('/print/');
		expect(await page.locator('article.print-question').count()).toBe(19);
		expect(await page.locator('details.answer-tier:not([open])').count()).toBe(0);
		await page.emulateMedia({ media: 'print' });
		expect(await visible('nav[aria-label="Main"]')).toBe(false);
		expect(await visible('.copy-links')).toBe(false);
		expect(await page.locator('article.print-question').nth(1).evaluate((article) => getComputedStyle(article).breakBefore)).toBe('page');
	});

	it.runIf(inject('fullSweep'))(
		'prints a guide too large for one page in parts, each with its questions and a way back',
		async () => {
			const { outDir, base } = await builtVariant('large');
			const site = await serveSite(outDir, base);
			try {
				await open('/print/');
				await page.goto(`${site.origin}/print/`);
				const parts = page.locator('main a[href^="/print/"]');
				expect(await parts.allTextContents()).toEqual([`Questions 1–${QUESTIONS_PER_PRINT_PART}`, `Questions ${QUESTIONS_PER_PRINT_PART + 1}–${2 * QUESTIONS_PER_PRINT_PART}`]);
				expect(await page.locator('article.print-question').count()).toBe(0);
				await parts.nth(1).click();
				await page.waitForURL(`${site.origin}/print/${QUESTIONS_PER_PRINT_PART + 1}-${2 * QUESTIONS_PER_PRINT_PART}/`);
				expect(await page.locator('article.print-question h2').first().textContent()).toMatch(new RegExp(`^${QUESTIONS_PER_PRINT_PART + 1}\\. `));
				expect(await page.locator('article.print-question').count()).toBe(20);
				expect(await page.locator('details.answer-tier:not([open])').count()).toBe(0);
				expect(await axeCheck(page, { sampled: true })).toEqual([]);
			} finally {
				await site.stop();
			}
		},
		VARIANT_WAIT_MS,
	);
});
