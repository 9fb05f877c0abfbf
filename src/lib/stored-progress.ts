/**
 * Whether this browser holds any of the reader's saved progress, without reading or parsing it:
 * pages load the progress code (marks, due counts, notices) only when it does, or when a mark is
 * pressed, since most visits have nothing stored.
 */

/**
 * Every key the progress store uses starts with this (`src/study/progress.ts`: the current
 * version's key, version 1's and the kept copy; tests/unit/lib/stored-progress.test.ts holds them
 * to it). The study-first preference has a key of its own outside it.
 */
export const PROGRESS_KEY_PREFIX = 'interview-study-guide/progress/';

/** True when `storage` has a key of the progress store; false without storage. */
export function hasStoredProgress(storage: Pick<Storage, 'length' | 'key'> | undefined): boolean {
	if (!storage) return false;
	for (let index = 0; index < storage.length; index++) {
		if (storage.key(index)?.startsWith(PROGRESS_KEY_PREFIX)) return true;
	}
	return false;
}
