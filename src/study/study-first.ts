/**
 * Study-first mode: "Hide answers until I have tried". The choice is kept in the browser under its
 * own key (it is a preference, not progress, so exports of progress leave it out). The page
 * applies it with a small inline script before the answers are painted, so that they never flash;
 * a link to a tier or a mention (`#great`, `#mediocre-retries`) still shows the answers.
 */
export const STUDY_FIRST_KEY = 'interview-study-guide/study-first';

/** The class on <html> that hides the answers and the comparison. */
export const STUDY_FIRST_CLASS = 'study-first';

/** The fragments that point into the answers: a tier, or a mention in one. */
export const ANSWER_FRAGMENT = /^#(?:great|mediocre|poor)(?:-|$)/;

/**
 * The inline script that applies the choice before first paint: the answers start hidden when the
 * choice is "on" and the fragment does not point into them. Its text is hashed for the page's
 * Content Security Policy, so it must be exactly this string. (A function, so that the browser
 * bundle, which needs only the constants above, leaves it out.)
 */
export const studyFirstBootScript = (): string =>
	`try{if(localStorage.getItem(${JSON.stringify(STUDY_FIRST_KEY)})==='on'&&!${ANSWER_FRAGMENT}.test(location.hash))document.documentElement.classList.add(${JSON.stringify(STUDY_FIRST_CLASS)})}catch(e){}`;
