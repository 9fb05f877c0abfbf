/**
 * The question page's first-visit weight stays within its budget, per file type, like Starlight's
 * own CI budgets its bytes. Read from the main build the global setup made; no build of its own.
 * `npm run bench` measures the same weight against plain Starlight (docs/benchmark.md); lower a
 * budget when a change makes the page lighter.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstVisitWeight } from '../../src/build-tools/page-weight.ts';
import { PROJECT_ROOT } from '../support/site.ts';

/** Gzip bytes per file type and the number of requests (the HTML included) of a first visit. */
// JS rose from 4.0 to 4.1 KB in round 13 for the speller's loader (search.test.ts, "migartions"): what starts
// loading the guide's words as the dialog opens; the speller itself loads on first use. Round 14 moved the
// question words (query.ts) into the speller's chunk: 3.75 KB, budget 3.9 KB.
const BUDGET = { html: 9 * 1024, css: 13.5 * 1024, js: 3.9 * 1024, requests: 5 };

describe('the question page’s first visit', async () => {
	const weight = await firstVisitWeight(join(PROJECT_ROOT, 'dist'), '/questions/rate-limiting/');

	for (const type of ['html', 'css', 'js'] as const) {
		it(`keeps its ${type.toUpperCase()} within ${(BUDGET[type] / 1024).toFixed(1)} KB gzip`, () => {
			expect(weight[type]).toBeLessThanOrEqual(BUDGET[type]);
		});
	}

	it(`makes at most ${BUDGET.requests} requests before search is used`, () => {
		expect(weight.files.length + 1, weight.files.join('\n')).toBeLessThanOrEqual(BUDGET.requests);
	});
});
