/**
 * The builds end-to-end tests share, and the type check. The global setup
 * (tests/e2e/global-setup.ts) builds them one after another in the background: the main build
 * (`dist`) while the unit tests run, the variants while the first end-to-end files run against the
 * main build, so a build's time overlaps test time instead of adding to it; a test file waits only
 * for the build it needs. Builds never run two at a time: they share Astro's content cache.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { copyOfQuestions, editFile, emptyManifest, generatedQuestions, importedQuestions } from './content.ts';
import { QUESTIONS_PER_PRINT_PART } from '../../src/lib/print-parts.ts';
import { fixturePath, glossaryFixturePath } from './fixtures.ts';
import { buildSite, checkTypes, PROJECT_ROOT } from './site.ts';

interface Variant {
	/** Where the build goes, relative to the project; by default a folder of its own in the builds folder. */
	outDir?: string;
	/** Built by `npm run test:full` only: a release check too slow for every `npm test`. */
	fullOnly?: boolean;
	/** Extra `astro build` flags. */
	args: string[];
	/** The base path the build is deployed under. */
	base: string;
	/** Environment for the build, e.g. another questions folder. */
	env?: () => Promise<Record<string, string>>;
}

/** A copy of the committed questions with one file edited, as the questions folder of a build. */
const editedQuestions = (file: string, edit: (text: string) => string) => async () => {
	const folder = await copyOfQuestions();
	await editFile(join(folder, file), edit);
	return { GUIDE_QUESTIONS_DIR: folder };
};

/** In the order they are built: the builds most test files wait for first. */
export const VARIANTS = {
	/** The committed guide, as `npm run build` builds it; every end-to-end file reads it (tests/e2e/main-build.ts). */
	main: { outDir: 'dist', args: [], base: '/' },
	/**
	 * The seed guide deployed under a sub-path of a site with an address, with one question renamed
	 * (`backup-recovery` → `backups`), its old slug recorded in `formerSlugs`: published URLs must
	 * keep working as redirects.
	 */
	subpath: {
		args: ['--site', 'https://example.org', '--base', '/interview-guide/'],
		base: '/interview-guide/',
		env: editedQuestions('backup-recovery.md', (text) => text.replace('slug: backup-recovery\n', 'slug: backups\nformerSlugs:\n  - backup-recovery\n')),
	},
	/** A guide built from a document and a glossary full of markup, script and overlong words. */
	hostile: {
		args: [],
		base: '/',
		env: async () => ({
			GUIDE_QUESTIONS_DIR: await importedQuestions(fixturePath('hostile.txt')),
			GUIDE_CONCEPTS_DIR: glossaryFixturePath('hostile'),
			GUIDE_URL_MANIFEST: await emptyManifest(),
		}),
	},
	/** The seed with a tier section deleted from one question file: the build must fail. */
	missingTier: {
		args: [],
		base: '/',
		env: editedQuestions('rate-limiting.md', (text) => text.replace(/## Mediocre response\n\n.*\n\n/, '')),
	},
	/** A guide of more questions than one printable page holds, generated from the seed: it prints in parts. */
	large: {
		fullOnly: true,
		args: [],
		base: '/',
		env: async () => ({ GUIDE_QUESTIONS_DIR: await generatedQuestions(QUESTIONS_PER_PRINT_PART + 20), GUIDE_URL_MANIFEST: await emptyManifest() }),
	},
	/** The main build again, from the same commit, to compare byte for byte. */
	rebuilt: { fullOnly: true, args: [], base: '/' },
} satisfies Record<string, Variant>;

export type VariantName = keyof typeof VARIANTS;

/**
 * How long a test file may wait for a variant: the builds queued before it run first. Give it to
 * the hook or test that calls `builtVariant`.
 */
export const VARIANT_WAIT_MS = 600_000;

/** What a background job (a variant's build, the type check) left: whether it succeeded, and its output. */
interface JobOutcome {
	succeeded: boolean;
	output: string;
}

/** The type check, which runs beside the builds once the main build has generated `.astro/`. */
type JobName = VariantName | 'typeCheck';

const outcomeFile = (buildsFolder: string, name: JobName) => join(buildsFolder, `${name}.outcome.json`);

const outDirOf = (buildsFolder: string, name: VariantName): string => {
	const { outDir } = VARIANTS[name] as Variant;
	return outDir ? join(PROJECT_ROOT, outDir) : join(buildsFolder, name);
};

/** Runs `job` and records its outcome in `buildsFolder`; records nothing when `signal` aborted it. */
async function recordOutcome(buildsFolder: string, name: JobName, job: () => Promise<string>, signal: AbortSignal): Promise<void> {
	let outcome: JobOutcome;
	try {
		outcome = { succeeded: true, output: await job() };
	} catch (error) {
		if (signal.aborted) return;
		outcome = { succeeded: false, output: (error as Error).message };
	}
	await writeFile(outcomeFile(buildsFolder, name), JSON.stringify(outcome));
}

/**
 * Builds every variant (with `full`, also the full-only ones), one at a time, and type-checks the
 * project beside the builds after the main one, recording each outcome in `buildsFolder`; stops
 * when `signal` aborts. `astro check` alone leaves one core idle for most of its 25 s, so it runs
 * while the builds and tests use the rest; it must not start before the main build has generated
 * the types it reads.
 */
export async function buildVariants(buildsFolder: string, full: boolean, signal: AbortSignal): Promise<void> {
	const jobs: Promise<void>[] = [];
	for (const [name, variant] of Object.entries(VARIANTS) as [VariantName, Variant][]) {
		if (variant.fullOnly && !full) continue;
		const outDir = outDirOf(buildsFolder, name);
		await recordOutcome(
			buildsFolder,
			name,
			async () => {
				await mkdir(outDir, { recursive: true });
				return buildSite(['--outDir', outDir, ...variant.args], (await variant.env?.()) ?? {}, signal);
			},
			signal,
		);
		if (name === 'main') jobs.push(recordOutcome(buildsFolder, 'typeCheck', () => checkTypes(signal), signal));
	}
	await Promise.all(jobs);
}

/** Waits for the background job `name` and returns its outcome. */
export async function jobOutcome(name: JobName): Promise<JobOutcome> {
	const file = outcomeFile(inject('buildsFolder'), name);
	while (!existsSync(file)) await sleep(200);
	return JSON.parse(await readFile(file, 'utf8')) as JobOutcome;
}

/** The folder and base path of the built `name`; throws with Astro's output if its build failed. */
export async function builtVariant(name: VariantName): Promise<{ outDir: string; base: string }> {
	const { succeeded, output } = await jobOutcome(name);
	if (!succeeded) throw new Error(`The "${name}" build failed:\n${output}`);
	return { outDir: outDirOf(inject('buildsFolder'), name), base: VARIANTS[name].base };
}
