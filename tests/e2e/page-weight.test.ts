/**
 * A question page must not grow with the guide: its sidebar shows the topics and at most a window
 * of its own topic's questions, never every question. Two sites built from generated documents
 * (the benchmark's generator) of different sizes must serve the same question in pages of about
 * the same size.
 */
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeed, writeGeneratedDocument } from '../../bench/generate.ts';
import { emptyManifest, importedQuestions, temporaryOutDir } from '../support/content.ts';
import { buildSite } from '../support/site.ts';

/** Builds a site of `count` generated questions; returns the HTML of question 1's page. */
async function questionPageOfGuide(count: number): Promise<{ path: string; html: string }> {
	const folder = await mkdtemp(join(tmpdir(), 'page-weight-'));
	const document = join(folder, `generated-${count}.txt`);
	await writeGeneratedDocument(document, count, await readSeed());
	const questions = await importedQuestions(document);
	const outDir = await temporaryOutDir();
	const cacheDir = join(folder, 'cache');
	await mkdir(cacheDir);
	await buildSite(['--outDir', outDir], {
		GUIDE_QUESTIONS_DIR: questions,
		GUIDE_URL_MANIFEST: await emptyManifest(),
		GUIDE_CACHE_DIR: cacheDir,
	});
	const path = /url=([^"]+)"/.exec(await readFile(join(outDir, 'q', '1', 'index.html'), 'utf8'))![1]!;
	return { path, html: await readFile(join(outDir, path, 'index.html'), 'utf8') };
}

describe('page weight', () => {
	it('serves a question in a page of the same size in a guide of 30 questions and of 120', async () => {
		// Imported questions have no topics yet, so all of them share one topic ("Other"): the
		// sidebar's group is as large as it gets in both guides.
		const small = await questionPageOfGuide(30);
		const large = await questionPageOfGuide(120);
		expect(large.path).toBe(small.path);
		const growth = Math.abs(large.html.length - small.html.length) / small.html.length;
		expect(growth, `${small.path}: ${small.html.length} bytes with 30 questions, ${large.html.length} with 120`).toBeLessThan(0.03);
		// Ninety more question links in the page would be a sure sign of a list of every question.
		const questionLinks = (html: string) => html.match(/href="\/questions\//g)?.length ?? 0;
		expect(questionLinks(large.html)).toBe(questionLinks(small.html));
	}, 240_000);
});
