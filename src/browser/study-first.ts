/**
 * Study-first mode on the question page ("Hide answers until I have tried"): the choice is kept in
 * this browser and applied before first paint by the inline script in StudyBar.astro.
 */
import { ANSWER_FRAGMENT, STUDY_FIRST_CLASS, STUDY_FIRST_KEY } from '../study/study-first.ts';
import { openTierForHash } from './open-tier-for-hash.ts';

const root = document.documentElement;

function storedChoice(): string | null {
	try {
		return localStorage.getItem(STUDY_FIRST_KEY);
	} catch {
		return null;
	}
}

function storeChoice(on: boolean): void {
	try {
		if (on) localStorage.setItem(STUDY_FIRST_KEY, 'on');
		else localStorage.removeItem(STUDY_FIRST_KEY);
	} catch {
		// A browser that refuses storage still applies the choice to this page.
	}
}

const toggle = document.querySelector<HTMLInputElement>('.study-first-toggle');
if (toggle) {
	toggle.checked = storedChoice() === 'on';
	toggle.addEventListener('change', () => {
		storeChoice(toggle.checked);
		root.classList.toggle(STUDY_FIRST_CLASS, toggle.checked);
	});
}

const reveal = () => root.classList.remove(STUDY_FIRST_CLASS);
document.querySelector('.study-first-reveal')?.addEventListener('click', () => {
	reveal();
	document.querySelector<HTMLElement>('details[data-tier="great"] > summary')?.focus();
});
document.querySelector('.study-first-quiz')?.addEventListener('click', () => {
	reveal();
	document.querySelector<HTMLButtonElement>('.quiz-start')?.click();
});
// A link to a tier or a mention followed on the page shows the answers, as it does on load.
addEventListener('hashchange', () => {
	if (!ANSWER_FRAGMENT.test(location.hash) || !root.classList.contains(STUDY_FIRST_CLASS)) return;
	reveal();
	openTierForHash(location.hash);
});
