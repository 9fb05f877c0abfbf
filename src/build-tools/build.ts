/**
 * `npm run build [-- astro build flags]`: runs `astro build`, then, once its process has exited,
 * indexes and finishes the site it built (src/build-tools/finish-site.ts), so that the build's
 * memory peak is Astro's or Pagefind's, never both (docs/benchmark.md).
 *
 * Astro runs with an environment that tells mimalloc, the allocator Rolldown and Astro's compiler
 * link, to commit memory as it uses it and to give freed memory back at once. By default it
 * commits a 1 GiB arena up front, fills it with huge pages during the Vite build and keeps about
 * 320 MB of it for the rest of the build; and it gives back what Rolldown frees only later, which
 * for threads that then sit idle is never: another 170 MB at 5,000 questions once the Vite build
 * is done. mimalloc reads the variables when it loads, before astro.config.mjs runs, so only the
 * process that starts the build can set them.
 */
import { spawn } from 'node:child_process';
// Not site.ts: it loads Astro, whose memory this process would then hold beside the build's.
import { ASTRO_CLI } from './astro-cli.ts';
import { finishSite, type BuiltSite } from './finish-site.ts';

const child = spawn(process.execPath, [ASTRO_CLI, 'build', ...process.argv.slice(2)], {
	// The IPC channel carries what src/integrations/hand-off.ts reports: where the site was built.
	stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
	env: { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DELAY: '0', ...process.env },
});
let built: BuiltSite | undefined;
child.on('message', (message) => {
	built = message as BuiltSite;
});
// A build stopped from outside (Ctrl-C, a test's AbortSignal) stops Astro too.
const stopAstro = (signal: NodeJS.Signals) => child.kill(signal);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stopAstro);
child.on('exit', async (code) => {
	// From here a signal ends this process, and with it Pagefind, as it would any command.
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, stopAstro);
	if (code !== 0) process.exit(code ?? 1);
	if (!built) {
		console.error('astro build exited without handing over the site it built (src/integrations/hand-off.ts).');
		process.exit(1);
	}
	try {
		await finishSite(built, (line) => console.log(`[guide:finish-site] ${line}`));
	} catch (error) {
		console.error(error);
		process.exit(1);
	}
});
