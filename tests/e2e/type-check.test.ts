/**
 * `astro check`: TypeScript's diagnostics for every `.ts` and `.astro` file. The global setup runs
 * it beside the builds, once the main build has generated the content types it reads
 * (tests/support/variants.ts).
 */
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { jobOutcome, VARIANT_WAIT_MS } from '../support/variants.ts';

it('astro check finds no type errors or warnings', async () => {
	const { succeeded, output } = await jobOutcome('typeCheck');
	expect(succeeded, output).toBe(true);
	const text = stripVTControlCharacters(output);
	expect(text.slice(text.lastIndexOf('Result ('))).toMatch(/- 0 errors\n- 0 warnings\n/);
}, VARIANT_WAIT_MS);
