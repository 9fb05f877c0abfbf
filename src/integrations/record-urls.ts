/**
 * `npm run urls:record`: after a build, adds the site's new URLs to the manifest of published URLs.
 * It never removes one: a URL, once published, stays in other people's documents.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { builtUrls, DEFAULT_MANIFEST, parseManifest } from './published-urls.ts';

/** Adds the URLs of the build in `dist` to the manifest; returns how many were new. */
export async function recordUrls(dist = 'dist', manifestPath = DEFAULT_MANIFEST): Promise<number> {
	const existing = existsSync(manifestPath) ? parseManifest(await readFile(manifestPath, 'utf8')) : [];
	const all = [...new Set([...existing, ...(await builtUrls(dist))])].sort();
	const header = [
		'# Every URL this site has published, without the base path. The build fails if one stops',
		'# resolving. Add new ones with `npm run urls:record`; never delete a line.',
	];
	await writeFile(manifestPath, `${[...header, ...all].join('\n')}\n`);
	return all.length - existing.length;
}

if (import.meta.main) {
	console.log(`Recorded ${await recordUrls()} new URL(s) in ${DEFAULT_MANIFEST}.`);
}
