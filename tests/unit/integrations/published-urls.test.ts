/**
 * The published-URL check on small built sites written here, so that every way a URL can break is
 * tested without a build (tests/e2e/published-urls.test.ts keeps one real build with a renamed slug).
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { redirectTarget } from '../../../src/lib/redirects.ts';
import publishedUrls, { brokenUrls, builtUrls, parseManifest } from '../../../src/integrations/published-urls.ts';
import { recordUrls } from '../../../src/integrations/record-urls.ts';

const questionPage = '<main><details id="great"></details><details id="mediocre"></details><details id="poor"></details><mark id="great-token-bucket"></mark></main>';
const redirectTo = (to: string) => `<head><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0;url=${to}"></head>`;

/** A built site from `{ 'site/path/': html }`; each path becomes `site/path/index.html`. */
async function site(pages: Record<string, string>): Promise<string> {
	const dist = await mkdtemp(join(tmpdir(), 'dist-'));
	for (const [path, html] of Object.entries(pages)) {
		const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, html);
	}
	return dist;
}

describe('redirectTarget', () => {
	it('reads the target of a meta refresh, whatever the order of its attributes', () => {
		expect(redirectTarget(redirectTo('/questions/rate-limits/'))).toBe('/questions/rate-limits/');
		expect(redirectTarget('<meta content="0; URL=/a/?x=1&amp;y=2" http-equiv="Refresh" />')).toBe('/a/?x=1&y=2');
	});

	it('is undefined for a page that is not a redirect', () => {
		expect(redirectTarget(questionPage)).toBeUndefined();
		expect(redirectTarget('<meta name="description" content="0;url=/not-a-redirect/">')).toBeUndefined();
	});
});

describe('parseManifest', () => {
	it('reads one path a line, skipping blank lines and comments', () => {
		expect(parseManifest('# Every URL\n\n/questions/a/\n  /q/1/  \n# note\n/questions/a/#great\n')).toEqual([
			'/questions/a/',
			'/q/1/',
			'/questions/a/#great',
		]);
	});
});

describe('brokenUrls', () => {
	it('names a missing page and a fragment the page lacks', async () => {
		const dist = await site({ 'questions/a/': questionPage });
		expect(await brokenUrls(dist, ['/questions/a/#poor', '/questions/a/#great-token-bucket', '/questions/b/', '/questions/a/#gone'])).toEqual([
			'/questions/b/ (no page at questions/b/index.html)',
			'/questions/a/#gone (the page has no element with id "gone")',
		]);
	});

	it('follows a redirect and looks the fragment up on the page it leads to', async () => {
		const dist = await site({ 'questions/a/': questionPage, 'questions/old/': redirectTo('/questions/a/'), 'q/1/': redirectTo('/questions/gone/') });
		expect(await brokenUrls(dist, ['/questions/old/#poor', '/questions/old/#nope', '/q/1/'])).toEqual([
			'/questions/old/#nope (the page has no element with id "nope")',
			'/q/1/ (no page at questions/gone/index.html)',
		]);
	});

	it('strips the base path from redirect targets of a sub-path deploy', async () => {
		const dist = await site({ 'questions/a/': questionPage, 'q/1/': redirectTo('/interview-guide/questions/a/') });
		expect(await brokenUrls(dist, ['/q/1/#great'], '/interview-guide/')).toEqual([]);
	});
});

describe('builtUrls and recordUrls', () => {
	const pages = {
		'questions/a/': questionPage,
		'questions/old/': redirectTo('/questions/a/'),
		'q/1/': redirectTo('/questions/a/'),
		'concepts/token-bucket/': '<main></main>',
		'topics/apis/': '<main></main>',
	};

	it('lists question pages with their tiers and JSON, short links, concepts, topics and guide pages, not redirects', async () => {
		const urls = await builtUrls(await site(pages));
		expect(urls).toEqual(expect.arrayContaining(['/questions/a/', '/questions/a/#great', '/questions/a/#mediocre', '/questions/a/#poor', '/api/questions/a.json', '/q/1/', '/concepts/token-bucket/', '/topics/apis/', '/', '/quiz/', '/api/questions.json']));
		expect(urls.filter((url) => url.includes('/old/'))).toEqual([]);
		expect(urls).toEqual([...urls].sort());
	});

	it('adds new URLs to the manifest and never removes one', async () => {
		const dist = await site(pages);
		const manifest = join(await mkdtemp(join(tmpdir(), 'manifest-')), 'published-urls.txt');
		await writeFile(manifest, '/questions/removed-long-ago/\n/questions/a/\n');
		const added = await recordUrls(dist, manifest);
		const recorded = parseManifest(await readFile(manifest, 'utf8'));
		expect(recorded).toContain('/questions/removed-long-ago/');
		expect(recorded).toEqual(expect.arrayContaining(await builtUrls(dist)));
		expect(added).toBe(recorded.length - 2);
		expect(await recordUrls(dist, manifest)).toBe(0);
	});
});

describe('the build step', () => {
	async function buildDone(dist: string, manifest: string, base = '/') {
		const integration = publishedUrls();
		const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
		const info: string[] = [];
		await hooks['astro:config:done']!({ config: { base } });
		const previous = process.env.GUIDE_URL_MANIFEST;
		process.env.GUIDE_URL_MANIFEST = manifest;
		try {
			await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info: (message: string) => info.push(message) } });
		} finally {
			if (previous === undefined) delete process.env.GUIDE_URL_MANIFEST;
			else process.env.GUIDE_URL_MANIFEST = previous;
		}
		return info;
	}

	async function manifestOf(lines: string[]): Promise<string> {
		const path = join(await mkdtemp(join(tmpdir(), 'manifest-')), 'published-urls.txt');
		await writeFile(path, `${lines.join('\n')}\n`);
		return path;
	}

	it('fails the build naming each published URL that no longer resolves, and says how to rename', async () => {
		const dist = await site({ 'questions/a/': questionPage });
		const manifest = await manifestOf(['/questions/a/', '/questions/rate-limiting/']);
		await expect(buildDone(dist, manifest)).rejects.toThrow(
			/1 published URL\(s\) listed in .*published-urls\.txt no longer resolve:\n {2}\/questions\/rate-limiting\/ \(no page at questions\/rate-limiting\/index\.html\)[\s\S]*formerSlugs/,
		);
	});

	it('passes, and mentions URLs not yet recorded', async () => {
		const dist = await site({ 'questions/a/': questionPage, 'q/1/': redirectTo('/guide/questions/a/') });
		const info = await buildDone(dist, await manifestOf(['/questions/a/#great', '/q/1/#poor']), '/guide/');
		expect(info).toEqual([expect.stringMatching(/^\d+ new URL\(s\) are not yet in .*; run `npm run urls:record` to add them\.$/)]);
	});
});
