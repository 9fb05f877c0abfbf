/**
 * `npm run build [-- astro build flags]`: runs `astro build` in a Node process whose environment
 * tells mimalloc, the allocator Rolldown and Astro's compiler link, to commit memory as it uses it.
 * By default it commits a 1 GiB arena up front, fills it with huge pages during the Vite build and
 * keeps about 320 MB of it for the rest of the build, beside Pagefind (docs/benchmark.md). mimalloc
 * reads the variable when it loads, before astro.config.mjs runs, so only the process that starts
 * the build can set it.
 */
import { spawn } from 'node:child_process';
// Not site.ts: it loads Astro, whose memory this process would then hold beside the build's.
import { ASTRO_CLI } from './astro-cli.ts';

const child = spawn(process.execPath, [ASTRO_CLI, 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { MIMALLOC_ARENA_EAGER_COMMIT: '0', ...process.env },
});
// A build stopped from outside (Ctrl-C, a test's AbortSignal) stops Astro too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
