/**
 * Builds the site with the real Astro CLI and serves a build with Astro's own preview server: the
 * one home of these helpers for the end-to-end tests, the benchmark and the Lighthouse report, so
 * that all of them measure exactly what `npm start` builds and serves.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { preview } from 'astro';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
import { ASTRO_CLI } from './astro-cli.ts';

export { ASTRO_CLI };
/** What `npm run build` runs: `astro build` with the build's environment (src/build-tools/build.ts). */
export const BUILD_SCRIPT = fileURLToPath(new URL('./build.ts', import.meta.url));

/** What Vitest, Vite and npm add to a process's environment, which a user's shell does not give `astro build`. */
const HARNESS_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'npm_lifecycle_event'];

/**
 * The environment a user's shell would give `astro build`, plus `extra`. NODE_ENV=test would build
 * a development site without search, and Vite's BASE_URL=/ would override the `--base` flag.
 */
export function buildEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of HARNESS_VARIABLES) delete env[key];
	return { ...env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs a Node script of the project and returns its output; rejects with the output when it fails or `signal` aborts it. */
async function runNode(name: string, args: string[], env: Record<string, string>, signal?: AbortSignal): Promise<string> {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
			cwd: PROJECT_ROOT,
			env: buildEnvironment(env),
			maxBuffer: 64 * 1024 * 1024,
			signal,
		});
		return stdout + stderr;
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		throw new Error(`${name} ${args.slice(1).join(' ')} failed:\n${stdout}\n${stderr}`);
	}
}

/** Builds the site as `npm run build` does and returns the output; rejects with the output when the build fails or `signal` aborts it. */
export function buildSite(args: string[] = [], env: Record<string, string> = {}, signal?: AbortSignal): Promise<string> {
	return runNode('npm run build', [BUILD_SCRIPT, ...args], env, signal);
}

/**
 * Runs `astro check` on the types a build or `astro sync` has already generated in `.astro/`, and
 * returns its output; rejects with the output when it finds an error or `signal` aborts it.
 */
export function checkTypes(signal?: AbortSignal): Promise<string> {
	return runNode('astro check', [ASTRO_CLI, 'check', '--noSync'], {}, signal);
}

/** Serves a built `outDir` on a free loopback port; returns its origin and a stop function. */
export async function serveSite(outDir: string, base = '/') {
	const server = await preview({
		root: PROJECT_ROOT,
		outDir,
		base,
		logLevel: 'error',
		server: { host: '127.0.0.1', port: 0 },
	});
	return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
