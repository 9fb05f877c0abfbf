/** The review page: shows the questions due today in due order, each linking to its quiz. */
import { dueToday, nextReviewAfterToday } from '../study/due.ts';
import { readProgress } from './progress-marks.ts';

const dayFormat = new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const list = document.getElementById('review-list')!;
const status = document.getElementById('review-status')!;
const items = new Map([...list.querySelectorAll<HTMLLIElement>('li[data-slug]')].map((item) => [item.dataset.slug!, item]));

function showDue(): void {
	const { schedules } = readProgress();
	const now = new Date();
	const due = dueToday(schedules, now).filter((slug) => items.has(slug));
	for (const item of items.values()) item.hidden = true;
	for (const slug of due) {
		const item = items.get(slug)!;
		const link = item.querySelector('a')!;
		// "?quiz" makes the question page start its quiz at once.
		link.search = '?quiz';
		item.hidden = false;
		list.append(item);
	}
	if (due.length > 0) {
		status.textContent = `${due.length} ${due.length === 1 ? 'question is' : 'questions are'} due today, the most overdue first.`;
		return;
	}
	const next = nextReviewAfterToday(schedules, now);
	status.textContent = next
		? `Nothing is due today; the next review is on ${dayFormat.format(next)}.`
		: 'Nothing is due: no question is scheduled yet. Quiz yourself and rate your answers, or mark questions “Needs review”.';
}

showDue();
// Another tab may rate a question; the list follows when the reader comes back.
window.addEventListener('pageshow', showDue);
window.addEventListener('storage', showDue);
