/** What the benchmark measures: process-tree memory, folder sizes, search time (first-visit weight: src/build-tools/page-weight.ts). */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/** Total size in bytes of the files under a folder. */
export async function folderSize(folder: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
	}
	return total;
}

const PAGE_SIZE = 4096;

/** Resident memory of a process and all its descendants, in bytes, from /proc: their total and the largest one's. */
export async function treeRss(root: number): Promise<{ total: number; largest: number }> {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of await readdir('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		let text: string;
		try {
			text = await readFile(`/proc/${name}/stat`, 'utf8');
		} catch {
			continue; // the process ended meanwhile
		}
		// Fields after the command name, which is in parentheses and may hold spaces: state is
		// field 3, ppid field 4, rss (in pages) field 24.
		const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
		const pid = Number(name);
		const parent = Number(fields[1]);
		children.set(parent, [...(children.get(parent) ?? []), pid]);
		rss.set(pid, Number(fields[21]) * PAGE_SIZE);
	}
	let total = 0;
	let largest = 0;
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.pop()!;
		total += rss.get(pid) ?? 0;
		largest = Math.max(largest, rss.get(pid) ?? 0);
		queue.push(...(children.get(pid) ?? []));
	}
	return { total, largest };
}

export interface PeakMemory {
	/** The most the whole process tree held at once. */
	tree: number;
	/** The most any one process of the tree held. */
	largestProcess: number;
}

/** Polls a process tree's memory until stopped; returns the peaks seen. */
export function watchPeakMemory(root: number, everyMs = 100): { stop: () => Promise<PeakMemory> } {
	const peak: PeakMemory = { tree: 0, largestProcess: 0 };
	let running = true;
	const loop = (async () => {
		while (running) {
			const { total, largest } = await treeRss(root);
			peak.tree = Math.max(peak.tree, total);
			peak.largestProcess = Math.max(peak.largestProcess, largest);
			await new Promise((resolve) => setTimeout(resolve, everyMs));
		}
	})();
	return {
		stop: async () => {
			running = false;
			await loop;
			return peak;
		},
	};
}

export interface SearchTimes {
	/** Milliseconds from typing a query (Playwright's fill) to the first result title shown. */
	shown: number[];
	/** Milliseconds Pagefind itself takes to search and load the first result, no UI. */
	engine: number[];
}

/**
 * Passes of searchTimesOnce, each in a fresh browser context (nothing cached from the pass before).
 * One pass of ten queries moves by ±20 ms from run to run on a 2-core machine; the median of
 * several passes is the figure worth comparing.
 */
export async function searchTimes(browser: Browser, pageUrl: string, queries: readonly string[], passes = 3): Promise<SearchTimes> {
	const times: SearchTimes = { shown: [], engine: [] };
	for (let pass = 0; pass < passes; pass++) {
		const { shown, engine } = await searchTimesOnce(browser, pageUrl, queries);
		times.shown.push(...shown);
		times.engine.push(...engine);
	}
	return times;
}

/**
 * Search as a reader meets it: the page loaded once, the search dialog opened and used once
 * (so Pagefind's code and WebAssembly are cached), then each query typed into a cleared box.
 */
async function searchTimesOnce(browser: Browser, pageUrl: string, queries: readonly string[]): Promise<SearchTimes> {
	const page = await browser.newPage();
	try {
		await page.goto(pageUrl);
		await page.locator('button[data-open-modal]').click();
		const input = page.locator('.pagefind-ui__search-input');
		const firstResult = page.locator('.pagefind-ui__result-title a').first();
		await input.fill('database');
		await firstResult.waitFor();
		const times: SearchTimes = { shown: [], engine: [] };
		for (const query of queries) {
			await input.fill('');
			await page.locator('.pagefind-ui__result-title a').first().waitFor({ state: 'detached' });
			// Timed in the page: from the input event fill() fires to the first frame with a result.
			await page.evaluate(() => {
				const input = document.querySelector<HTMLInputElement>('.pagefind-ui__search-input')!;
				(window as unknown as { benchDone: Promise<number> }).benchDone = new Promise((resolve) => {
					input.addEventListener(
						'input',
						() => {
							const start = performance.now();
							const check = () => {
								const link = document.querySelector<HTMLElement>('.pagefind-ui__result-title a');
								if (link?.checkVisibility()) resolve(performance.now() - start);
								else requestAnimationFrame(check);
							};
							check();
						},
						{ once: true, capture: true },
					);
				});
			});
			await input.fill(query);
			times.shown.push(await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone));
		}
		for (const query of queries) {
			times.engine.push(
				await page.evaluate(async (term) => {
					const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
					const start = performance.now();
					const search = await pagefind.search(term);
					await search.results[0]?.data();
					return performance.now() - start;
				}, query),
			);
		}
		return times;
	} finally {
		await page.close();
	}
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
