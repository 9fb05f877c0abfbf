/**
 * The quiz: the reader answers a question in their own words, and "Check my answer" tells which
 * ideas of the great answer they covered (src/study/check-answer.ts). Loaded only when a quiz
 * starts; what it checks with comes at that moment from /api/quiz/ (the glossary's names once, a
 * question's ideas with each question: src/lib/quiz-data.ts), and a failed load is offered again
 * rather than remembered. The reader's text never leaves the browser. What it shows is built in
 * quiz-view.ts.
 */
import { createAnalysisContext, type AnalysisContext } from '../analysis/compare.ts';
import type { ApiQuestion } from '../lib/api.ts';
import type { QuizIdeas, QuizNames } from '../lib/quiz-data.ts';
import { questionPath, withBase } from '../lib/urls.ts';
import { checkAnswer, type IdeaDescription } from '../study/check-answer.ts';
import { element } from './dom.ts';
import { fetchJson } from './fetch-json.ts';
import { readProgress, writeProgress } from './progress-marks.ts';
import { clearVerdict, renderAnswerForm, renderLoadFailure, renderVerdict, showEmptyAnswerPrompt } from './quiz-view.ts';
import { offerRating } from './review-rating.ts';

interface QuizGlossary {
	context: AnalysisContext;
	/** Every concept's names, by id. */
	names: Map<string, QuizNames['concepts'][number]>;
}

const loads = new Map<string, Promise<unknown>>();

/** Fetches `path` once and reads it with `read`; a failed load is not kept, so the next attempt asks the server again. */
function loadOnce<File, T>(path: string, read: (file: File) => T): Promise<T> {
	let loading = loads.get(path) as Promise<T> | undefined;
	if (!loading) {
		loading = fetchJson<File>(path).then(read);
		loads.set(path, loading);
		loading.catch(() => loads.delete(path));
	}
	return loading;
}

const loadGlossary = () =>
	loadOnce<QuizNames, QuizGlossary>('/api/quiz/names.json', ({ concepts }) => ({
		context: createAnalysisContext(concepts),
		names: new Map(concepts.map((concept) => [concept.id, concept])),
	}));

/** A question's ideas, each described by its names joined to its definition and paraphrase patterns. */
const loadIdeas = (slug: string, names: QuizGlossary['names']) =>
	loadOnce<QuizIdeas, Map<string, IdeaDescription>>(`/api/quiz/ideas/${slug}.json`, ({ ideas }) => {
		const described = new Map<string, IdeaDescription>();
		for (const { id, definition, paraphrases } of ideas) {
			const named = names.get(id);
			if (named) described.set(id, { label: named.label, aliases: named.aliases, definition, paraphrases });
		}
		return described;
	});

/** What a verdict is announced with, on the `quiz-checked` event. */
export interface QuizCheckedDetail {
	slug: string;
	covered: number;
	partial: number;
	total: number;
	/** covered / total, 0 when the great answer has no ideas. */
	coverage: number;
}

/**
 * Called once a verdict is on screen: the point where a rating of one's own recall (or anything
 * else that follows a check) hooks in. It fires `quiz-checked` on the quiz's container, bubbling.
 */
function verdictShown(container: HTMLElement, detail: QuizCheckedDetail): void {
	container.dispatchEvent(new CustomEvent<QuizCheckedDetail>('quiz-checked', { bubbles: true, detail }));
}

let panelCount = 0;

/**
 * Fills `container` with the answer box, the check, and its verdict for one question. `reveal`
 * shows the sample answers; it is offered once the reader has tried.
 */
export async function renderQuizPanel(container: HTMLElement, question: ApiQuestion, reveal?: { label: string; action: () => void }) {
	let loaded: QuizGlossary;
	let ideas: Map<string, IdeaDescription>;
	try {
		loaded = await loadGlossary();
		ideas = await loadIdeas(question.slug, loaded.names);
	} catch (error) {
		renderLoadFailure(container, `The quiz could not load the glossary it checks answers with. ${(error as Error).message}.`, () => {
			void renderQuizPanel(container, question, reveal);
		});
		return;
	}
	const { context, names } = loaded;
	const labelOf = (id: string) => names.get(id)?.label ?? id;
	const form = renderAnswerForm(container, `quiz-${++panelCount}`, readProgress().drafts[question.slug] ?? '', reveal?.label);
	form.reveal?.addEventListener('click', () => reveal!.action());

	let saveTimer: ReturnType<typeof setTimeout> | undefined;
	form.answer.addEventListener('input', () => {
		form.answer.removeAttribute('aria-invalid');
		clearTimeout(saveTimer);
		saveTimer = setTimeout(() => saveDraft(question.slug, form.answer.value), 300);
	});
	form.clear.addEventListener('click', () => {
		form.answer.value = '';
		saveDraft(question.slug, '');
		clearVerdict(form);
		form.answer.focus();
	});
	form.check.addEventListener('click', () => {
		const readerText = form.answer.value;
		saveDraft(question.slug, readerText);
		if (readerText.trim() === '') {
			showEmptyAnswerPrompt(form);
			return;
		}
		const check = checkAnswer({
			readerText,
			question: question.title,
			greatText: question.tiers.great,
			greatConcepts: question.concepts.great.map((concept) => concept.id),
			context,
			describe: (id) => ideas.get(id) ?? names.get(id),
		});
		renderVerdict(form, readerText, check, labelOf);
		offerRating(form.result, question.slug, check.covered, check.total);
		verdictShown(container, {
			slug: question.slug,
			covered: check.covered,
			partial: check.partial,
			total: check.total,
			coverage: check.total === 0 ? 0 : check.covered / check.total,
		});
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
	end.addEventListener('click', () => {
		content.classList.remove('quiz-active');
		panel.hidden = true;
		panel.replaceChildren();
	});
	const load = async () => {
		let question: ApiQuestion;
		try {
			question = await fetchJson<ApiQuestion>(`/api/questions/${slug}.json`);
		} catch (error) {
			renderLoadFailure(body, `The quiz could not load this question. ${(error as Error).message}.`, () => void load());
			return;
		}
		await renderQuizPanel(body, question, { label: 'Reveal the answers', action: () => content.classList.remove('quiz-active') });
		panel.querySelector('textarea')?.focus();
	};
	await load();
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
	let questions: ApiQuestion[];
	try {
		({ questions } = await fetchJson<{ questions: ApiQuestion[] }>('/api/questions.json'));
	} catch (error) {
		renderLoadFailure(root, `The quiz could not load the questions. ${(error as Error).message}.`, () => void startSession(root, { set, shuffle }));
		return;
	}
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
		// A session of one question has nowhere to go back to.
		const moves = order.length > 1 ? [previous, next] : [next];
		root.replaceChildren(heading, title, panel, great, element('div', { class: 'quiz-actions' }, ...moves));
		await renderQuizPanel(panel, question, { label: 'Reveal the great answer', action: () => (great.hidden = false) });
		heading.focus();
	};
	await show();
}
