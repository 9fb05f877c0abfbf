import { fileURLToPath } from 'node:url';

/** Astro's command-line entry point, run with the project's own Node (`process.execPath`). */
export const ASTRO_CLI = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
