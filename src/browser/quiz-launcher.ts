/**
 * Starts quizzes, loading the quiz code only then: "Quiz me" on a question page (or the page
 * opened with `?quiz`, from the review page), and the session form of the quiz page. The quiz's
 * styles come with it (quiz-styles.ts).
 */
import quizUrl from './quiz.ts?on-demand';
import quizStylesUrl from './quiz-styles.ts?on-demand';

const quizCode = async (): Promise<typeof import('./quiz.ts')> => {
	const [quiz] = await Promise.all([import(/* @vite-ignore */ quizUrl), import(/* @vite-ignore */ quizStylesUrl)]);
	return quiz;
};
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
