/**
 * Builds the real site once for all end-to-end tests and serves it on loopback, then builds the
 * other variants test files share in the background (tests/support/variants.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, serveSite } from '../support/site.ts';
import { buildVariants } from '../support/variants.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteOrigin: string;
		buildsFolder: string;
	}
}

export default async function setup(project: TestProject) {
	const buildsFolder = await mkdtemp(join(tmpdir(), 'e2e-builds-'));
	await buildSite(['--outDir', 'dist']);
	const site = await serveSite('dist');
	project.provide('siteOrigin', site.origin);
	project.provide('buildsFolder', buildsFolder);
	const stopBuilding = new AbortController();
	const variants = buildVariants(buildsFolder, stopBuilding.signal);
	return async () => {
		stopBuilding.abort();
		await variants;
		await site.stop();
		await rm(buildsFolder, { recursive: true, force: true });
	};
}
