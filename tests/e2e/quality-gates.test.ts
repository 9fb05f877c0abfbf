/**
 * Gates on the whole built guide, so that no later change quietly loses them: accessibility (of
 * one-off pages and those that stand for each template; of every page in both themes with `npm run test:full`), links and fragments that resolve, no orphan pages, the Content Security Policy, no
 * third-party requests or console errors, and reproducible builds. tests/e2e/hostile-content.test.ts
 * holds a guide built from hostile content to the same gates.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { readBuiltPages, type BuiltPage } from '../support/built-site.ts';
import { accessibilitySample, axeViolations, brokenLinks, browserProblems, cspProblems, orphanPages } from '../support/gates.ts';
import { PROJECT_ROOT } from '../support/site.ts';
import { builtVariant, VARIANT_WAIT_MS } from '../support/variants.ts';

const origin = inject('siteOrigin');
const DIST = join(PROJECT_ROOT, 'dist');
const chromium = useBrowser(() => origin);
let pages: BuiltPage[];

beforeAll(async () => {
	pages = await readBuiltPages(DIST);
});

describe('links in the built site', () => {
	it('every internal link, script, stylesheet and #fragment resolves', () => {
		expect(brokenLinks(DIST, pages).slice(0, 15)).toEqual([]);
	});

	it('every page can be reached from the home page', () => {
		expect(orphanPages(pages)).toEqual([]);
	});
});

describe('accessibility of the built pages', () => {
	const full = inject('fullSweep');
	const themes = full ? (['light', 'dark'] as const) : (['light'] as const);
	it.each(themes)(
		`has no axe violations (WCAG 2.2 A/AA and best practices) on ${full ? 'every page' : 'every one-off page and the pages that stand for each template'}, %s theme, every <details> open`,
		async (theme) => {
			const content = pages.filter((page) => !page.redirect);
			const checked = full ? content.map((page) => page.path) : accessibilitySample(pages);
			expect(content.length).toBeGreaterThan(700);
			expect(checked.length).toBeGreaterThan(full ? 700 : 15);
			expect(await axeViolations(chromium.browser(), origin, checked, { colorScheme: theme, sampled: !full })).toEqual([]);
		},
		full ? 1_800_000 : 300_000,
	);
});

describe('security and privacy', () => {
	it('every page has a Content Security Policy that allows its inline scripts by hash, never unsafe-inline', () => {
		expect(cspProblems(pages).slice(0, 10)).toEqual([]);
	});

	it.each(['/', '/questions/rate-limiting/', '/concepts/', '/concepts/token-bucket/', '/topics/apis/', '/quiz/', '/print/', '/how-to-study/', '/404.html'])(
		'%s: no CSP violation, console error or third-party request, also when searching, opening tiers and quizzing',
		async (path) => {
			expect(await browserProblems(chromium.browser(), origin, path)).toEqual([]);
		},
	);
});

describe('reproducible builds', () => {
	async function fingerprint(dist: string): Promise<Map<string, string>> {
		const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
		const hashes = new Map<string, string>();
		for (const file of files) {
			const path = join(file.parentPath, file.name);
			hashes.set(path.slice(dist.length), createHash('sha256').update(await readFile(path)).digest('hex'));
		}
		return hashes;
	}

	// A second full build: a release check, with `npm run test:full`.
	it.runIf(inject('fullSweep'))('two builds of the same commit are byte-identical', async () => {
		const { outDir: other } = await builtVariant('rebuilt');
		const [first, second] = await Promise.all([fingerprint(DIST), fingerprint(other)]);
		const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
		expect(first.size).toBeGreaterThan(700);
		expect(differing).toEqual([]);
	}, VARIANT_WAIT_MS);
});
