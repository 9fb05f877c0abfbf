/**
 * Links people paste must never break. `content/published-urls.txt` lists every URL the site has
 * published (site paths, without the base); after each build, every one of them must still lead to
 * a page and, for `#fragment`s, to an element with that id. The build fails naming any that does
 * not. Renaming a question's slug is done by recording the old one in `formerSlugs`.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { GUIDE_PAGES } from '../lib/guide-pages.ts';
import { redirectTarget } from '../lib/redirects.ts';
import { ankiPath, printPath } from '../lib/urls.ts';
import { TIERS } from '../questions/tiers.ts';

export const DEFAULT_MANIFEST = 'content/published-urls.txt';

/** Reads a manifest: one site path per line; blank lines and `#` comments are skipped. */
export function parseManifest(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('# '));
}

/** The URLs a built site publishes: question pages and tiers, short links, topics, concepts, guide pages, the API. */
export async function builtUrls(dist: string): Promise<string[]> {
	const urls: string[] = [];
	const folders = async (path: string) =>
		existsSync(join(dist, path)) ? (await readdir(join(dist, path), { withFileTypes: true })).filter((entry) => entry.isDirectory()) : [];
	for (const entry of await folders('questions')) {
		const html = await readFile(join(dist, 'questions', entry.name, 'index.html'), 'utf8');
		// Former slugs are redirects: published once and kept in the manifest, not listed again here.
		if (redirectTarget(html)) continue;
		urls.push(
			`/questions/${entry.name}/`,
			...TIERS.map((tier) => `/questions/${entry.name}/#${tier}`),
			`/api/questions/${entry.name}.json`,
		);
	}
	for (const entry of await folders('q')) urls.push(`/q/${entry.name}/`);
	for (const entry of await folders('concepts')) urls.push(`/concepts/${entry.name}/`);
	for (const entry of await folders('topics')) urls.push(`/topics/${entry.name}/`, ankiPath(entry.name));
	urls.push(...GUIDE_PAGES.map(({ path }) => path), printPath(), '/api/questions.json', ankiPath());
	return urls.sort();
}

/**
 * The published URLs that no longer resolve in a built site, each with the reason. A page that
 * redirects (a former slug, a short link) is followed, so that its `#fragment` is looked up on
 * the page it leads to.
 */
export async function brokenUrls(dist: string, manifest: readonly string[], base = '/'): Promise<string[]> {
	const pages = new Map<string, string | undefined>();
	const read = async (path: string) => {
		const file = join(dist, ...path.split('/').filter(Boolean), path.endsWith('/') ? 'index.html' : '');
		if (!pages.has(file)) pages.set(file, existsSync(file) ? await readFile(file, 'utf8') : undefined);
		return { file, html: pages.get(file) };
	};
	const basePrefix = base.replace(/\/$/, '');
	const broken: string[] = [];
	for (const url of manifest) {
		const [path, fragment] = url.split('#') as [string, string | undefined];
		let { file, html } = await read(path);
		const redirect = html && redirectTarget(html);
		if (redirect) ({ file, html } = await read(redirect.slice(basePrefix.length)));
		if (html === undefined) broken.push(`${url} (no page at ${relative(dist, file).split(sep).join('/')})`);
		else if (fragment && !html.includes(`id="${fragment}"`)) broken.push(`${url} (the page has no element with id "${fragment}")`);
	}
	return broken;
}

export default function publishedUrls(): AstroIntegration {
	let base = '/';
	return {
		name: 'published-urls',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const manifestPath = process.env.GUIDE_URL_MANIFEST ?? DEFAULT_MANIFEST;
				const dist = fileURLToPath(dir);
				const manifest = parseManifest(await readFile(manifestPath, 'utf8'));
				const broken = await brokenUrls(dist, manifest, base);
				if (broken.length > 0) {
					throw new Error(
						`${broken.length} published URL(s) listed in ${manifestPath} no longer resolve:\n  ${broken.join('\n  ')}\n` +
							'Links to them exist in other people’s documents. Restore the page, or when a question was renamed, ' +
							'add its old slug to the question’s formerSlugs.',
					);
				}
				const recorded = new Set(manifest);
				const unrecorded = (await builtUrls(dist)).filter((url) => !recorded.has(url));
				if (unrecorded.length > 0) {
					logger.info(`${unrecorded.length} new URL(s) are not yet in ${manifestPath}; run \`npm run urls:record\` to add them.`);
				}
			},
		},
	};
}
