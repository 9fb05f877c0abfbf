/**
 * After "Check my answer": the reader rates the attempt Again, Hard, Good or Easy, and FSRS
 * schedules the question's next review. The rating the coverage figure suggests is preselected;
 * nothing is scheduled until the reader confirms.
 */
import { previewDue, rate, RATINGS, suggestedRating, type RatingGrade } from '../study/schedule.ts';
import { element } from './dom.ts';
import { readProgress, writeProgress } from './progress-marks.ts';

const dayFormat = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

let groupCount = 0;

/** Appends the rating controls for `slug` to `container`, the suggestion taken from `covered` of `total` concepts. */
export function offerRating(container: HTMLElement, slug: string, covered: number, total: number): void {
	const name = `review-rating-${++groupCount}`;
	const suggested = suggestedRating(covered, total);
	const due = previewDue(readProgress().schedules[slug], new Date());
	const status = element('p', { class: 'review-rating-status', role: 'status' });
	const options = RATINGS.map(({ grade, label }) => {
		const input = element('input', { type: 'radio', name, value: String(grade), id: `${name}-${grade}` });
		input.checked = grade === suggested;
		return element(
			'div',
			{ class: 'review-rating-option' },
			input,
			element('label', { for: input.id }, `${label}: next review ${dayFormat.format(due[grade])}${grade === suggested ? ' (suggested)' : ''}`),
		);
	});
	const confirm = element('button', { type: 'button', class: 'review-rating-save' }, 'Schedule the next review');
	const group = element(
		'fieldset',
		{ class: 'review-rating' },
		element('legend', {}, 'How did it go? Your rating schedules the next review.'),
		...options,
		confirm,
		status,
	);
	confirm.addEventListener('click', () => {
		const chosen = group.querySelector<HTMLInputElement>('input:checked');
		if (!chosen) return;
		const progress = readProgress();
		const schedule = rate(progress.schedules[slug], Number(chosen.value) as RatingGrade, new Date());
		progress.schedules[slug] = schedule;
		const saved = writeProgress(progress);
		status.textContent = saved.ok ? `Next review on ${dayFormat.format(new Date(schedule.due))}.` : saved.reason;
	});
	container.append(group);
}
