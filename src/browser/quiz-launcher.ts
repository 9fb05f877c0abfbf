/**
 * Starts quizzes, loading the quiz code only then: "Quiz me" on a question page (or the page
 * opened with `?quiz`, from the review page), and the session form of the quiz page.
 */
import quizUrl from './quiz.ts?on-demand';

const quizCode = (): Promise<typeof import('./quiz.ts')> => import(/* @vite-ignore */ quizUrl);
const startQuiz = (bar: HTMLElement) => void quizCode().then(({ startQuestionQuiz }) => startQuestionQuiz(bar));

document.addEventListener('click', (event) => {
	const start = (event.target as Element | null)?.closest?.('.quiz-start');
	const bar = start?.closest<HTMLElement>('.study-bar');
	if (bar) startQuiz(bar);
});
const barOnLoad = new URLSearchParams(location.search).has('quiz') ? document.querySelector<HTMLElement>('.study-bar') : null;
if (barOnLoad) startQuiz(barOnLoad);

document.addEventListener('submit', (event) => {
	const form = event.target;
	if (!(form instanceof HTMLFormElement) || !form.matches('.quiz-setup')) return;
	event.preventDefault();
	const data = new FormData(form);
	void quizCode().then(({ startSession }) =>
		startSession(document.getElementById('quiz-session')!, { set: String(data.get('set')), shuffle: data.get('shuffle') === 'on' }),
	);
});
