/**
 * What the keyboard shortcuts do (shortcuts.ts loads this on the first one), and their list in a
 * dialog, built the first time a reader asks for it, after the study bar.
 */
import styles from '../styles/shortcuts.css?inline';
import { adoptStyles, element } from './dom.ts';
import type { ShortcutKey } from './shortcuts.ts';

const SHORTCUTS: [keys: string[], what: string][] = [
	[['n'], 'Next question'],
	[['p'], 'Previous question'],
	[['o'], 'Open or close all answers'],
	[['q'], 'Start a quiz on this question'],
	[['?'], 'Show these shortcuts'],
	[['Ctrl', 'K', 'or', '/'], 'Search (Starlight)'],
];

function buildDialog(): HTMLDialogElement {
	adoptStyles(styles);
	const keys = (names: string[]) => names.flatMap((name, index) => [...(index > 0 ? [' '] : []), name === 'or' ? 'or' : element('kbd', {}, name)]);
	const close = element('button', { type: 'button', class: 'shortcuts-close' }, 'Close');
	const dialog = element(
		'dialog',
		{ id: 'shortcuts-help', class: 'shortcuts-help', 'aria-labelledby': 'shortcuts-heading', 'data-pagefind-ignore': '' },
		element('h2', { id: 'shortcuts-heading' }, 'Keyboard shortcuts'),
		element('dl', {}, ...SHORTCUTS.flatMap(([names, what]) => [element('dt', {}, ...keys(names)), element('dd', {}, what)])),
		close,
	);
	close.addEventListener('click', () => dialog.close());
	document.querySelector('.study-bar')!.after(dialog);
	return dialog;
}

function showShortcutsDialog(): void {
	const dialog = document.querySelector<HTMLDialogElement>('#shortcuts-help') ?? buildDialog();
	if (!dialog.open) dialog.showModal();
}

function toggleAllTiers(): void {
	const tiers = [...document.querySelectorAll<HTMLDetailsElement>('details.answer-tier')];
	const open = !tiers.every((tier) => tier.open);
	for (const tier of tiers) tier.open = open;
}

function follow(rel: 'next' | 'prev'): void {
	const link = document.querySelector<HTMLAnchorElement>(`.pagination-links a[rel="${rel}"]`);
	if (link) location.assign(link.href);
}

const ACTIONS: Record<ShortcutKey, () => void> = {
	n: () => follow('next'),
	p: () => follow('prev'),
	o: toggleAllTiers,
	q: () => document.querySelector<HTMLButtonElement>('.quiz-start')?.click(),
	'?': showShortcutsDialog,
};

export function runShortcut(key: ShortcutKey): void {
	ACTIONS[key]();
}
