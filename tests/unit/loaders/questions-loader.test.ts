/**
 * The question loader with a stand-in loader context: what a broken question folder makes the
 * build say, without running a build (tests/e2e/content-validation.test.ts keeps one real build).
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionsLoader } from '../../../src/loaders/questions.ts';
import { questionSchema } from '../../../src/questions/question-schema.ts';
import { fakeLoaderContext } from '../../support/loader-context.ts';
import { PROJECT_ROOT } from '../../support/site.ts';

/** Loads a copy of the committed questions after `edit`; the loader sees it as `questions/`. */
async function load(edit: (folder: string) => Promise<void> = async () => {}) {
	const root = await mkdtemp(join(tmpdir(), 'loader-'));
	const folder = join(root, 'questions');
	await cp(join(PROJECT_ROOT, 'content/questions'), folder, { recursive: true });
	await edit(folder);
	const { context, entries } = fakeLoaderContext(root, questionSchema);
	await questionsLoader({ base: './questions/' }).load(context);
	return entries;
}

const editFile = (file: string, edit: (text: string) => string) => async (folder: string) =>
	writeFile(join(folder, file), edit(await readFile(join(folder, file), 'utf8')));

describe('the question loader', () => {
	it('loads every committed question under its slug, tiers included', async () => {
		const entries = await load();
		expect(entries.size).toBe(19);
		const rateLimiting = entries.get('rate-limiting')!;
		expect(rateLimiting.filePath).toBe('questions/rate-limiting.md');
		expect(rateLimiting.data).toMatchObject({ number: 2, topics: ['APIs', 'Reliability'] });
		expect((rateLimiting.data.tiers as { great: string }).great).toMatch(/^I'd implement a token bucket/);
	});

	it('fails on a missing tier, naming the file and the field', async () => {
		await expect(load(editFile('rate-limiting.md', (text) => text.replace(/## Mediocre response\n\n.*\n\n/, '')))).rejects.toThrow(
			/questions\/rate-limiting\.md: tiers\.mediocre: missing; expected a "## Mediocre response" section/,
		);
	});

	it('fails on an empty answer', async () => {
		await expect(load(editFile('caching-strategy.md', (text) => text.replace(/## Poor response\n\n.*\n/, '## Poor response\n')))).rejects.toThrow(
			/questions\/caching-strategy\.md: tiers\.poor: is empty; expected the answer text under "## Poor response"/,
		);
	});

	it('fails on a duplicate number, naming both files', async () => {
		await expect(load(editFile('rate-limiting.md', (text) => text.replace('number: 2\n', 'number: 1\n')))).rejects.toThrow(
			'questions/rate-limiting.md: field "number" is 1, which questions/api-versioning.md already uses; expected every question to have its own number',
		);
	});

	it('fails on a duplicate slug, and on a former slug another question uses', async () => {
		await expect(load(editFile('rate-limiting.md', (text) => text.replace('slug: rate-limiting\n', 'slug: api-versioning\n')))).rejects.toThrow(
			'questions/rate-limiting.md: field "slug" is "api-versioning", which questions/api-versioning.md already uses',
		);
		await expect(
			load(editFile('rate-limiting.md', (text) => text.replace('slug: rate-limiting\n', 'slug: rate-limiting\nformerSlugs:\n  - api-versioning\n'))),
		).rejects.toThrow('questions/rate-limiting.md: field "formerSlugs" is "api-versioning", which questions/api-versioning.md already uses');
	});

	it('names the file and line of a question file it cannot read', async () => {
		await expect(load(editFile('rate-limiting.md', (text) => text.replace('## Poor response', '## Terrible response')))).rejects.toThrow(
			/^questions\/rate-limiting\.md:line \d+: unexpected heading "Terrible response"/,
		);
	});
});
