/**
 * What the quiz shows: the answer form, the verdict of "Check my answer", and the notices. Only
 * builds elements; what happens on a click lives in quiz.ts. Every text from the reader or the
 * guide goes in as text (see dom.ts), so nothing typed or imported can become markup.
 */
import type { Span } from '../study/clauses.ts';
import type { AnswerCheck, IdeaVerdict } from '../study/check-answer.ts';
import { conceptPath, withBase } from '../lib/urls.ts';
import { element } from './dom.ts';

export interface AnswerForm {
	answer: HTMLTextAreaElement;
	check: HTMLButtonElement;
	clear: HTMLButtonElement;
	reveal?: HTMLButtonElement | undefined;
	result: HTMLElement;
}

/** Fills `container` with the answer box and its buttons; `revealLabel` adds a button that shows the sample answers. */
export function renderAnswerForm(container: HTMLElement, id: string, draft: string, revealLabel?: string): AnswerForm {
	const hint = element('p', { id: `${id}-hint`, class: 'quiz-hint' }, 'Answer in your own words. Your draft stays in this browser.');
	const answer = element('textarea', { id: `${id}-answer`, rows: '8', 'aria-describedby': hint.id });
	answer.value = draft;
	const check = element('button', { type: 'button', class: 'quiz-check' }, 'Check my answer');
	const clear = element('button', { type: 'button', class: 'quiz-clear' }, 'Clear');
	const reveal = revealLabel ? element('button', { type: 'button', class: 'quiz-reveal' }, revealLabel) : undefined;
	const result = element('div', { class: 'quiz-result', role: 'status' });
	container.replaceChildren(
		element('label', { for: answer.id, class: 'quiz-label' }, 'Your answer'),
		hint,
		answer,
		element('div', { class: 'quiz-actions' }, check, clear, ...(reveal ? [reveal] : [])),
		result,
	);
	return { answer, check, clear, reveal, result };
}

/** Asks for text before checking: an empty answer is not scored. */
export function showEmptyAnswerPrompt(form: AnswerForm): void {
	form.answer.setAttribute('aria-invalid', 'true');
	form.result.replaceChildren(element('p', { class: 'quiz-prompt' }, 'Write your answer first, then check it.'));
	form.answer.focus();
}

export function clearVerdict(form: AnswerForm): void {
	form.answer.removeAttribute('aria-invalid');
	form.result.replaceChildren();
}

/** The reader's text as paragraphs, with the spans that earned an idea marked. */
function highlightedAnswer(text: string, marks: readonly (Span & { label: string })[]): HTMLElement {
	const container = element('div', { class: 'quiz-your-answer' });
	let paragraph = element('p');
	const appendPlain = (plain: string) => {
		plain.split(/\n{2,}/).forEach((piece, index) => {
			if (index > 0) {
				container.append(paragraph);
				paragraph = element('p');
			}
			if (piece) paragraph.append(piece);
		});
	};
	let cursor = 0;
	for (const mark of marks) {
		if (mark.start < cursor) continue;
		appendPlain(text.slice(cursor, mark.start));
		paragraph.append(element('mark', { title: mark.label }, text.slice(mark.start, mark.end)));
		cursor = mark.end;
	}
	appendPlain(text.slice(cursor));
	container.append(paragraph);
	return container;
}

const quoted = (text: string, spans: readonly Span[]) => spans.map((span) => `“${text.slice(span.start, span.end)}”`).join(', ');

function ideaItem(verdict: IdeaVerdict, readerText: string, labelOf: (id: string) => string): HTMLLIElement {
	const label = labelOf(verdict.conceptId);
	const name = element('a', { href: withBase(conceptPath(verdict.conceptId)), class: 'quiz-idea-name' }, label);
	const item = element('li', { class: `quiz-idea quiz-idea-${verdict.verdict}`, 'data-concept': verdict.conceptId }, name);
	if (verdict.verdict === 'covered') {
		item.append(element('span', { class: 'quiz-idea-evidence' }, ` — your words: ${quoted(readerText, verdict.evidence)}`));
		return item;
	}
	if (verdict.verdict === 'partial') {
		const why = verdict.broader
			? `you named the broader idea, ${labelOf(verdict.broader)} (${quoted(readerText, verdict.evidence)}), but not ${label} itself`
			: `you only mention it in passing (${quoted(readerText, verdict.evidence)})`;
		item.append(element('span', { class: 'quiz-idea-evidence' }, ` — ${why}.`));
	} else if (verdict.setAside) {
		item.append(element('span', { class: 'quiz-idea-evidence' }, ' — you set it aside.'));
	}
	if (verdict.greatSentence) {
		item.append(element('blockquote', { class: 'quiz-great-sentence' }, element('p', {}, `The great answer: “${verdict.greatSentence}”`)));
	}
	return item;
}

const SECTIONS = [
	{ verdict: 'covered', heading: 'Covered', empty: 'None yet.' },
	{ verdict: 'partial', heading: 'Partly covered', empty: 'None.' },
	{ verdict: 'missed', heading: 'Missed', empty: 'None: you covered every idea.' },
] as const;

/** The verdict: a figure, the reader's text with what earned credit marked, then covered, partly covered and missed ideas. */
export function renderVerdict(form: AnswerForm, readerText: string, check: AnswerCheck, labelOf: (id: string) => string): void {
	clearVerdict(form);
	const marks = check.ideas
		.flatMap((idea) => (idea.verdict === 'covered' ? idea.evidence.map((span) => ({ ...span, label: labelOf(idea.conceptId) })) : []))
		.sort((a, b) => a.start - b.start);
	const partly = check.partial > 0 ? `, and partly covered ${check.partial}` : '';
	form.result.replaceChildren(
		element('p', { class: 'coverage-summary' }, `You covered ${check.covered} of ${check.total} ideas of the great answer${partly}.`),
		element('p', { class: 'quiz-how' }, element('a', { href: withBase('/how-to-study/#checking-your-answer') }, 'What earns each verdict, and what the check cannot judge')),
		element('h3', { class: 'quiz-verdict-heading' }, 'Your answer, with the words that earned credit marked'),
		highlightedAnswer(readerText, marks),
		...SECTIONS.flatMap(({ verdict, heading, empty }) => {
			const ideas = check.ideas.filter((idea) => idea.verdict === verdict);
			return [
				element('h3', { class: `quiz-verdict-heading quiz-verdict-${verdict}` }, `${heading} (${ideas.length})`),
				ideas.length === 0
					? element('p', { class: 'concept-chips-empty' }, empty)
					: element('ul', { class: `quiz-ideas quiz-ideas-${verdict}` }, ...ideas.map((idea) => ideaItem(idea, readerText, labelOf))),
			];
		}),
	);
}

/** A load that failed, with a way to try again. */
export function renderLoadFailure(container: HTMLElement, message: string, retry: () => void): void {
	const again = element('button', { type: 'button', class: 'quiz-retry' }, 'Try again');
	again.addEventListener('click', retry);
	container.replaceChildren(element('div', { class: 'progress-notice quiz-load-failure', role: 'alert' }, element('p', {}, message), again));
	again.focus();
}
