/**
 * A broken question file fails the real build with the file, the field and what was expected.
 * Every other way a question folder can be broken is tested on the loader itself, without a build
 * (tests/unit/loaders/questions-loader.test.ts); this one build (the `missingTier` variant of
 * tests/support/variants.ts) proves the loader and schema are what the build uses.
 */
import { describe, expect, it } from 'vitest';
import { jobOutcome, VARIANT_WAIT_MS } from '../support/variants.ts';

describe('building from broken question files', () => {
	it('fails on a missing tier, naming the file and the field', async () => {
		const { succeeded, output } = await jobOutcome('missingTier');
		expect(succeeded).toBe(false);
		expect(output).toMatch(/rate-limiting[\s\S]*tiers\.mediocre[\s\S]*missing; expected a "## Mediocre response" section/);
	}, VARIANT_WAIT_MS);
});
