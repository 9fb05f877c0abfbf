/**
 * Keyboard shortcuts on question pages, single keys that neither the browser nor Starlight
 * (Ctrl+K and / for search) use: n and p for the next and previous question, o to open or close
 * every answer, q to start a quiz, ? for the list of shortcuts. Ignored while typing. What the keys
 * do, and the list's dialog, load on the first shortcut (shortcut-actions.ts).
 */
import actionsUrl from './shortcut-actions.ts?on-demand';

/** The keys, each with an action in shortcut-actions.ts. */
export const SHORTCUT_KEYS = ['n', 'p', 'o', 'q', '?'] as const;
export type ShortcutKey = (typeof SHORTCUT_KEYS)[number];

const isShortcut = (key: string): key is ShortcutKey => (SHORTCUT_KEYS as readonly string[]).includes(key);
const actions = (): Promise<typeof import('./shortcut-actions.ts')> => import(/* @vite-ignore */ actionsUrl);

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

// Only a question page (its study bar) has these shortcuts.
if (document.querySelector('.study-bar')) {
	document.addEventListener('keydown', (event) => {
		const { key } = event;
		if (event.ctrlKey || event.metaKey || event.altKey || !isShortcut(key) || isTyping(event.target)) return;
		if (document.querySelector<HTMLDialogElement>('#shortcuts-help')?.open) return;
		event.preventDefault();
		void actions().then(({ runShortcut }) => runShortcut(key));
	});
	document.querySelector('.shortcuts-open')?.addEventListener('click', () => void actions().then(({ runShortcut }) => runShortcut('?')));
}
