/**
 * Reads the static redirect pages that `Redirect.astro` writes (former slugs, short links), for the
 * build's URL check and the benchmark. A page is a redirect when it has a meta refresh.
 */

/** The attributes of each `<meta>` tag in `html`, names lower-cased. */
function metaTags(html: string): Record<string, string>[] {
	return [...html.matchAll(/<meta\b[^>]*>/gi)].map(([tag]) =>
		Object.fromEntries([...tag.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)].map(([, name, value]) => [name!.toLowerCase(), value!])),
	);
}

/** Where a redirect page leads (a site path, base included), or undefined when the page is not a redirect. */
export function redirectTarget(html: string): string | undefined {
	const refresh = metaTags(html).find((attributes) => attributes['http-equiv']?.toLowerCase() === 'refresh');
	const target = refresh && /;\s*url=(.+)$/i.exec(refresh.content ?? '')?.[1];
	return target ? target.replaceAll('&amp;', '&') : undefined;
}
