/**
 * Shows the reader's marks beside question links (sidebar, lists), the summary and due count on
 * the home page, the due count beside "Quiz" in the sidebar, the mark buttons on a question page,
 * and a notice when saved progress could not be read or saved. Loaded by progress-loader.ts when
 * the browser holds saved progress or a mark is pressed, and by the pages that read progress.
 */
import styles from '../styles/progress.css?inline';
import { adoptStyles, element, questionSlugOf } from './dom.ts';
import { dueToday } from '../study/due.ts';
import {
	loadProgress,
	MARK_LABELS,
	progressSummary,
	recordChanges,
	saveProgress,
	type Mark,
	type Progress,
	type SaveResult,
} from '../study/progress.ts';

export const storage = (() => {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
})();

export function readProgress(): Progress {
	return loadProgress(storage).progress;
}

/**
 * Saves `progress` and shows what is stored afterwards: on failure, the previous progress, and a
 * notice saying why. The reader's own changes are recorded (stamped now; "Needs review" makes a
 * question due); an import's entries are saved `asImported`, keeping the file's times and schedules.
 */
export function writeProgress(progress: Progress, { asImported = false } = {}): SaveResult {
	const result = saveProgress(storage, asImported ? progress : recordChanges(readProgress(), progress, new Date()));
	if (!result.ok) showNotice(result.reason);
	showMarks(readProgress());
	return result;
}

/** "3 due" beside a link, as text so that it does not rely on colour. */
function setDueBadge(link: Element, due: number): void {
	link.querySelector('.due-badge')?.remove();
	if (due > 0) link.append(element('span', { class: 'due-badge' }, `${due} due`));
}

/** Puts a text badge after every link to a marked question, and updates the counts and summaries. */
export function showMarks(progress: Progress): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a[href], .question-list a[href]')) {
		const slug = questionSlugOf(new URL(link.href).pathname);
		if (!slug) continue;
		link.querySelector('.mark-badge')?.remove();
		const mark = progress.marks[slug];
		if (mark) link.append(element('span', { class: `mark-badge mark-${mark}` }, MARK_LABELS[mark]));
	}
	const due = dueToday(progress.schedules, new Date()).length;
	for (const link of document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a[href]')) {
		if (new URL(link.href).pathname.endsWith('/quiz/')) setDueBadge(link, due);
	}
	const dueCount = document.getElementById('due-count');
	if (dueCount) dueCount.textContent = due === 0 ? 'Nothing is due for review today.' : `${due} ${due === 1 ? 'question is' : 'questions are'} due for review today.`;
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

export function showNotice(message: string): void {
	const content = document.querySelector('main .sl-markdown-content');
	content?.querySelector('.progress-notice')?.remove();
	content?.prepend(element('p', { class: 'progress-notice', role: 'status' }, message));
}

/** A press of a question's mark button: sets that mark, or takes it off when the question has it. */
export function toggleMark(button: HTMLButtonElement): void {
	const slug = button.closest<HTMLElement>('.study-bar')!.dataset.slug!;
	const mark = button.dataset.mark as Mark;
	const current = readProgress();
	if (current.marks[slug] === mark) delete current.marks[slug];
	else current.marks[slug] = mark;
	writeProgress(current);
}

adoptStyles(styles);
const { progress, notice } = loadProgress(storage);
if (notice) showNotice(notice);
showMarks(progress);
