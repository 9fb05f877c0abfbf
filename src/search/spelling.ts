/**
 * Loaded on demand by the search dialog (ui-config.ts), when the search box first gets focus or
 * searches: the guide's words and the code that spells with them would otherwise weigh on every
 * page (about 2 KB gzip of code, 15 KB of words on the seed), and most visits never search.
 */
import { Vocabulary } from './vocabulary.ts';

/**
 * Fetches the words at `url`, hands their vocabulary to `use`, then searches the text of the box
 * `input` again, spelt with them. Pagefind's UI searches when the box's value changes, not on every
 * `input` event: the value changes and changes back before the UI's next update, which then
 * searches it once.
 */
export async function startSpelling(url: string, input: string, use: (vocabulary: Vocabulary) => void): Promise<void> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	use(new Vocabulary((await response.json()) as string[]));
	const box = document.querySelector<HTMLInputElement>(input);
	if (!box?.value) return;
	const typed = box.value;
	for (const value of [`${typed} `, typed]) {
		box.value = value;
		box.dispatchEvent(new Event('input', { bubbles: true }));
	}
}
