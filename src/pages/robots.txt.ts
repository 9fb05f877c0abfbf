import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/links.ts';
import { withBase } from '../lib/urls.ts';

/** Allows every crawler; names the sitemap when the site's address is known. */
export const GET: APIRoute = ({ site }) => {
	const lines = ['User-agent: *', 'Allow: /'];
	if (site) lines.push(`Sitemap: ${absoluteUrl(withBase('/sitemap-index.xml'), site)}`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
