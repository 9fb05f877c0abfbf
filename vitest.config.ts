import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					// Test files build the site into their own folders; one build at a time keeps Astro's
					// shared content cache consistent and fits the 2-core CI machine.
					fileParallelism: false,
					testTimeout: 30_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
