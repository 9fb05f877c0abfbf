/** Export and import of the reader's progress, on the home page. */
import { exportProgress, importProgress } from '../study/progress.ts';
import { readProgress, writeProgress } from './progress-marks.ts';

const status = document.getElementById('progress-transfer-status')!;
const exportButton = document.getElementById('progress-export') as HTMLButtonElement;
const importInput = document.getElementById('progress-import') as HTMLInputElement;
document.querySelector<HTMLElement>('.progress-transfer')!.hidden = false;

exportButton.addEventListener('click', () => {
	const file = new Blob([exportProgress(readProgress(), new Date())], { type: 'application/json' });
	const link = document.createElement('a');
	link.href = URL.createObjectURL(file);
	link.download = `interview-guide-progress-${new Date().toISOString().slice(0, 10)}.json`;
	link.click();
	URL.revokeObjectURL(link.href);
	status.textContent = 'Progress exported.';
});

importInput.addEventListener('change', async () => {
	const file = importInput.files?.[0];
	if (!file) return;
	const result = importProgress(await file.text());
	importInput.value = '';
	if (!result.ok) {
		status.textContent = result.message;
		return;
	}
	writeProgress(result.progress);
	const marks = Object.keys(result.progress.marks).length;
	const drafts = Object.keys(result.progress.drafts).length;
	status.textContent = `Imported ${marks} ${marks === 1 ? 'mark' : 'marks'} and ${drafts} ${drafts === 1 ? 'draft' : 'drafts'}.`;
});
