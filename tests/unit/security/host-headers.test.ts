import { describe, expect, it } from 'vitest';
import { hostHeaderRules, IMMUTABLE, renderHeadersFile, renderNginxLocations, REVALIDATE, unionPolicy, type HeaderRule } from '../../../src/security/host-headers.ts';

const PAGE_POLICY = "default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-S1='";
const OTHER_PAGE_POLICY = "default-src 'self'; script-src 'self' 'sha256-BBB='; style-src 'self'";
const ENTRIES = ['_astro/', 'pagefind/', 'questions/', 'q/', '404.html', 'index.html', 'robots.txt', '_headers', '_nginx.conf'];

/** The headers a host following the `_headers` convention sends for `path`: every matching rule's, in order. */
function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
	const matches = (pattern: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
	return rules.filter((rule) => matches(rule.path)).flatMap((rule) => rule.headers);
}

/** Parses `_headers` text back into rules, the way Netlify and Cloudflare Pages read it. */
function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '') continue;
		if (!line.startsWith(' ')) rules.push({ path: line, headers: [] });
		else {
			const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
			rules.at(-1)!.headers.push([name!, value!]);
		}
	}
	return rules;
}

describe('the Content-Security-Policy header', () => {
	const policy = unionPolicy([PAGE_POLICY, OTHER_PAGE_POLICY]);
	const directive = (name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));

	it('forbids framing, which a <meta> policy cannot', () => {
		expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
	});

	it('allows what any page’s policy allows, each source once', () => {
		expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='");
		expect(directive('style-src')).toBe("style-src 'self' 'sha256-S1='");
		expect(directive('img-src')).toBe("img-src 'self' data:");
		expect(policy).not.toContain("'unsafe-inline'");
	});
});

describe('_headers', () => {
	const policy = unionPolicy([PAGE_POLICY]);

	for (const base of ['/', '/interview-guide/']) {
		const text = renderHeadersFile(hostHeaderRules(policy, { base, entries: ENTRIES }));
		const rules = parseHeadersFile(text);

		it(`sends the security headers on every path (base ${base})`, () => {
			for (const path of ['', 'questions/rate-limiting/', '_astro/page.abc.js', 'pagefind/pagefind.js', '404.html']) {
				const headers = Object.fromEntries(headersFor(rules, `${base}${path}`));
				expect(headers).toMatchObject({
					'Content-Security-Policy': policy,
					'X-Content-Type-Options': 'nosniff',
					'Referrer-Policy': 'strict-origin-when-cross-origin',
				});
				expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
			}
		});

		it(`caches hashed assets for good and revalidates pages and the search index, one Cache-Control each (base ${base})`, () => {
			const cacheControl = (path: string) => headersFor(rules, `${base}${path}`).filter(([name]) => name === 'Cache-Control').map(([, value]) => value);
			expect(cacheControl('_astro/page.abc.js')).toEqual([IMMUTABLE]);
			for (const path of ['', 'index.html', 'questions/rate-limiting/', 'q/2/', 'pagefind/pagefind-entry.json', 'pagefind/fragment/en_1.pf_fragment', '404.html', 'robots.txt']) {
				expect(cacheControl(path), path).toEqual([REVALIDATE]);
			}
		});

		it(`does not list the host files as site paths (base ${base})`, () => {
			expect(text).not.toMatch(/_headers|_nginx/);
		});
	}

	it('is written as path lines with indented headers', () => {
		const text = renderHeadersFile([{ path: '/_astro/*', headers: [['Cache-Control', IMMUTABLE]] }, { path: '/', headers: [['Cache-Control', REVALIDATE]] }]);
		expect(text).toBe(`/_astro/*\n  Cache-Control: ${IMMUTABLE}\n\n/\n  Cache-Control: ${REVALIDATE}\n`);
	});
});

describe('the nginx locations', () => {
	it('repeat the security headers beside each Cache-Control, with quotes escaped', () => {
		const config = renderNginxLocations(`script-src 'self' "odd"`, '/interview-guide/');
		const blocks = config.split(/\nlocation /).filter((block) => block.includes('Cache-Control'));
		expect(blocks).toHaveLength(2);
		for (const block of blocks) {
			expect(block).toContain(`add_header Content-Security-Policy "script-src 'self' \\"odd\\"" always;`);
			expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
		}
		expect(config).toContain('location ^~ /interview-guide/_astro/ {');
		expect(config).toContain('error_page 404 /interview-guide/404.html;');
	});
});
