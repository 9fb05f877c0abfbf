import { defineConfig } from 'vitest/config';

/** Folders of pure modules: unit-tested, and held to a share of covered lines by `npm test`. */
const PURE_FOLDERS = ['src/importer', 'src/analysis', 'src/study', 'src/lib', 'src/questions'];

declare module 'vitest' {
	export interface ProvidedContext {
		/**
		 * `npm run test:full` (`vitest run --mode full`): the exhaustive sweeps, such as axe-core on
		 * every built page in both themes, instead of one page of each shape.
		 */
		fullSweep: boolean;
	}
}

export default defineConfig(({ mode }) => ({
	test: {
		provide: { fullSweep: mode === 'full' },
		globalSetup: ['tests/support/temporary-folders.ts'],
		// Two test files at a time even on a 2-core machine, where Vitest would otherwise run one: a
		// browser test spends much of its time waiting on Chromium.
		maxWorkers: 2,
		coverage: {
			provider: 'v8',
			include: PURE_FOLDERS.map((folder) => `${folder}/**/*.ts`),
			// Command-line entry points are exercised as processes, which v8 coverage does not follow;
			// guide-data.ts only hands Astro's content collections to guide-model.ts, and runs in builds.
			exclude: ['**/cli/**', 'src/lib/guide-data.ts'],
			reporter: ['text-summary', 'json-summary'],
			thresholds: Object.fromEntries(PURE_FOLDERS.map((folder) => [`${folder}/**`, { lines: 90 }])),
		},
		projects: [
			{
				extends: true,
				// First, while the end-to-end global setup builds the site in the background: a test that
				// takes 1 s alone may take several beside the build.
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 }, testTimeout: 20_000 },
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					setupFiles: ['tests/e2e/main-build.ts'],
					sequence: { groupOrder: 1 },
					// Two files at a time: they only read the builds of the global setup (tests/support/variants.ts),
					// and a browser test waits on Chromium often enough to leave the second core work.
					testTimeout: 30_000,
					hookTimeout: 60_000,
					// Once in many CI runs a browser step stalls on the saturated 2-core machine (a search that
					// never answered, December 2026). The retry is listed in the output with what the browser
					// reported the first time (tests/support/browser.ts); a second failure fails the run.
					retry: 1,
				},
			},
		],
	},
}));
