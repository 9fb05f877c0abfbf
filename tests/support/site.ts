/**
 * Builds the site with the real Astro CLI and serves the result with Astro's own preview server,
 * so end-to-end tests run against exactly what `npm start` serves.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { preview } from 'astro';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO_CLI = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * The environment a user's shell would give `astro build`: without what Vitest adds to it.
 * NODE_ENV=test would build a development site without search, and Vite's BASE_URL=/ would
 * override the `--base` flag.
 */
function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) {
		delete env[key];
	}
	return { ...env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs `astro build` and returns its output; rejects with the output when the build fails or `signal` aborts it. */
export async function buildSite(args: string[] = [], env: Record<string, string> = {}, signal?: AbortSignal): Promise<string> {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, [ASTRO_CLI, 'build', ...args], {
			cwd: PROJECT_ROOT,
			env: buildEnvironment(env),
			maxBuffer: 64 * 1024 * 1024,
			signal,
		});
		return stdout + stderr;
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		throw new Error(`astro build ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
	}
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
