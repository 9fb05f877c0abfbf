/**
 * Copying where the Clipboard API is missing (file:// pages, insecure origins): through a
 * selection, or else in a prompt to copy by hand. Loaded by copy-links.ts only when needed.
 */

function copyThroughSelection(text: string): boolean {
	const field = document.createElement('textarea');
	field.value = text;
	field.setAttribute('readonly', '');
	field.className = 'sr-only';
	document.body.append(field);
	field.select();
	try {
		return document.execCommand('copy');
	} catch {
		return false;
	} finally {
		field.remove();
	}
}

/** Copies `text` as well as the browser allows; true when it is on the clipboard. */
export function copyWithoutClipboardApi(text: string): boolean {
	if (copyThroughSelection(text)) return true;
	prompt('Copy this with Ctrl+C (⌘C on a Mac):', text);
	return false;
}
