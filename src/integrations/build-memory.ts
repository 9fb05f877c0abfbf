/**
 * Keeps the build's V8 heap near what it holds. By default V8 lets the heap grow to several times
 * its live size between full collections: at 1,000 questions the build held about 250 MB of live
 * objects in 450 to 800 MB of heap. A growth step of 1 + HEAP_GROWING_PERCENT/100 after each
 * full collection keeps the heap close to the live size; V8 reads the flag at every collection,
 * so setting it once the build starts takes effect (figures: docs/benchmark.md).
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

const HEAP_GROWING_PERCENT = 20;

export default function buildMemory(): AstroIntegration {
	return {
		name: 'guide:build-memory',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build') setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
			},
		},
	};
}
