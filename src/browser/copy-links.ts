/**
 * Copy buttons, one delegated handler for every set on the page: "Copy link" copies the absolute
 * URL of its permalink, "Copy as Markdown" (beside it) a Markdown link labelled with the nearest
 * `data-copy-label`; "Copied" shows beside the control for a moment and a status line tells screen
 * readers what happened. With a configured site, the page's canonical URL gives the deployed
 * address, so copies carry it even when the page is viewed elsewhere. Where the Clipboard API is
 * missing (file:// pages, insecure origins), copy-fallback.ts is loaded to copy another way.
 */
import { markdownLink } from '../lib/links.ts';
import copyFallbackUrl from './copy-fallback.ts?on-demand';

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
	if (!copied) {
		const { copyWithoutClipboardApi }: typeof import('./copy-fallback.ts') = await import(/* @vite-ignore */ copyFallbackUrl);
		if (!copyWithoutClipboardApi(text)) return;
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
	const control = (event.target as Element | null)?.closest?.('.copy-links > :is(a.copy-link, button.copy-markdown)');
	if (!(control instanceof HTMLElement)) return;
	event.preventDefault();
	const link = control.parentElement!.querySelector<HTMLAnchorElement>('a.copy-link')!;
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
	const href = new URL(link.getAttribute('href')!, canonical ?? location.href).href;
	if (control === link) void copy(href, 'Link copied', control);
	else void copy(markdownLink(control.closest<HTMLElement>('[data-copy-label]')!.dataset.copyLabel!, href), 'Markdown link copied', control);
});
