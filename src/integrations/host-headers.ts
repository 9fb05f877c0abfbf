/**
 * After a build, writes the host configuration next to the site: `_headers` (Netlify, Cloudflare
 * Pages) and `_nginx.conf` (nginx `location` blocks), from the policies the pages carry.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hostHeaderRules, renderHeadersFile, renderNginxLocations, unionPolicy } from '../security/host-headers.ts';

const META_POLICY = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi;

/** Every distinct Content-Security-Policy `<meta>` in the built pages. */
async function pagePolicies(dist: string): Promise<string[]> {
	const policies = new Set<string>();
	for (const file of await readdir(dist, { recursive: true })) {
		if (!file.endsWith('.html')) continue;
		for (const [, policy] of (await readFile(join(dist, file), 'utf8')).matchAll(META_POLICY)) policies.add(policy!.replaceAll('&#39;', "'"));
	}
	return [...policies].sort();
}

export default function hostHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'host-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const policies = await pagePolicies(dist);
				if (policies.length === 0) throw new Error(`host-headers: no page in ${dist} has a Content-Security-Policy <meta>; is security.csp set?`);
				const policy = unionPolicy(policies);
				const entries = (await readdir(dist, { withFileTypes: true })).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
				await writeFile(join(dist, '_headers'), renderHeadersFile(hostHeaderRules(policy, { base, entries })));
				await writeFile(join(dist, '_nginx.conf'), renderNginxLocations(policy, base));
				logger.info(`wrote _headers and _nginx.conf (policy merged from ${policies.length} page polic${policies.length === 1 ? 'y' : 'ies'})`);
			},
		},
	};
}
