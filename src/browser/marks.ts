/**
 * Runs on every page: shows the study bar, and loads the code that shows and saves marks
 * (progress-marks.ts) only once it has something to do, when the reader has saved progress or
 * presses a mark button. A first visit loads none of it.
 */
import { STORAGE_KEY } from '../study/storage-key.ts';

for (const bar of document.querySelectorAll<HTMLElement>('.study-bar')) bar.hidden = false;

let marks: Promise<typeof import('./progress-marks.ts')> | undefined;
const loadMarks = () => (marks ??= import('./progress-marks.ts'));

const hasSavedProgress = (() => {
	try {
		return localStorage.getItem(STORAGE_KEY) !== null;
	} catch {
		return false; // storage is blocked: progress-marks.ts says so when the reader tries to save
	}
})();
if (hasSavedProgress) void loadMarks();

document.addEventListener('click', (event) => {
	const button = (event.target as Element | null)?.closest?.('.study-bar button[data-mark]');
	if (button instanceof HTMLButtonElement) void loadMarks().then(({ toggleMark }) => toggleMark(button));
});
