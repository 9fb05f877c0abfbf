/**
 * The HTTP headers a host should send with the built site, written once and rendered for each kind
 * of host: `_headers` (Netlify, Cloudflare Pages) and an nginx configuration.
 *
 * The Content-Security-Policy header is the union of the `<meta>` policies of the pages (each
 * with the hashes of its own inline scripts and styles), plus what only a header can say: `frame-ancestors
 * 'none'`. A browser enforces the header and the page's own `<meta>` together, so each page stays
 * held to its own policy; the `<meta>` remains for hosts that cannot send headers (GitHub Pages).
 */

/** One header rule: a path pattern (`*` matches the rest of a path) and the headers it sends. */
export interface HeaderRule {
	/** A site path, base included: `/interview-guide/_astro/*`, `/interview-guide/`. */
	path: string;
	headers: [name: string, value: string][];
}

/** Hashed, never-changing assets: cached for a year without asking again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and the search index change with each build: a cache must ask the host before reusing them. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Directives only a header can carry; a `<meta>` policy ignores them. */
const HEADER_ONLY_DIRECTIVES = [["frame-ancestors", ["'none'"]]] as const;

/**
 * Merges Content-Security-Policy strings into one that allows what any of them allows, directive by
 * directive, in first-seen order, and adds the header-only directives.
 */
export function unionPolicy(policies: readonly string[]): string {
	const directives = new Map<string, string[]>();
	for (const policy of policies) {
		for (const directive of policy.split(';')) {
			const [name, ...sources] = directive.trim().split(/\s+/);
			if (!name) continue;
			const known = directives.get(name.toLowerCase()) ?? [];
			for (const source of sources) if (!known.includes(source)) known.push(source);
			directives.set(name.toLowerCase(), known);
		}
	}
	for (const [name, sources] of HEADER_ONLY_DIRECTIVES) directives.set(name, [...sources]);
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The headers every response gets. */
export function securityHeaders(policy: string): [string, string][] {
	return [
		['Content-Security-Policy', policy],
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		// The guide uses none of these; a page that does not ask for a feature cannot be tricked into it.
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
	];
}

export interface SiteLayout {
	/** The base path the site is deployed under, with a trailing slash: `/` or `/interview-guide/`. */
	base: string;
	/** The built output's top-level entries other than `_astro/`: folders end with `/` (`questions/`), files do not (`404.html`). */
	entries: readonly string[];
}

/**
 * Header rules for a built site. Security headers go on every path. Cache-Control is set by exactly
 * one rule per path, since hosts join the values of a header that several matching rules set:
 * hashed assets are immutable, everything else (pages, the search index, the JSON API) revalidates.
 */
export function hostHeaderRules(policy: string, { base, entries }: SiteLayout): HeaderRule[] {
	const revalidate = (path: string): HeaderRule => ({ path, headers: [['Cache-Control', REVALIDATE]] });
	return [
		{ path: `${base}*`, headers: securityHeaders(policy) },
		{ path: `${base}_astro/*`, headers: [['Cache-Control', IMMUTABLE]] },
		revalidate(base),
		...[...entries]
			.filter((entry) => entry !== '_astro/' && !HOST_FILES.includes(entry))
			.sort()
			.map((entry) => revalidate(entry.endsWith('/') ? `${base}${entry}*` : `${base}${entry}`)),
	];
}

/** The files the build writes for hosts; not part of the site. */
export const HOST_FILES = ['_headers', '_nginx.conf'];

/** `_headers` as Netlify and Cloudflare Pages read it: a path line, then indented `Name: value` lines. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
	return `${rules.map(({ path, headers }) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n')}\n`;
}

const nginxString = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * nginx `location` blocks for the site, to `include` inside a `server` whose `root` holds the build
 * at its base path. nginx drops a server's `add_header`s in any location that sets its own, so
 * every location repeats the security headers next to its Cache-Control.
 */
export function renderNginxLocations(policy: string, base: string): string {
	const headers = (cacheControl: string) =>
		[...securityHeaders(policy), ['Cache-Control', cacheControl] as const]
			.map(([name, value]) => `\tadd_header ${name} ${nginxString(value)} always;`)
			.join('\n');
	const escapedBase = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return `# Generated by the build (src/security/host-headers.ts) for base ${base}. Include it inside a server block.
location ^~ ${base}_astro/ {
${headers(IMMUTABLE)}
}

# The files the build writes for hosts are not part of the site.
location ~ ^${escapedBase}(${HOST_FILES.map((file) => file.replace('.', '\\.')).join('|')})$ {
	return 404;
}

location ${base} {
${headers(REVALIDATE)}
	index index.html;
	try_files $uri $uri/ =404;
}

error_page 404 ${base}404.html;
`;
}
