/**
 * Shows the reader's marks beside question links (sidebar, lists), the summary on the home page,
 * the state of the mark buttons on a question page, a notice when saved progress could not be
 * read, and saves marks (marks.ts, on every page, loads it once there is something to show or
 * save, and hands it the presses of mark buttons).
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

/** The mark `button` stands for, set on its question, or taken off when the question already has it. */
export function toggleMark(button: HTMLButtonElement): void {
	const slug = button.closest<HTMLElement>('.study-bar')!.dataset.slug!;
	const mark = button.dataset.mark as Mark;
	const current = readProgress();
	if (current.marks[slug] === mark) delete current.marks[slug];
	else current.marks[slug] = mark;
	if (!writeProgress(current)) showNotice('This browser did not let the guide save your progress.');
}

