/** Builds the real site once for all end-to-end tests and serves it on loopback. */
import type { TestProject } from 'vitest/node';
import { buildSite, serveSite } from '../support/site.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteOrigin: string;
	}
}

export default async function setup(project: TestProject) {
	await buildSite(['--outDir', 'dist']);
	const site = await serveSite('dist');
	project.provide('siteOrigin', site.origin);
	return site.stop;
}
