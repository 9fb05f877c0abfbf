/**
 * Loaded on demand by the search dialog (ui-config.ts), when the search box first gets focus or
 * searches: the guide's words and the code that spells with them would otherwise weigh on every
 * page (about 2 KB gzip of code, 15 KB of words on the seed), and most visits never search.
 */
import { Vocabulary } from './vocabulary.ts';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Fetches the words at `url`, hands their vocabulary to `use`, then searches the text of the box
 * `input` again, spelt with them. Not before the search that started the download has shown its
 * message: until Pagefind has loaded, both searches wait for it, and whichever resumes last wins.
 * Pagefind's UI searches when the box's value changes from one of its updates to the next, not on
 * every `input` event: the value gets a trailing space (ignored by the search) and, a frame later,
 * the text as typed back, unless the reader typed meanwhile.
 */
export async function startSpelling(url: string, input: string, use: (vocabulary: Vocabulary) => void): Promise<void> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	use(new Vocabulary((await response.json()) as string[]));
	const box = document.querySelector<HTMLInputElement>(input);
	while (box?.value && !box.closest('.pagefind-ui')?.querySelector('.pagefind-ui__message')) await nextFrame();
	if (!box?.value) return;
	const typed = box.value;
	const searchFor = (value: string) => {
		box.value = value;
		box.dispatchEvent(new Event('input', { bubbles: true }));
	};
	searchFor(`${typed} `);
	await nextFrame();
	if (box.value === `${typed} `) searchFor(typed);
}
