/**
 * The steps after Astro's build, with the real Pagefind, on a small site written here: what goes
 * into the index, what the pages keep, and the host files (a whole build: tests/e2e/search.test.ts,
 * tests/e2e/nginx.test.ts).
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { finishSite } from '../../../src/build-tools/finish-site.ts';

const policy = (hashes: string) => `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; ${hashes}">`;
const SCRIPT = '<script>go()</script>';
// sha256 of "go()", the only inline script of the pages below, and of a script no page has.
const OWN = "'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw='";
const OTHER = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const head = `<head><meta charset="utf-8">${policy(`${OWN} ${OTHER}`)}<title>t</title></head>`;

const PAGES: Record<string, string> = {
	'questions/token-bucket/index.html': `<html lang="en">${head}<body><main data-pagefind-body><h1>Rate limiting</h1><p>A token bucket refills at a steady rate.</p><div hidden data-search-only><span data-pagefind-meta="concepts">leaky bucket</span></div>${SCRIPT}</main></body></html>`,
	'concepts/token-bucket/index.html': `<html lang="en">${head}<body><main><h1>Token bucket</h1><p>A concept page the question index leaves out.</p></main></body></html>`,
	'print/index.html': `<html lang="en">${head}<body><main><p>token bucket, printed</p></main></body></html>`,
};

async function site(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'finish-site-'));
	for (const [path, html] of Object.entries(PAGES)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), html);
	}
	return dir;
}

/** The URLs of the pages in a written Pagefind index, read from its fragments. */
async function indexedUrls(dir: string): Promise<string[]> {
	const fragments = await readdir(join(dir, 'pagefind', 'fragment'));
	const urls = await Promise.all(
		fragments.map(async (file) => {
			const text = gunzipSync(await readFile(join(dir, 'pagefind', 'fragment', file))).toString('utf8');
			return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
		}),
	);
	return urls.sort();
}

describe('finishSite', () => {
	it('indexes only the pages marked for the index, with their search-only data, which then leaves the pages', async () => {
		const dir = await site();
		const lines: string[] = [];
		await finishSite({ dir, base: '/' }, (line) => lines.push(line));
		expect(await indexedUrls(dir)).toEqual(['/questions/token-bucket/']);
		const question = await readFile(join(dir, 'questions/token-bucket/index.html'), 'utf8');
		expect(question).not.toContain('data-search-only');
		expect(question).toContain('A token bucket refills');
		expect(lines[0]).toMatch(/^Indexed 1 of 3 pages/);
		expect(lines[1]).toMatch(/^3 of 3 pages finished/);
	});

	it('keeps in each page only the hashes of its own inline scripts, and writes the host files from those policies', async () => {
		const dir = await site();
		await finishSite({ dir, base: '/guide/' }, () => {});
		const question = await readFile(join(dir, 'questions/token-bucket/index.html'), 'utf8');
		expect(question).toContain(OWN.replaceAll("'", '&#39;'));
		expect(question).not.toContain(OTHER.replaceAll("'", '&#39;'));
		const headers = await readFile(join(dir, '_headers'), 'utf8');
		expect(headers).toContain('/guide/*');
		expect(headers).toContain(OWN);
		expect(headers).not.toContain(OTHER);
		expect(await readFile(join(dir, '_nginx.conf'), 'utf8')).toContain('location /guide/');
	});

	it('fails naming the cause when no page carries a policy', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'finish-site-'));
		await writeFile(join(dir, 'index.html'), '<html lang="en"><body><main data-pagefind-body><p>x</p></main></body></html>');
		await expect(finishSite({ dir, base: '/' }, () => {})).rejects.toThrow(/no page in .* has a Content-Security-Policy <meta>/);
	});
});
