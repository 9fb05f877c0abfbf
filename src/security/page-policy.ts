/**
 * Each page's Content-Security-Policy `<meta>`, held to the page itself. Astro's `security.csp`
 * writes the same list of hashes into every page: those of every inline script and stylesheet of
 * the whole build (about twenty), where a page runs a handful; each hash is 50 bytes that do not
 * compress. `ownPolicy` keeps, in `script-src` and `style-src`, only the hashes of the page's own
 * inline `<script>` and `<style>` elements; every other source and directive stays as written.
 */
import { createHash } from 'node:crypto';

const META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;
const HASH_SOURCE = /^'(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)'$/;
const HASHED_DIRECTIVES = new Set(['script-src', 'style-src']);

/**
 * A comment or a start tag, its quoted attribute values read whole: a document's `<script>` written
 * inside an attribute (a search term, a tooltip) is text there, not an element.
 */
const MARKUP = /<!--[\s\S]*?-->|<([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*)\s*\/?>/g;

/** The text of every inline script and style element of `html`, as a browser hashes it. */
function inlineContents(html: string): string[] {
	const contents: string[] = [];
	const markup = new RegExp(MARKUP);
	for (let tag = markup.exec(html); tag; tag = markup.exec(html)) {
		const name = tag[1]?.toLowerCase();
		if (name !== 'script' && name !== 'style') continue;
		// Their text is raw: it ends at the first closing tag, whatever comes before it.
		const closing = new RegExp(`</${name}`, 'gi');
		closing.lastIndex = markup.lastIndex;
		const end = closing.exec(html)?.index ?? html.length;
		if (!(name === 'script' && /\bsrc\s*=/i.test(tag[2]!))) contents.push(html.slice(markup.lastIndex, end));
		markup.lastIndex = end;
	}
	return contents;
}

/** `policy` with, in `script-src` and `style-src`, only the hash sources that match one of `contents`. */
export function keepHashesOf(policy: string, contents: readonly string[]): string {
	const digests = new Map<string, Set<string>>();
	const digestsWith = (algorithm: string) => {
		let set = digests.get(algorithm);
		if (!set) digests.set(algorithm, (set = new Set(contents.map((content) => createHash(algorithm).update(content).digest('base64')))));
		return set;
	};
	return policy
		.split(';')
		.map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			if (!name || !HASHED_DIRECTIVES.has(name.toLowerCase())) return directive;
			const kept = sources.filter((source) => {
				const [, algorithm, digest] = HASH_SOURCE.exec(source) ?? [];
				return !algorithm || digestsWith(algorithm).has(digest!);
			});
			return `${directive.match(/^\s*/)![0]}${[name, ...kept].join(' ')}`;
		})
		.join(';');
}

/** `html` with its policy `<meta>` keeping only the hashes of its own inline scripts and styles; unchanged without one. */
export function ownPolicy(html: string): string {
	const match = META.exec(html);
	if (!match) return html;
	const [whole, open, content, close] = match;
	// The attribute may spell quotes as entities; the policy itself is compared as the browser reads it.
	const encoded = content!.includes('&#39;');
	const policy = keepHashesOf(encoded ? content!.replaceAll('&#39;', "'") : content!, inlineContents(html));
	// A function, so that no `$` pattern in the replacement is ever expanded.
	return html.replace(whole, () => `${open}${encoded ? policy.replaceAll("'", '&#39;') : policy}${close}`);
}
