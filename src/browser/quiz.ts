/**
 * The quiz: the reader answers a question in their own words, and "Check my answer" runs the
 * build's own concept matcher over their text against the great answer's concepts. Loaded only
 * when a quiz starts; the glossary it needs comes from /api/glossary.json at that moment. The
 * reader's text is only ever set as text, and never leaves the browser.
 */
import { createAnalysisContext, type AnalysisContext } from '../analysis/compare.ts';
import { highlightSegments } from '../analysis/highlight.ts';
import type { ApiQuestion } from '../lib/api.ts';
import { conceptPath, questionPath, withBase } from '../lib/urls.ts';
import { answerCoverage } from '../study/coverage.ts';
import { element } from './dom.ts';
import { readProgress, writeProgress } from './progress-marks.ts';
import { offerRating } from './review-rating.ts';

interface Glossary {
	context: AnalysisContext;
	labels: Map<string, string>;
}

let glossary: Promise<Glossary> | undefined;

function loadGlossary(): Promise<Glossary> {
	glossary ??= fetch(withBase('/api/glossary.json'))
		.then((response) => response.json() as Promise<{ concepts: { id: string; label: string; aliases: string[]; refines?: string }[] }>)
		.then(({ concepts }) => ({
			context: createAnalysisContext(concepts),
			labels: new Map(concepts.map((concept) => [concept.id, concept.label])),
		}));
	return glossary;
}

async function fetchJson<T>(path: string): Promise<T> {
	const response = await fetch(withBase(path));
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return (await response.json()) as T;
}

let panelCount = 0;

/**
 * Fills `container` with the answer box, the check, and its result for one question. `reveal`
 * shows the sample answers; it is offered once the reader has tried.
 */
export async function renderQuizPanel(container: HTMLElement, question: ApiQuestion, reveal?: { label: string; action: () => void }) {
	const { context, labels } = await loadGlossary();
	const id = `quiz-${++panelCount}`;
	const draft = readProgress().drafts[question.slug] ?? '';
	const answer = element('textarea', { id: `${id}-answer`, rows: '8', 'aria-describedby': `${id}-hint` });
	answer.value = draft;
	const result = element('div', { class: 'quiz-result', role: 'status' });
	const check = element('button', { type: 'button', class: 'quiz-check' }, 'Check my answer');
	const clear = element('button', { type: 'button', class: 'quiz-clear' }, 'Clear');
	const actions = element('div', { class: 'quiz-actions' }, check, clear);
	if (reveal) {
		const revealButton = element('button', { type: 'button', class: 'quiz-reveal' }, reveal.label);
		revealButton.addEventListener('click', reveal.action);
		actions.append(revealButton);
	}
	container.replaceChildren(
		element('label', { for: answer.id, class: 'quiz-label' }, 'Your answer'),
		element('p', { id: `${id}-hint`, class: 'quiz-hint' }, 'Answer in your own words. Your draft stays in this browser.'),
		answer,
		actions,
		result,
	);

	let saveTimer: ReturnType<typeof setTimeout> | undefined;
	answer.addEventListener('input', () => {
		clearTimeout(saveTimer);
		saveTimer = setTimeout(() => saveDraft(question.slug, answer.value), 300);
	});
	clear.addEventListener('click', () => {
		answer.value = '';
		saveDraft(question.slug, '');
		result.replaceChildren();
		answer.focus();
	});
	check.addEventListener('click', () => {
		saveDraft(question.slug, answer.value);
		const great = question.concepts.great.map((concept) => concept.id);
		const coverage = answerCoverage(answer.value, great, context);
		const coveredIds = new Set(coverage.covered.map((concept) => concept.conceptId));
		const yours = element('div', { class: 'quiz-your-answer' });
		for (const paragraph of highlightSegments(answer.value, coverage.covered, `${id}-mention`)) {
			yours.append(
				element(
					'p',
					{},
					...paragraph.map(({ text, mark }) => (mark ? element('mark', { title: labels.get(mark.conceptId) ?? '' }, text) : text)),
				),
			);
		}
		const list = (ids: string[], linked: boolean) =>
			ids.length === 0
				? element('p', { class: 'concept-chips-empty' }, 'None.')
				: element(
						'ul',
						{ class: 'concept-chips' },
						...ids.map((conceptId) =>
							element(
								'li',
								{ class: 'concept-chip' },
								linked ? element('a', { href: withBase(conceptPath(conceptId)) }, labels.get(conceptId) ?? conceptId) : labels.get(conceptId) ?? conceptId,
							),
						),
					);
		result.replaceChildren(
			element('p', { class: 'coverage-summary' }, `You covered ${coveredIds.size} of ${coverage.total} concepts in the great answer.`),
			element('h3', {}, 'Covered'),
			list([...coveredIds], false),
			element('h3', {}, 'Your answer, with what it covers highlighted'),
			yours,
			element('h3', {}, 'Missed'),
			list(coverage.missed, true),
		);
		offerRating(result, question.slug, coveredIds.size, coverage.total);
	});
}

