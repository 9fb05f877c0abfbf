/**
 * The builds end-to-end tests share. Each variant is built once per test run, by the first test
 * file that asks for it, into the run's folder (tests/e2e/global-setup.ts), so that two files
 * testing a sub-path deploy do not build it twice. Test files run one at a time (vitest.config.ts),
 * so no two ask at once.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { emptyManifest, importedQuestions } from './content.ts';
import { fixturePath } from './fixtures.ts';
import { buildSite } from './site.ts';

interface Variant {
	/** Extra `astro build` flags. */
	args: string[];
	/** The base path the build is deployed under. */
	base: string;
	/** Environment for the build, e.g. another questions folder. */
	env?: () => Promise<Record<string, string>>;
}

export const VARIANTS = {
	/** The seed guide deployed under a sub-path of a site with an address. */
	subpath: { args: ['--site', 'https://example.org', '--base', '/interview-guide/'], base: '/interview-guide/' },
	/** A guide built from a document full of markup, script and overlong words. */
	hostile: {
		args: [],
		base: '/',
		env: async () => ({ GUIDE_QUESTIONS_DIR: await importedQuestions(fixturePath('hostile.txt')), GUIDE_URL_MANIFEST: await emptyManifest() }),
	},
} satisfies Record<string, Variant>;

export type VariantName = keyof typeof VARIANTS;

/** The folder holding the built `variant`, building it first if no file of this run has. */
export async function builtVariant(name: VariantName): Promise<{ outDir: string; base: string }> {
	const variant: Variant = VARIANTS[name];
	const outDir = join(inject('buildsFolder'), name);
	const complete = join(outDir, '.complete');
	if (!existsSync(complete)) {
		await rm(outDir, { recursive: true, force: true });
		await mkdir(outDir, { recursive: true });
		await buildSite(['--outDir', outDir, ...variant.args], (await variant.env?.()) ?? {});
		await writeFile(complete, '');
	}
	return { outDir, base: variant.base };
}
