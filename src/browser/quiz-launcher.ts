/** "Quiz me": loads the quiz code only when a reader starts a quiz, or when the page is opened with `?quiz` (from the review page). */
const startQuiz = (bar: HTMLElement) => void import('./quiz.ts').then(({ startQuestionQuiz }) => startQuestionQuiz(bar));

document.addEventListener('click', (event) => {
	const start = (event.target as Element | null)?.closest?.('.quiz-start');
	const bar = start?.closest<HTMLElement>('.study-bar');
	if (bar) startQuiz(bar);
});

const barOnLoad = new URLSearchParams(location.search).has('quiz') ? document.querySelector<HTMLElement>('.study-bar') : null;
if (barOnLoad) startQuiz(barOnLoad);
