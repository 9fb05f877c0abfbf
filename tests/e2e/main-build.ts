/**
 * Setup file of every end-to-end test file: waits for the main build the global setup started, and
 * fails the file with Astro's output if that build failed.
 */
import { builtVariant } from '../support/variants.ts';

await builtVariant('main');
