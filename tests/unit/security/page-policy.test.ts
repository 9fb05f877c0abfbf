import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keepHashesOf, ownPolicy } from '../../../src/security/page-policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const SCRIPT = 'document.documentElement.dataset.theme="dark"';
const OTHER_SCRIPT = 'console.log("another page")';
const STYLE = ':root{--x:1}';

describe('keepHashesOf', () => {
	it('keeps the hashes of the given contents in script-src and style-src, and every other source', () => {
		const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(SCRIPT)} ${hash(OTHER_SCRIPT)}; style-src 'self' ${hash(STYLE)} ${hash(OTHER_SCRIPT)}; style-src-attr 'unsafe-inline'`;
		expect(keepHashesOf(policy, [SCRIPT, STYLE])).toBe(
			`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(SCRIPT)}; style-src 'self' ${hash(STYLE)}; style-src-attr 'unsafe-inline'`,
		);
	});

	it('reads sha384 and sha512 hashes with their own algorithm', () => {
		const sha512 = `'sha512-${createHash('sha512').update(SCRIPT).digest('base64')}'`;
		expect(keepHashesOf(`script-src 'self' ${sha512}`, [SCRIPT])).toBe(`script-src 'self' ${sha512}`);
		expect(keepHashesOf(`script-src 'self' ${sha512}`, [OTHER_SCRIPT])).toBe(`script-src 'self'`);
	});
});

describe('ownPolicy', () => {
	const page = (policy: string, body: string) =>
		`<html><head><meta http-equiv="content-security-policy" content="${policy}"><script>${SCRIPT}</script><script type="module" src="/_astro/a.js"></script></head><body>${body}</body></html>`;

	it('keeps in the page’s <meta> only the hashes of the page’s own inline scripts and styles', () => {
		const policy = `script-src 'self' ${hash(SCRIPT)} ${hash(OTHER_SCRIPT)} ${hash('')}; style-src 'self' ${hash(STYLE)}`;
		const html = ownPolicy(page(policy, `<style>${STYLE}</style>`));
		expect(html).toContain(`content="script-src 'self' ${hash(SCRIPT)}; style-src 'self' ${hash(STYLE)}"`);
		// An external script needs no hash: 'self' allows it, and its empty text is not an inline script.
		expect(html).not.toContain(hash(''));
	});

	it('reads and writes quotes spelled as entities', () => {
		const policy = `script-src &#39;self&#39; ${hash(SCRIPT).replaceAll("'", '&#39;')} ${hash(OTHER_SCRIPT).replaceAll("'", '&#39;')}`;
		expect(ownPolicy(page(policy, ''))).toContain(`content="script-src &#39;self&#39; ${hash(SCRIPT).replaceAll("'", '&#39;')}"`);
	});

	it('reads a <script> written inside an attribute value or a comment as text, not as a script', () => {
		const policy = `script-src 'self' ${hash(SCRIPT)} ${hash(OTHER_SCRIPT)} ${hash('alert(1)')}`;
		const body = `<tr data-terms="<script>alert(1)</script> | script"><td>x</td></tr><!-- <script>alert(1)</script> --><script type="module">${OTHER_SCRIPT}</script>`;
		expect(ownPolicy(page(policy, body))).toContain(`content="script-src 'self' ${hash(SCRIPT)} ${hash(OTHER_SCRIPT)}"`);
	});

	it('leaves a page without a policy as it is', () => {
		const html = `<html><head><script>${SCRIPT}</script></head></html>`;
		expect(ownPolicy(html)).toBe(html);
	});
});
