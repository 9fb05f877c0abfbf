/**
 * Keyboard shortcuts on question pages, single keys that neither the browser nor Starlight
 * (Ctrl+K and / for search) use: n and p for the next and previous question, o to open or close
 * every answer, q to start a quiz, ? for the list of shortcuts. Ignored while typing. The list's
 * dialog is built on first use (shortcuts-dialog.ts).
 */
import shortcutsDialogUrl from './shortcuts-dialog.ts?on-demand';

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
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

const showShortcuts = () =>
	void (import(/* @vite-ignore */ shortcutsDialogUrl) as Promise<typeof import('./shortcuts-dialog.ts')>).then(({ showShortcutsDialog }) => showShortcutsDialog());

const actions: Record<string, () => void> = {
	n: () => follow('next'),
	p: () => follow('prev'),
	o: toggleAllTiers,
	q: () => document.querySelector<HTMLButtonElement>('.quiz-start')?.click(),
	'?': showShortcuts,
};

// Only a question page (its study bar) has these shortcuts.
if (document.querySelector('.study-bar')) {
	document.addEventListener('keydown', (event) => {
		const dialogOpen = document.querySelector<HTMLDialogElement>('#shortcuts-help')?.open;
		if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || dialogOpen) return;
		const action = actions[event.key];
		if (!action) return;
		event.preventDefault();
		action();
	});
	document.querySelector('.shortcuts-open')?.addEventListener('click', showShortcuts);
}
