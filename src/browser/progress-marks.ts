/**
 * Runs on every page: shows the reader's marks beside question links (sidebar, lists), the
 * summary on the home page, the mark buttons on a question page, and a notice when saved progress
 * could not be read.
 */
import { element, questionSlugOf } from './dom.ts';
import { loadProgress, MARK_LABELS, progressSummary, saveProgress, type Mark, type Progress } from '../study/progress.ts';

const storage = (() => {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
})();

export function readProgress(): Progress {
	return loadProgress(storage).progress;
}

export function writeProgress(progress: Progress): boolean {
	const saved = saveProgress(storage, progress);
	showMarks(progress);
	return saved;
}

/** Puts a text badge after every link to a marked question, and updates the home page summary. */
export function showMarks(progress: Progress): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a[href], .question-list a[href]')) {
		const slug = questionSlugOf(new URL(link.href).pathname);
		if (!slug) continue;
		link.querySelector('.mark-badge')?.remove();
		const mark = progress.marks[slug];
		if (mark) link.append(element('span', { class: `mark-badge mark-${mark}` }, MARK_LABELS[mark]));
	}
	const summary = document.getElementById('progress-summary');
	if (summary) {
		const slugs = [...document.querySelectorAll<HTMLAnchorElement>('main .question-list a[href]')]
			.map((link) => questionSlugOf(new URL(link.href).pathname))
			.filter((slug): slug is string => slug !== undefined);
		summary.textContent = progressSummary(progress, slugs);
	}
	for (const button of document.querySelectorAll<HTMLButtonElement>('.study-bar button[data-mark]')) {
		const slug = button.closest<HTMLElement>('.study-bar')!.dataset.slug!;
		button.setAttribute('aria-pressed', String(progress.marks[slug] === button.dataset.mark));
	}
}

function showNotice(message: string): void {
	const content = document.querySelector('main .sl-markdown-content');
	content?.prepend(element('p', { class: 'progress-notice', role: 'status' }, message));
}

const { progress, notice } = loadProgress(storage);
if (notice) showNotice(notice);
showMarks(progress);

for (const bar of document.querySelectorAll<HTMLElement>('.study-bar')) bar.hidden = false;
document.addEventListener('click', (event) => {
	const button = (event.target as Element | null)?.closest?.('.study-bar button[data-mark]');
	if (!(button instanceof HTMLButtonElement)) return;
	const slug = button.closest<HTMLElement>('.study-bar')!.dataset.slug!;
	const mark = button.dataset.mark as Mark;
	const current = readProgress();
	// Pressing the mark a question already has takes it off again.
	if (current.marks[slug] === mark) delete current.marks[slug];
	else current.marks[slug] = mark;
	if (!writeProgress(current)) showNotice('This browser did not let the guide save your progress.');
});
