/**
 * The shipped nginx configuration (deploy/nginx.conf with the build's own dist/_nginx.conf), run by
 * Debian's nginx on a loopback port: the host headers, a question page under them, short links
 * with fragments, the 404 page and search; for the main build and for the sub-path build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { browserProblems } from '../support/gates.ts';
import { PROJECT_ROOT } from '../support/site.ts';
import { builtVariant, VARIANT_WAIT_MS } from '../support/variants.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const SHIPPED_ROOT = '/var/www/interview-guide';

/** A free loopback port (free when asked; nginx binds it right after). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** deploy/nginx.conf with its port and root pointed at a test folder; fails if the shipped file no longer has the lines a user edits. */
function serverBlock(shipped: string, port: number, root: string, base: string): string {
	const replacements: [string, string][] = [
		['\tlisten 80;\n', `\tlisten 127.0.0.1:${port};\n`],
		['\tlisten [::]:80;\n', ''],
		[`root ${SHIPPED_ROOT};`, `root ${root};`],
		[`include ${SHIPPED_ROOT}/_nginx.conf;`, `include ${join(root, base, '_nginx.conf')};`],
	];
	return replacements.reduce((text, [from, to]) => {
		if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer contains ${JSON.stringify(from)}`);
		return text.replace(from, to);
	}, shipped);
}

interface Site {
	name: string;
	base: string;
	outDir: () => Promise<string>;
	origin?: string;
}

const sites: Site[] = [
	{ name: 'the main build', base: '/', outDir: async () => join(PROJECT_ROOT, 'dist') },
	{ name: 'the build under /interview-guide/', base: '/interview-guide/', outDir: async () => (await builtVariant('subpath')).outDir },
];

let prefix: string;
let nginx: ChildProcess | undefined;
let nginxLog = '';
let browser: Browser;

beforeAll(async () => {
	prefix = await mkdtemp(join(tmpdir(), 'nginx-e2e-'));
	const shipped = await readFile(join(PROJECT_ROOT, 'deploy/nginx.conf'), 'utf8');
	const servers: string[] = [];
	for (const [index, site] of sites.entries()) {
		// The root holds the build at its base path, as deploy/nginx.conf asks.
		const root = join(prefix, `root-${index}`);
		const target = join(root, site.base);
		await mkdir(join(target, '..'), { recursive: true });
		await symlink(await site.outDir(), target.replace(/\/$/, ''));
		const port = await freePort();
		site.origin = `http://127.0.0.1:${port}`;
		servers.push(serverBlock(shipped, port, root, site.base));
	}
	const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
	await writeFile(
		join(prefix, 'nginx.conf'),
		// Workers run as the test's own user: as root, nginx would otherwise switch to `nobody`, who cannot read the build folders.
		`daemon off;
${process.getuid?.() === 0 ? 'user root;\n' : ''}pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
events {}
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n\t')}
	${servers.join('\n')}
}
`,
	);
	nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'pipe', 'pipe'] });
	nginx.stdout!.on('data', (chunk) => (nginxLog += chunk));
	nginx.stderr!.on('data', (chunk) => (nginxLog += chunk));
	const exited = new Promise<never>((_, reject) => nginx!.on('exit', (code) => reject(new Error(`nginx exited with ${code}:\n${nginxLog}`))));
	const ready = (async () => {
		for (;;) {
			try {
				await Promise.all(sites.map((site) => fetch(`${site.origin}${site.base}`)));
				return;
			} catch {
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		}
	})();
	await Promise.race([ready, exited]);
	browser = await launchBrowser();
}, VARIANT_WAIT_MS);

afterAll(async () => {
	await browser?.close();
	if (nginx && nginx.exitCode === null) {
		const exited = new Promise((resolve) => nginx!.once('exit', resolve));
		nginx.kill('SIGTERM');
		await exited;
	}
	await rm(prefix, { recursive: true, force: true });
});

describe.each(sites)('nginx serving $name', (site) => {
	const url = (path: string) => `${site.origin}${site.base}${path}`;

	it('sends the security headers, with a policy that forbids framing', async () => {
		for (const path of ['questions/rate-limiting/', '404.html', 'pagefind/pagefind.js']) {
			const response = await fetch(url(path));
			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-security-policy'), path).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
			expect(response.headers.get('content-security-policy'), path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
			expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
		}
	});

	it('caches hashed assets for good, and has pages and the search index revalidate', async () => {
		const page = await fetch(url('questions/rate-limiting/'));
		expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
		const asset = /(?:src|href)="([^"]*\/_astro\/[^"]+\.(?:js|css))"/.exec(await page.text())?.[1];
		expect(asset).toBeDefined();
		const assetResponse = await fetch(`${site.origin}${asset}`);
		expect(assetResponse.status).toBe(200);
		expect(assetResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(assetResponse.headers.get('x-content-type-options')).toBe('nosniff');
		expect((await fetch(url('pagefind/pagefind-entry.json'))).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
	});

	it('serves the guide’s 404 page, with status 404, and not the host files', async () => {
		const missing = await fetch(url('questions/no-such-question/'));
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('This address is not part of the guide.');
		for (const file of ['_headers', '_nginx.conf']) expect((await fetch(url(file))).status, file).toBe(404);
	});

	it('redirects a path without its slash to the page, on the reader’s own host', async () => {
		const response = await fetch(url('questions/rate-limiting'), { redirect: 'manual' });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe(`${site.base}questions/rate-limiting/`);
	});

	it('takes /q/2/#poor to the rate-limiting question’s poor tier', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(url('q/2/#poor'));
			await page.waitForURL(url('questions/rate-limiting/#poor'));
			await expect.poll(() => page.locator('details[data-tier="poor"]').evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
		} finally {
			await page.close();
		}
	});

	it('runs the question page, search and the quiz under the header policy without a violation or error', async () => {
		expect(await browserProblems(browser, site.origin!, `${site.base}questions/rate-limiting/`)).toEqual([]);
	});
});
