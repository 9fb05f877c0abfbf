/** Broken question files must fail the real build with the file, the field and what was expected. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfQuestions, editFile, temporaryOutDir } from '../support/content.ts';
import { buildSite } from '../support/site.ts';

async function buildWith(edit: (folder: string) => Promise<void>): Promise<string> {
	const folder = await copyOfQuestions();
	await edit(folder);
	return buildSite(['--outDir', await temporaryOutDir()], { GUIDE_QUESTIONS_DIR: folder });
}

describe('building from broken question files', () => {
	it('fails on a missing tier, naming the file and the field', async () => {
		const build = buildWith((folder) =>
			editFile(join(folder, 'rate-limiting.md'), (text) => text.replace(/## Mediocre response\n\n.*\n\n/, '')),
		);
		await expect(build).rejects.toThrow(/rate-limiting[\s\S]*tiers\.mediocre[\s\S]*missing; expected a "## Mediocre response" section/);
	});

	it('fails on an empty answer', async () => {
		const build = buildWith((folder) =>
			editFile(join(folder, 'caching-strategy.md'), (text) => text.replace(/## Poor response\n\n.*\n/, '## Poor response\n')),
		);
		await expect(build).rejects.toThrow(/caching-strategy[\s\S]*tiers\.poor[\s\S]*is empty; expected the answer text under "## Poor response"/);
	});

	it('fails on a duplicate number, naming both files', async () => {
		const build = buildWith((folder) =>
			editFile(join(folder, 'rate-limiting.md'), (text) => text.replace('number: 2\n', 'number: 1\n')),
		);
		await expect(build).rejects.toThrow(
			/rate-limiting\.md: field "number" is 1, which .*api-versioning\.md already uses; expected every question to have its own number/,
		);
	});

	it('fails on a duplicate slug', async () => {
		const build = buildWith((folder) =>
			editFile(join(folder, 'rate-limiting.md'), (text) => text.replace('slug: rate-limiting\n', 'slug: api-versioning\n')),
		);
		await expect(build).rejects.toThrow(/rate-limiting\.md: field "slug" is "api-versioning", which .*api-versioning\.md already uses/);
	});
});
