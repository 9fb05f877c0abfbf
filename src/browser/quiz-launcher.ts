/** "Quiz me": loads the quiz code only when a reader starts a quiz. */
document.addEventListener('click', (event) => {
	const start = (event.target as Element | null)?.closest?.('.quiz-start');
	const bar = start?.closest<HTMLElement>('.study-bar');
	if (bar) void import('./quiz.ts').then(({ startQuestionQuiz }) => startQuestionQuiz(bar));
});
