/**
 * Links are prefetched by the browser's own Speculation Rules (Chromium-based browsers) rather than
 * by Astro's prefetch script, which Starlight turns on for every link: the same prefetch when a
 * reader hovers over or presses a link, without a 2.5 KB script (1.1 KB gzip) and a request on
 * every page. Browsers without Speculation Rules load a page when its link is followed. Downloads
 * (the Anki packages) are never prefetched.
 */
import { createHash } from 'node:crypto';

/** The text of the page's `<script type="speculationrules">`. */
export const SPECULATION_RULES = JSON.stringify({
	prefetch: [{ where: { and: [{ href_matches: '/*' }, { not: { selector_matches: '[download]' } }] }, eagerness: 'moderate' }],
});

/** Its hash for the Content-Security-Policy, which holds inline speculation rules to it like any inline script. */
export const SPECULATION_RULES_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(SPECULATION_RULES).digest('base64')}`;
