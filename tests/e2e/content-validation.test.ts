/**
 * A broken question file fails the real build with the file, the field and what was expected.
 * Every other way a question folder can be broken is tested on the loader itself, without a build
 * (tests/unit/loaders/questions-loader.test.ts); this one build proves the loader and schema are
 * what the build uses.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfQuestions, editFile, temporaryOutDir } from '../support/content.ts';
import { buildSite } from '../support/site.ts';

describe('building from broken question files', () => {
	it('fails on a missing tier, naming the file and the field', async () => {
		const folder = await copyOfQuestions();
		await editFile(join(folder, 'rate-limiting.md'), (text) => text.replace(/## Mediocre response\n\n.*\n\n/, ''));
		const build = buildSite(['--outDir', await temporaryOutDir()], { GUIDE_QUESTIONS_DIR: folder });
		await expect(build).rejects.toThrow(/rate-limiting[\s\S]*tiers\.mediocre[\s\S]*missing; expected a "## Mediocre response" section/);
	});
});
