/**
 * Export and import of the reader's progress, on the home page. An import merges (per question,
 * the newer entry wins); replacing everything is a separate, explicit button. A kept copy of
 * stored data the guide could not read is offered for export or discarding here.
 */
import { exportProgress, importProgress, KEPT_KEY, loadProgress, mergeProgress, mergeSummary, type Progress } from '../study/progress.ts';
import { readProgress, storage, writeProgress } from './progress-marks.ts';

const status = document.getElementById('progress-transfer-status')!;
const exportButton = document.getElementById('progress-export') as HTMLButtonElement;
const importInput = document.getElementById('progress-import') as HTMLInputElement;
const replaceButton = document.getElementById('progress-replace') as HTMLButtonElement;
const kept = document.getElementById('progress-kept')!;
document.querySelector<HTMLElement>('.progress-transfer')!.hidden = false;
kept.hidden = !loadProgress(storage).kept;

function download(text: string, name: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	link.download = name;
	link.click();
	URL.revokeObjectURL(link.href);
}

const today = () => new Date().toISOString().slice(0, 10);

exportButton.addEventListener('click', () => {
	download(exportProgress(readProgress(), new Date()), `interview-guide-progress-${today()}.json`);
	status.textContent = 'Progress exported.';
});

/** The last imported file's progress, for "Replace" until another file is chosen. */
let lastImport: Progress | undefined;

importInput.addEventListener('change', async () => {
	const file = importInput.files?.[0];
	if (!file) return;
	const result = importProgress(await file.text());
	importInput.value = '';
	replaceButton.hidden = true;
	lastImport = undefined;
	if (!result.ok) {
		status.textContent = result.message;
		return;
	}
	const merge = mergeProgress(readProgress(), result.progress);
	const saved = writeProgress(merge.progress, { asImported: true });
	if (!saved.ok) {
		status.textContent = `Nothing was imported: ${saved.reason}`;
		return;
	}
	lastImport = result.progress;
	replaceButton.hidden = false;
	status.textContent = `Merged: ${mergeSummary(merge)}. To use only this file’s progress instead, choose “Replace all my progress with this file”.`;
});

replaceButton.addEventListener('click', () => {
	if (!lastImport) return;
	const saved = writeProgress(lastImport, { asImported: true });
	status.textContent = saved.ok ? 'Your progress was replaced with the file’s.' : `Nothing was replaced: ${saved.reason}`;
	if (saved.ok) replaceButton.hidden = true;
});

document.getElementById('progress-kept-export')!.addEventListener('click', () => {
	const text = storage?.getItem(KEPT_KEY);
	if (text == null) return;
	download(text, `interview-guide-unreadable-progress-${today()}.json`);
	status.textContent = 'The kept copy was exported. Discard it once you no longer need it.';
});

document.getElementById('progress-kept-discard')!.addEventListener('click', () => {
	storage?.removeItem(KEPT_KEY);
	kept.hidden = true;
	status.textContent = 'The kept copy was discarded.';
});
