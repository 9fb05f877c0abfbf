import { describe, expect, it } from 'vitest';
import { hasStoredProgress, PROGRESS_KEY_PREFIX } from '../../../src/lib/stored-progress.ts';
import { KEPT_KEY, STORAGE_KEY, V1_STORAGE_KEY } from '../../../src/study/progress.ts';
import { STUDY_FIRST_KEY } from '../../../src/study/study-first.ts';

/** A Storage holding `keys`, as far as the check reads it. */
const storageWith = (...keys: string[]) => ({ length: keys.length, key: (index: number) => keys[index] ?? null });

describe('hasStoredProgress', () => {
	it('sees every key the progress store writes', () => {
		for (const key of [STORAGE_KEY, V1_STORAGE_KEY, KEPT_KEY]) {
			expect(key.startsWith(PROGRESS_KEY_PREFIX)).toBe(true);
			expect(hasStoredProgress(storageWith('starlight-theme', key))).toBe(true);
		}
	});

	it('is false with nothing stored, only other keys (the theme, the study-first choice), or no storage at all', () => {
		expect(hasStoredProgress(storageWith())).toBe(false);
		expect(hasStoredProgress(storageWith('starlight-theme', STUDY_FIRST_KEY))).toBe(false);
		expect(hasStoredProgress(undefined)).toBe(false);
	});
});
