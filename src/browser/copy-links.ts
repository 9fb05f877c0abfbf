/**
 * Copy buttons: "Copy link" copies the absolute URL of its permalink, "Copy as Markdown" a
 * Markdown link; "Copied" shows beside the control for a moment and a status line tells screen
 * readers what happened. Where the Clipboard API is
 * missing (file:// pages, insecure origins) the text is copied through a selection, or offered in
 * a prompt to copy by hand.
 */
import { markdownLink } from '../lib/links.ts';

function status(): HTMLElement {
	let region = document.getElementById('copy-status');
	if (!region) {
		region = document.createElement('p');
		region.id = 'copy-status';
		region.className = 'sr-only';
		region.setAttribute('role', 'status');
		document.body.append(region);
	}
	return region;
}

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

/** How long the visible "Copied" stays beside the control. */
const CONFIRMATION_MS = 2000;

async function copy(text: string, done: string, control: HTMLElement): Promise<void> {
	let copied = false;
	try {
		if (navigator.clipboard) {
			await navigator.clipboard.writeText(text);
			copied = true;
		}
	} catch {
		copied = false;
	}
	if (!copied) copied = copyThroughSelection(text);
	if (!copied) {
		prompt('Copy this with Ctrl+C (⌘C on a Mac):', text);
		return;
	}
	control.dataset.copied = '';
	setTimeout(() => delete control.dataset.copied, CONFIRMATION_MS);
	const region = status();
	region.textContent = '';
	// A fresh text node each time, so that screen readers announce a repeated message again.
	requestAnimationFrame(() => (region.textContent = done));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-markdown')) button.hidden = false;

document.addEventListener('click', (event) => {
	const control = (event.target as Element | null)?.closest?.('a.copy-link, button.copy-markdown');
	if (!(control instanceof HTMLElement)) return;
	event.preventDefault();
	// A relative address (no site configured) resolves against the page the reader is on.
	const href = new URL(control.dataset.copyUrl!, location.href).href;
	if (control.classList.contains('copy-link')) void copy(href, 'Link copied', control);
	else void copy(markdownLink(control.dataset.copyLabel!, href), 'Markdown link copied', control);
});
