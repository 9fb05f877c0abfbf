/**
 * Code loaded on first use, without Vite's preload helper. Vite wraps every `import('./x.ts')` in
 * browser code in `__vitePreload`, a 1.8 KB helper (0.9 KB gzip) that ships as a chunk of its own
 * once two scripts use it (Starlight's search does): one more request on every page, for code a
 * reader may never open. Importing `./x.ts?on-demand` instead gives the URL of `x.ts` built as a
 * chunk of its own (its exports kept, its imports shared with the rest of the build as usual),
 * for `import(/* @vite-ignore *\/ url)`, which Vite leaves as it is. Such a chunk's stylesheets
 * are not loaded for it: on-demand code uses the global styles.
 */
import type { Plugin } from 'vite';

const SUFFIX = '?on-demand';
const PREFIX = '\0on-demand:';

export default function onDemandChunks(): Plugin {
	let serving = false;
	return {
		name: 'guide:on-demand-chunks',
		enforce: 'pre',
		configResolved(config) {
			serving = config.command === 'serve';
		},
		async resolveId(source, importer) {
			if (!source.endsWith(SUFFIX)) return undefined;
			const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer);
			if (!resolved) throw new Error(`on-demand chunk: cannot resolve ${source} from ${importer}`);
			return `${PREFIX}${resolved.id}`;
		},
		load(id) {
			if (!id.startsWith(PREFIX)) return undefined;
			const file = id.slice(PREFIX.length);
			// The dev server serves source modules by path; only a build emits chunks.
			if (serving) return `export default ${JSON.stringify(`/@fs${file}`)};`;
			const reference = this.emitFile({ type: 'chunk', id: file, preserveSignature: 'strict' });
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		},
	};
}
