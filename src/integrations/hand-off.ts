/**
 * Hands the built site to `src/build-tools/build.ts`, which started this `astro build`: it indexes
 * the pages, finishes them and writes the host files once this process has exited
 * (src/build-tools/finish-site.ts), so that Pagefind and Astro never hold their memory at once.
 * A build started some other way would leave a site without search and with the build-wide
 * policies: it fails, saying how to build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuiltSite } from '../build-tools/finish-site.ts';

export default function handOff(): AstroIntegration {
	let base = '/';
	return {
		name: 'guide:hand-off',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!process.send) throw new Error('This guide is built with `npm run build` (src/build-tools/build.ts), which also writes the search index; `astro build` alone does not.');
				const site: BuiltSite = { dir: fileURLToPath(dir), base };
				process.send(site);
				logger.info('Astro is done; the search index and the finished pages follow once its process has exited.');
			},
		},
	};
}
