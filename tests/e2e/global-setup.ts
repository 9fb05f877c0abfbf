/**
 * Serves `dist` on loopback and builds the real site into it, then the other variants test files
 * share, all in the background (tests/support/variants.ts): the unit tests run while the main
 * build does, and each end-to-end file waits for the build it reads (tests/e2e/main-build.ts).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, serveSite } from '../support/site.ts';
import { buildVariants } from '../support/variants.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteOrigin: string;
		buildsFolder: string;
	}
}

export default async function setup(project: TestProject) {
	const buildsFolder = await mkdtemp(join(tmpdir(), 'e2e-builds-'));
	// Astro's preview server wants the folder to exist; it looks files up on each request, so it
	// serves the build once it lands.
	await mkdir(join(PROJECT_ROOT, 'dist'), { recursive: true });
	const site = await serveSite('dist');
	project.provide('siteOrigin', site.origin);
	project.provide('buildsFolder', buildsFolder);
	const stopBuilding = new AbortController();
	const builds = buildVariants(buildsFolder, project.config.provide.fullSweep === true, stopBuilding.signal);
	return async () => {
		stopBuilding.abort();
		await builds;
		await site.stop();
		await rm(buildsFolder, { recursive: true, force: true });
	};
}
