/**
 * Loads the progress code (progress-marks.ts, with the store and the scheduler) only when it has
 * something to do: when this browser holds saved progress, to show marks, due counts and notices,
 * or when a reader presses a mark button on a question page.
 */
import { hasStoredProgress } from '../lib/stored-progress.ts';
import progressMarksUrl from './progress-marks.ts?on-demand';

const storage = (() => {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
})();
const progressCode = (): Promise<typeof import('./progress-marks.ts')> => import(/* @vite-ignore */ progressMarksUrl);

if (hasStoredProgress(storage)) void progressCode();
document.addEventListener('click', (event) => {
	const button = (event.target as Element | null)?.closest?.('.study-bar button[data-mark]');
	if (button instanceof HTMLButtonElement) void progressCode().then(({ toggleMark }) => toggleMark(button));
});