function saveDraft(slug: string, text: string): void {
	const progress = readProgress();
	if (text.trim() === '') delete progress.drafts[slug];
	else progress.drafts[slug] = text;
	writeProgress(progress);
}

/** "Quiz me" on a question page: hides the answers and the comparison until the reader reveals them. */
export async function startQuestionQuiz(bar: HTMLElement): Promise<void> {
	const slug = bar.dataset.slug!;
	const panel = document.getElementById('quiz-panel')!;
	const content = bar.closest('.sl-markdown-content')!;
	const end = element('button', { type: 'button', class: 'quiz-end' }, 'End quiz');
	const body = element('div');
	panel.replaceChildren(element('h2', { id: 'quiz-heading' }, 'Quiz: answer before you look'), body, end);
	panel.hidden = false;
	content.classList.add('quiz-active');
	const question = await fetchJson<ApiQuestion>(`/api/questions/${slug}.json`);
	const stop = () => {
		content.classList.remove('quiz-active');
		panel.hidden = true;
		panel.replaceChildren();
	};
	await renderQuizPanel(body, question, { label: 'Reveal the answers', action: () => content.classList.remove('quiz-active') });
	end.addEventListener('click', stop);
	panel.querySelector('textarea')?.focus();
}

/** Fisher–Yates shuffle into a new array. */
function shuffled<T>(items: readonly T[]): T[] {
	const result = [...items];
	for (let index = result.length - 1; index > 0; index--) {
		const other = Math.floor(Math.random() * (index + 1));
		[result[index], result[other]] = [result[other]!, result[index]!];
	}
	return result;
}

/** The quiz page: questions one after another, all, by topic, or those marked for review. */
export async function startSession(root: HTMLElement, { set, shuffle }: { set: string; shuffle: boolean }): Promise<void> {
	const { questions } = await fetchJson<{ questions: ApiQuestion[] }>('/api/questions.json');
	const marks = readProgress().marks;
	const chosen = questions.filter((question) =>
		set === 'all' ? true : set === 'review' ? marks[question.slug] === 'review' : question.topics.includes(set.replace(/^topic:/, '')),
	);
	const order = shuffle ? shuffled(chosen) : chosen;
	if (order.length === 0) {
		root.replaceChildren(element('p', { role: 'status' }, 'No questions match this choice. Mark questions as “Needs review” on their pages, or choose another set.'));
		return;
	}
	let position = 0;
	const show = async () => {
		const question = order[position]!;
		const heading = element('h2', { tabindex: '-1' }, `Question ${position + 1} of ${order.length}`);
		const title = element('p', { class: 'quiz-question' }, element('a', { href: withBase(questionPath(question.slug)) }, question.title));
		const great = element('div', { class: 'quiz-great', hidden: '' }, element('h3', {}, 'Great answer'), element('p', {}, question.tiers.great));
		const panel = element('div');
		const previous = element('button', { type: 'button' }, 'Previous question');
		const next = element('button', { type: 'button' }, position + 1 === order.length ? 'Finish' : 'Next question');
		previous.disabled = position === 0;
		previous.addEventListener('click', () => {
			position -= 1;
			void show();
		});
		next.addEventListener('click', () => {
			if (position + 1 === order.length) {
				root.replaceChildren(element('p', { role: 'status', class: 'coverage-summary' }, `Done: you went through ${order.length} questions.`));
				return;
			}
			position += 1;
			void show();
		});
		root.replaceChildren(heading, title, panel, great, element('div', { class: 'quiz-actions' }, previous, next));
		await renderQuizPanel(panel, question, { label: 'Reveal the great answer', action: () => (great.hidden = false) });
		heading.focus();
	};
	await show();
}
