/** Filters a concepts table as the reader types, by label and aliases; shown only with script. */
import { matchesFilter } from '../lib/concept-index.ts';
import { countLabel } from '../lib/text.ts';

const box = document.querySelector<HTMLElement>('.concept-filter');
const input = document.getElementById('concept-filter') as HTMLInputElement | null;
const count = document.getElementById('concept-filter-count');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('.concept-index tbody tr')];

if (box && input && count) {
	box.hidden = false;
	input.addEventListener('input', () => {
		let shown = 0;
		for (const row of rows) {
			row.hidden = !matchesFilter(row.dataset.terms ?? '', input.value);
			if (!row.hidden) shown += 1;
		}
		count.textContent = input.value.trim() === '' ? '' : `${countLabel(shown, 'concept')} shown`;
	});
}
